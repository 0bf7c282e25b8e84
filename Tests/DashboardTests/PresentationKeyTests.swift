import GrantModel
import GrantStore
import Testing
@testable import Dashboard

/// Presentation mode's keys: a page at a time through the summary, each area, the outstanding
/// returns; numbers jump; nothing edits.
@Suite struct PresentationKeyTests {
    /// The sample at the board date, presenting from the start as `--present` opens it.
    static func presenting(width: Int = 160, height: Int = 50, glyphs: Glyphs = .unicode) -> DashboardState {
        Fixtures.state(width: width, height: height, glyphs: glyphs, readOnly: true, presenting: true)
    }

    static func onArea(_ areaID: AreaID) -> DashboardState {
        presenting().showingPage(.area(areaID))
    }

    // MARK: entering and leaving

    @Test func pOnTheDashboardStartsOnTheSummary() throws {
        for keys: [Key] in [[], [.character("2")], [.character("3")], [.right, .right]] {
            let state = Fixtures.state().after(keys.map(Event.keyPressed)).pressing(.character("p"))
            #expect(state.presentation?.page == .summary)
            #expect(state.presentation?.isOnlyScreen == false)
            #expect(!state.readOnly, "the dashboard behind it keeps its edits")
        }
    }

    @Test func pOnAnAreasDetailStartsOnThatAreasPage() throws {
        let state = Fixtures.state().pressing(.down, .down, .enter, .character("p"))
        #expect(state.presentation?.page == .area("solihull"))
    }

    @Test func escGoesBackToTheDashboardWithTheLastAreaShownSelected() throws {
        let dashboard = Fixtures.state().pressing(.character("p"), .character(" "), .character(" "), .character(" "))
        #expect(dashboard.presentation?.page == .area("dudley"))
        let back = dashboard.pressing(.escape)
        #expect(back.presentation == nil)
        #expect(back.view == .overview && back.detailAreaID == nil)
        #expect(back.selectedAreaID == "dudley")
        #expect(render(back).contains("1 Overview"))

        let fromDetail = Fixtures.state().pressing(.enter, .character("p"), .right, .escape)
        #expect(fromDetail.presentation == nil)
        #expect(fromDetail.detailAreaID == "coventry", "the detail follows the walkthrough")
    }

    @Test func escDoesNothingWhenStartedWithPresent() throws {
        let state = Self.onArea("coventry").pressing(.escape, .escape)
        #expect(state.presentation?.page == .area("coventry"))
        #expect(state.effects(of: .escape).isEmpty)
    }

    @Test func qQuits() throws {
        #expect(Self.presenting().effects(of: .character("q")) == [.quit])
        #expect(Self.onArea("walsall").effects(of: .character("q")) == [.quit])
        #expect(Fixtures.state().pressing(.character("p")).effects(of: .character("q")) == [.quit])
        #expect(Self.presenting().effects(of: .control("c")) == [.quit])
    }

    // MARK: stepping

    @Test(arguments: [Key.character(" "), .character("n"), .right, .down, .pageDown])
    func nextKeysStepForward(key: Key) throws {
        let summary = Self.presenting()
        #expect(summary.pressing(key).presentation?.page == .area("birmingham"))
        #expect(Self.onArea("solihull").pressing(key).presentation?.page == .area("walsall"))
        #expect(Self.onArea("wolverhampton").pressing(key).presentation?.page == .closing)
    }

    @Test(arguments: [Key.character("p"), .left, .up, .pageUp, .backspace])
    func backKeysStepBack(key: Key) throws {
        #expect(Self.onArea("solihull").pressing(key).presentation?.page == .area("sandwell"))
        #expect(Self.onArea("birmingham").pressing(key).presentation?.page == .summary)
        let closing = Self.presenting().showingPage(.closing)
        #expect(closing.pressing(key).presentation?.page == .area("wolverhampton"))
    }

    @Test func theEndsStayPut() throws {
        #expect(Self.presenting().pressing(.left, .pageUp).presentation?.page == .summary)
        let closing = Self.presenting().pressing(.end)
        #expect(closing.pressing(.character(" "), .right).presentation?.page == .closing)
    }

    @Test func spaceWalksSummaryEveryAreaInOrderThenTheClosingPage() throws {
        var state = Self.presenting()
        var pages: [Presentation.Page] = [state.presentation!.page]
        for _ in 0..<9 {
            state = state.pressing(.character(" "))
            pages.append(state.presentation!.page)
        }
        #expect(pages == [.summary] + Sample.westMidlands.map { .area($0) } + [.closing, .closing])
    }

    @Test func homeAndEnd() throws {
        #expect(Self.onArea("dudley").pressing(.home).presentation?.page == .summary)
        #expect(Self.onArea("dudley").pressing(.end).presentation?.page == .closing)
        #expect(Self.presenting().pressing(.end, .home).presentation?.page == .summary)
    }

    // MARK: numbers

    @Test func aDigitJumpsToThatArea() throws {
        #expect(Self.presenting().pressing(.character("5")).presentation?.page == .area("solihull"))
        #expect(Self.onArea("walsall").pressing(.character("1")).presentation?.page == .area("birmingham"))
        var closing = Self.presenting().pressing(.end)
        closing = closing.pressing(.character("7"))
        #expect(closing.presentation?.page == .area("wolverhampton"))
        #expect(closing.presentation?.typed == "")
    }

    @Test(arguments: ["0", "8", "9"]) func aNumberWithNoAreaSaysSoAndStays(digit: String) throws {
        let state = Self.onArea("coventry").typing(digit)
        #expect(state.presentation?.page == .area("coventry"))
        #expect(state.presentation?.typed == "")
        #expect(state.notice?.text == "no area \(digit): the areas are numbered 1 to 7")
        #expect(render(state).statusLine.contains("no area \(digit)"))
    }

    /// Twelve areas: `1` may begin 10, 11 or 12, so it waits for Enter, another digit or a pause.
    static func twelveAreas() -> DashboardState {
        Synthetic.state(Synthetic.grants(areas: 12), width: 160, height: 50, presenting: true)
    }

    @Test func withTenOrMoreAreasDigitsAccumulateAndShowInTheFooter() throws {
        let typed = Self.twelveAreas().typing("1")
        #expect(typed.presentation?.page == .summary)
        #expect(typed.presentation?.typed == "1")
        #expect(render(typed).statusLine.contains("go to area 1"))
        #expect(typed.typing("2").presentation?.page == .area(Synthetic.areaID(12)))
        #expect(typed.typing("0").presentation?.page == .area(Synthetic.areaID(10)))
        // 2 cannot begin a number of 12 or less with another digit: it goes at once.
        #expect(Self.twelveAreas().typing("2").presentation?.page == .area(Synthetic.areaID(2)))
    }

    @Test func enterOrAPauseConfirmsTheTypedNumber() throws {
        let typed = Self.twelveAreas().after([.tick(milliseconds: 5_000)]).typing("1")
        #expect(typed.pressing(.enter).presentation?.page == .area(Synthetic.areaID(1)))
        let waited = typed.after([.tick(milliseconds: 5_500)])
        #expect(waited.presentation?.page == .summary, "half a second is not yet a pause")
        #expect(waited.presentation?.typed == "1")
        let paused = typed.after([.tick(milliseconds: 6_000)])
        #expect(paused.presentation?.page == .area(Synthetic.areaID(1)))
        #expect(paused.presentation?.typed == "")
    }

    @Test func backspaceAndEscEditTheTypedNumber() throws {
        let typed = Self.twelveAreas().typing("1")
        let erased = typed.pressing(.backspace)
        #expect(erased.presentation?.typed == "" && erased.presentation?.page == .summary)
        let cancelled = typed.pressing(.escape)
        #expect(cancelled.presentation?.typed == "" && cancelled.presentation?.page == .summary)
        #expect(cancelled.presentation != nil)
        // Another key drops the number and does its own work.
        #expect(typed.pressing(.character(" ")).presentation == Presentation(page: .area(Synthetic.areaID(1)), returningTo: nil))
        let tooHigh = typed.typing("3")
        #expect(tooHigh.presentation?.page == .summary)
        #expect(tooHigh.notice?.text == "no area 13: the areas are numbered 1 to 12")
    }

    // MARK: read-only and the rest

    @Test func editingKeysDoNothing() throws {
        // A save to undo, its notice gone: then the walkthrough from an area's detail.
        let sample = try WritableSample()
        let state = try sample.state().after([.saveFinished(sample.save([WritableSample.solihullQ2]), undoing: false),
                                               .tick(milliseconds: 10_000)]).pressing(.enter, .character("p"))
        try #require(state.undoStack.count == 1 && state.notice == nil)
        for key: Key in [.character("e"), .character("u")] {
            let (next, effects) = update(state, .keyPressed(key))
            #expect(next.form == nil)
            #expect(effects.isEmpty)
            #expect(next.presentation == state.presentation)
            #expect(next.notice == nil)
        }
    }

    @Test func dashboardKeysDoNothing() throws {
        let state = Self.onArea("dudley")
        for key: Key in [.tab, .character("f"), .character("["), .character("]"), .character("<"), .character(">"), .character("/"), .enter, .mouseless] {
            let next = state.pressing(key)
            #expect(next.presentation == state.presentation)
            #expect(next.funderID == state.funderID && next.year == state.year && next.quarter == state.quarter)
            #expect(next.search == nil)
        }
    }

    @Test func theMouseIsIgnored() throws {
        let state = Self.onArea("dudley")
        let clicked = state.clicking(Point(x: 10, y: 10)).after([.mouse(MouseEvent(kind: .scrollDown, position: Point(x: 5, y: 5), milliseconds: 10_100))])
        #expect(clicked.presentation == state.presentation)
    }

    @Test func helpListsThePresentationKeysAndEscClosesItOnly() throws {
        let help = Self.onArea("dudley").pressing(.character("?"))
        #expect(help.showingHelp)
        let frame = render(help)
        for (key, meaning) in HelpOverlay.presentationEntries {
            #expect(frame.lines.contains { $0.contains(key) && $0.contains(meaning) }, "\(key): \(meaning)")
        }
        #expect(!frame.contains("undo this session"))
        let closed = help.pressing(.escape)
        #expect(!closed.showingHelp && closed.presentation?.page == .area("dudley"))
        #expect(help.effects(of: .character("q")).isEmpty, "q closes the help first, as on the dashboard")
    }

    @Test func aReloadThatDropsTheAreaGoesToTheSummary() throws {
        var state = Self.twelveAreas().showingPage(.area(Synthetic.areaID(11)))
        let reloaded = state.after([.dataReloaded(FolderContents(grants: Synthetic.grants(areas: 6), diagnostics: []))])
        #expect(reloaded.presentation?.page == .summary)
        state = Self.twelveAreas().showingPage(.area(Synthetic.areaID(3)))
        let kept = state.after([.dataReloaded(FolderContents(grants: Synthetic.grants(areas: 6), diagnostics: []))])
        #expect(kept.presentation?.page == .area(Synthetic.areaID(3)))
    }

    @Test func tooSmallShowsEnlargeAndKeepsThePage() throws {
        let small = Self.onArea("dudley").resized(39, 12)
        #expect(render(small).contains("Enlarge the terminal"))
        #expect(small.pressing(.character(" ")).presentation?.page == .area("dudley"))
        #expect(small.effects(of: .character("q")) == [.quit])
        #expect(render(small.resized(40, 12)).contains("Dudley MBC"))
    }
}

/// Random sizes, keys and pauses: every state renders, and the page is always one of the pages.
@Suite struct PresentationStormTests {
    static let keys: [Key] = [
        .character(" "), .character("n"), .right, .down, .pageDown, .character("p"), .left, .up, .pageUp, .backspace,
        .home, .end, .enter, .escape, .character("?"), .character("e"), .character("u"), .tab,
        .character("0"), .character("1"), .character("2"), .character("5"), .character("9"),
    ]

    @Test(arguments: [UInt64(1), 2, 3, 4]) func aStormOfSizesKeysAndPausesNeverBreaks(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var state = seed % 2 == 0 ? PresentationKeyTests.twelveAreas()
            : PresentationKeyTests.presenting(width: 80, height: 24, glyphs: seed == 3 ? .ascii : .unicode)
        var clock = 0
        for step in 0..<300 {
            let event: Event
            switch Int.random(in: 0..<8, using: &random) {
            case 0:
                event = .resized(Size(width: Int.random(in: 30...200, using: &random), height: Int.random(in: 8...60, using: &random)))
            case 1:
                clock += Int.random(in: 0...1_500, using: &random)
                event = .tick(milliseconds: clock)
            default:
                event = .keyPressed(Self.keys.randomElement(using: &random)!)
            }
            let (next, effects) = update(state, event)
            #expect(effects.isEmpty, "seed \(seed) step \(step)")
            state = next
            let frame = render(state)
            #expect(frame.grid.size == state.size)
            let page = try? #require(state.presentation?.page, "started with --present, it never leaves")
            #expect(page.map { state.presentationPages.contains($0) } ?? false, "seed \(seed) step \(step) after \(event)")
        }
    }
}

private extension Key {
    /// A key presentation mode has no use for.
    static let mouseless = Key.function(5)
}
