import Testing
import GrantModel
@testable import Dashboard

/// Terminal resizes: any size renders, the selection stays valid and visible, tiny sizes say so.
@Suite struct ResizeTests {
    static let stormKeys: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab, .backTab,
        .character("h"), .character("j"), .character("k"), .character("l"), .character("g"), .character("G"),
        .character("1"), .character("2"), .character("3"), .character("f"), .character("F"), .character("["),
        .character("]"), .character("<"), .character(">"), .character("/"), .character("n"), .character("?"),
        .character("t"), .character("s"), .character("o"), .character("w"), .character(" "), .function(5),
    ]

    /// Checks everything that must hold of any state and its frame.
    static func checkInvariants(_ state: DashboardState, _ context: @autoclosure () -> String) {
        let frame = render(state)
        #expect(frame.grid.size == state.size, "\(context())")
        #expect(frame.lines.count == state.size.height)
        #expect(frame.lines.allSatisfy { $0.count == state.size.width })
        if let cursor = frame.cursor {
            #expect(Rect(state.size).contains(cursor), "cursor \(cursor) off a \(state.size) screen; \(context())")
        }
        let areas = state.areas
        if areas.isEmpty {
            #expect(state.selectedAreaID == nil || state.detailAreaID != nil || state.search != nil, "\(context())")
        } else {
            #expect(state.selectedIndex != nil, "selection \(state.selectedAreaID ?? "nil") not among \(state.year)'s areas; \(context())")
        }
        let rows = state.listedOutstanding.count
        #expect(rows == 0 ? state.outstanding.cursor.index == 0 : (0..<rows).contains(state.outstanding.cursor.index), "\(context())")
        #expect(state.detailScroll >= 0 && state.overviewRows.top >= 0 && state.outstanding.cursor.viewport.top >= 0)
        if !ScreenLayout.isTooSmall(state.size) {
            let panes = OverviewLayout(body: ScreenLayout(state.size, withTotals: true).body, count: areas.count)
            #expect(state.overviewRows.top <= max(0, panes.rows - panes.visibleRows), "scrolled past the last row of panes; \(context())")
        }
        if state.detailAreaID != nil && !ScreenLayout.isTooSmall(state.size) {
            let visible = ScreenLayout(state.size).body.height
            #expect(state.detailScroll <= max(0, AreaDetailScreen.lineCount(state) - visible), "\(context())")
        }
        // On a usable screen, the selection is drawn where the cursor can find it.
        guard !ScreenLayout.isTooSmall(state.size), !state.showingHelp, state.search == nil, state.detailAreaID == nil else { return }
        switch state.view {
        case .overview:
            if !areas.isEmpty { #expect(frame.cursor != nil, "selected pane off screen; \(context())") }
        case .outstanding:
            if rows > 0 { #expect(frame.cursor != nil, "selected return off screen; \(context())") }
        case .board:
            if !areas.isEmpty { #expect(frame.cursor != nil, "selected board row off screen; \(context())") }
        default: break
        }
    }

    /// Hundreds of random sizes from 1x1 to 300x100 (and many near the 40x12 edge), keys, clicks
    /// and ticks; every state is rendered and checked. Seeds vary the data, date and glyphs.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6]) func aStormOfSizesAndKeysNeverBreaks(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let glyphs: Glyphs = seed % 2 == 0 ? .ascii : .unicode
        var state = seed % 3 == 0
            ? Synthetic.state(Synthetic.grants(areas: 40), width: 80, height: 24, glyphs: glyphs)
            : Fixtures.state(width: 80, height: 24, glyphs: glyphs, asOf: seed % 2 == 0 ? Fixtures.boardDate : Sample.laterDate)
        var clock = 0
        for step in 0..<400 {
            let event: Event
            switch Int.random(in: 0..<12, using: &random) {
            case 0, 1:
                event = .resized(Size(width: Int.random(in: 1...300, using: &random), height: Int.random(in: 1...100, using: &random)))
            case 2:
                event = .resized(Size(width: Int.random(in: 36...90, using: &random), height: Int.random(in: 10...30, using: &random)))
            case 3, 4:
                clock += Int.random(in: 0...600, using: &random)
                event = .mouse(MouseEvent(kind: [.press, .press, .press, .scrollUp, .scrollDown].randomElement(using: &random)!,
                                          position: Point(x: Int.random(in: -2...state.size.width + 2, using: &random),
                                                          y: Int.random(in: -2...state.size.height + 2, using: &random)),
                                          milliseconds: clock))
            case 5:
                clock += Int.random(in: 0...3_000, using: &random)
                event = .tick(milliseconds: clock)
            default:
                event = .keyPressed(Self.stormKeys.randomElement(using: &random)!)
            }
            let (next, effects) = update(state, event)
            #expect(effects.allSatisfy { $0 == .quit })
            state = next
            Self.checkInvariants(state, "seed \(seed) step \(step) after \(event) at \(state.size)")
        }
    }

    @Test func everySmallSizeRenders() throws {
        let base = Fixtures.state().pressing(.end)
        for width in 0...45 {
            for height in 0...14 {
                let state = base.resized(width, height)
                Self.checkInvariants(state, "\(width)x\(height)")
            }
        }
    }

    @Test(arguments: [(39, 12), (30, 8), (200, 11), (39, 60), (25, 5)]) func belowFortyByTwelveTheScreenSaysEnlarge(width: Int, height: Int) throws {
        let state = Fixtures.state().resized(width, height)
        let frame = render(state)
        #expect(frame.text.contains("Enlarge") && frame.text.contains("terminal"))
        #expect(!frame.contains("Birmingham"))
        #expect(frame.cursor == nil)
        if width >= 30 {
            #expect(frame.contains("Enlarge the terminal"))
            #expect(frame.contains("csdash needs 40x12"))
            #expect(frame.contains("this is \(width)x\(height)"))
            #expect(frame.contains("q quits"))
        }
    }

    @Test func atFortyByTwelveTheDashboardShows() throws {
        let frame = render(Fixtures.state().resized(40, 12))
        #expect(!frame.contains("Enlarge"))
        #expect(frame.contains("Birmingham CC"))
    }

    @Test func onATinyScreenOnlyQQuits() throws {
        for start in [Fixtures.state(), Fixtures.state().pressing(.character("?")), Fixtures.state().pressing(.enter)] {
            let tiny = start.resized(30, 8)
            for key in Self.stormKeys {
                let (next, effects) = update(tiny, .keyPressed(key))
                #expect(effects.isEmpty, "\(key)")
                #expect(next.view == tiny.view && next.selectedAreaID == tiny.selectedAreaID && next.detailAreaID == tiny.detailAreaID)
                #expect(next.showingHelp == tiny.showingHelp && next.search == nil && next.funderID == tiny.funderID)
                #expect(next.year == tiny.year && next.quarter == tiny.quarter && next.notice == tiny.notice)
            }
            #expect(tiny.effects(of: .character("q")) == [.quit])
            let clicked = tiny.after([.mouse(MouseEvent(kind: .press, position: Point(x: 3, y: 3), milliseconds: 1)),
                                      .mouse(MouseEvent(kind: .press, position: Point(x: 3, y: 3), milliseconds: 2))])
            #expect(clicked.selectedAreaID == tiny.selectedAreaID && clicked.view == tiny.view && clicked.detailAreaID == tiny.detailAreaID)
        }
    }

    @Test(arguments: [(39, 12), (10, 3), (1, 1), (0, 0), (200, 11), (39, 100)]) func resizingBackFromTooSmallRestoresTheScreen(width: Int, height: Int) throws {
        for keys: [Key] in [[], [.end], [.down], [.character("2")], [.character("3"), .end], [.down, .down, .enter, .end]] {
            let before = Fixtures.state(width: 80, height: 24).after(keys.map(Event.keyPressed))
            let tiny = before.resized(width, height)
            #expect(render(tiny).cursor == nil)
            let after = tiny.resized(80, 24)
            #expect(render(after) == render(before), "\(keys) via \(width)x\(height)")
        }
    }

    @Test(arguments: [(40, 12), (41, 13), (300, 100), (60, 18)]) func resizingBackNeverLeavesEmptyRowsOfPanes(width: Int, height: Int) throws {
        let before = Fixtures.state(width: 80, height: 24).pressing(.end)
        let after = before.resized(width, height).resized(80, 24)
        #expect(after.selectedAreaID == "wolverhampton")
        #expect(after.overviewRows.top == 1, "three rows of panes show, the last at the bottom")
        #expect(render(after) == render(before))
    }

    @Test func theSelectedPaneStaysOnScreenAtEverySize() throws {
        let state = Fixtures.state().pressing(.end)
        for (width, height) in [(40, 12), (40, 13), (79, 18), (80, 24), (76, 30), (200, 20), (120, 40), (300, 100)] {
            let resized = state.resized(width, height)
            let frame = render(resized)
            // At the narrowest panes the title is shortened with an ellipsis to make room for its mark.
            let title = try #require(frame.find("Wolverhampton"), "at \(width)x\(height)")
            #expect(frame.cursor == title, "at \(width)x\(height)")
            #expect(frame.cell(title).style.reverse)
        }
    }

    /// The row of `name` on a frame.
    static func row(_ name: String, _ frame: Frame) throws -> Int { try #require(frame.find(name), "\(name)").y }

    @Test func theColumnsFollowTheWidth() throws {
        let tall = Fixtures.state(width: 40, height: 60)
        let one = render(tall)
        #expect(try Self.row("Coventry CC", one) > Self.row("Birmingham CC", one), "one column at 40 wide")
        let wide = render(tall.resized(200, 16))
        #expect(try Self.row("Coventry CC", wide) == Self.row("Birmingham CC", wide))
        #expect(try Self.row("Sandwell MBC", wide) == Self.row("Birmingham CC", wide), "four columns at 200x16")
        #expect(try Self.row("Solihull MBC", wide) > Self.row("Birmingham CC", wide))
        // Tall enough for every row: the fewest columns, so the bars are longer.
        let roomy = render(tall.resized(200, 34))
        #expect(try Self.row("Dudley MBC", roomy) > Self.row("Birmingham CC", roomy), "two columns when two show everything")
    }

    @Test func resizingTheDetailClampsItsScroll() throws {
        let detail = Fixtures.state(width: 80, height: 24).pressing(.down, .down, .enter, .end)
        #expect(detail.detailScroll > 2)
        let tall = detail.resized(120, 40)
        let maximum = AreaDetailScreen.lineCount(tall) - ScreenLayout(tall.size).body.height
        #expect(tall.detailScroll == max(0, maximum))
        #expect(detail.resized(120, 100).detailScroll == 0)
    }

    @Test func resizingTheOutstandingListKeepsTheSelectedRowOnScreen() throws {
        let list = Fixtures.state(asOf: Sample.laterDate).pressing(.character("2"), .character("a"), .end)
        let short = list.resized(80, 20)
        let frame = render(short)
        let cursor = try #require(frame.cursor)
        let last = try #require(short.listedOutstanding.last)
        #expect(frame.lines[cursor.y].contains(last.area.name.prefix(20)))
        #expect(frame.cell(cursor).style.reverse)
    }
}
