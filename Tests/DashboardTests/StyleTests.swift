import Testing
import GrantModel
@testable import Dashboard

/// Styles carry meaning with words and symbols too; ASCII mode is all ASCII; data cannot smuggle
/// terminal escapes onto the screen.
@Suite struct StyleTests {
    // MARK: no status by colour alone

    @Test func theOverdueBadgeIsDangerWithAWordAndASymbol() throws {
        let frame = render(Fixtures.state())
        let badge = try #require(frame.find("✗ OVERDUE 37d"))
        #expect(frame.cells(from: badge, count: 13).allSatisfy { $0.style.role == .danger })
        let held = try #require(frame.find("✗ PAYMENT HELD"))
        #expect(frame.cells(from: held, count: 14).allSatisfy { $0.style.role == .danger })
        // Only overdue things are drawn as danger: every danger cell on the overview is part of one.
        let dangerRows = Set((0..<40).filter { y in (0..<120).contains { frame.grid[$0, y].style.role == .danger } })
        #expect(dangerRows == [0, held.y, badge.y, 38], "header count, Solihull's title and badge, the totals line")
    }

    @Test func otherBadgesHaveTheirOwnWordsAndRoles() throws {
        // The return badges as a folder without reviews shows them (with reviews, the review and
        // payment words stand beside them: PaymentsViewTests, the reviewed snapshots).
        let frame = render(try PaymentsViewTests.withoutReviewsOrPayments())
        let late = try #require(frame.find("✓ late 13d"))
        #expect(frame.cell(late).style.role == .warning)
        let received = try #require(frame.find("Q2 ✓  Q3"))
        #expect(frame.cell(Point(x: received.x + 3, y: received.y)).style.role == .good)
        let notDue = try #require(frame.find("Q3 ·"))
        #expect(frame.cell(Point(x: notDue.x + 3, y: notDue.y)).style.role == .dim)
        let behind = try #require(frame.find("▼ behind profile"))
        #expect(frame.cell(behind).style.role == .warning)
    }

    @Test func theOutstandingAndDetailScreensSpellOverdueOut() throws {
        let list = render(Fixtures.state().pressing(.character("2"), .character("j")))
        let badge = try #require(list.find("✗ OVERDUE 37 days"))
        #expect(list.cells(from: badge, count: 17).allSatisfy { $0.style.role == .danger })
        let withheld = try #require(list.find("✗ held"))
        #expect(list.cell(withheld).style.role == .danger)
        let detail = render(Fixtures.state().pressing(.down, .down, .enter))
        let status = try #require(detail.find("✗ OVERDUE 37 days"))
        #expect(detail.cell(status).style.role == .danger)
        let held = try #require(detail.find("✗ PAYMENT HELD: the Q2 return is overdue"))
        #expect(detail.cell(held).style.role == .danger)
    }

    @Test func aMonochromeThemeStillMarksDanger() throws {
        let danger = Theme.mono.appearance(of: Style(.danger))
        #expect(danger.reverse && danger.bold)
        #expect(danger.foreground == .default && danger.background == .default)
        #expect(danger != Theme.mono.appearance(of: .normal))
        #expect(Theme.color.appearance(of: Style(.danger)).background == .red)
        // A selected (reversed) overdue row stays distinct from a selected normal row in mono.
        let selectedDanger = Theme.mono.appearance(of: Style(.danger, bold: true, reverse: true))
        let selectedNormal = Theme.mono.appearance(of: Style(.normal, reverse: true))
        #expect(selectedDanger != selectedNormal)
    }

    // MARK: ASCII

    /// Every screen, in every state a user can reach in a few keys.
    static func screens(glyphs: Glyphs) -> [(String, DashboardState)] {
        let board = Fixtures.state(width: 120, height: 40, glyphs: glyphs)
        let small = Fixtures.state(width: 80, height: 24, glyphs: glyphs)
        let later = Fixtures.state(width: 120, height: 40, glyphs: glyphs, asOf: Sample.laterDate)
        let none = Fixtures.state(width: 120, height: 40, glyphs: glyphs, asOf: Day(year: 2016, month: 5, day: 1)!)
        var screens: [(String, DashboardState)] = [
            ("overview", board), ("overview small", small), ("overview end", small.pressing(.end)),
            ("outstanding", board.pressing(.character("2"))), ("outstanding later", later.pressing(.character("2"))),
            ("outstanding later small", Fixtures.state(width: 80, height: 24, glyphs: glyphs, asOf: Sample.laterDate).pressing(.character("2"), .end)),
            ("none outstanding", none.pressing(.character("2"))),
            ("board", board.pressing(.character("3"))), ("board small", small.pressing(.character("3"))),
            ("board table 2", small.pressing(.character("3"), .character("t"))),
            ("board columns", small.pressing(.character("3"), .right, .right, .right)),
            ("help", board.pressing(.character("?"))), ("help small", small.pressing(.character("?"))),
            ("search", board.pressing(.character("/")).typing("sol")),
            ("search none", board.pressing(.character("/")).typing("xyz")),
            ("notice", board.pressing(.character("]"))),
            ("west mercia", board.pressing(.character("f"), .character("]"), .character("]"))),
            ("west mercia later", later),
            ("q1", board.pressing(.character("<"))),
            ("too small", Fixtures.state(width: 39, height: 12, glyphs: glyphs)),
            ("error", DashboardState(loaded: .init(grants: nil, diagnostics: ErrorScreenTests.diagnostics(30)),
                                     folder: "broken", asOf: Fixtures.boardDate, size: Size(width: 80, height: 24), glyphs: glyphs)),
        ]
        for (index, id) in Sample.westMidlands.enumerated() {
            var detail = board.pressing(.end)
            for _ in 0..<(Sample.westMidlands.count - 1 - index) { detail = detail.pressing(.left) }
            detail = detail.pressing(.enter)
            screens.append(("detail \(id)", detail))
            screens.append(("detail \(id) end", detail.resized(80, 24).pressing(.end)))
        }
        let mercia = later.pressing(.character("/")).typing("worcestershire d").pressing(.enter, .enter)
        screens.append(("detail worcs-districts", mercia))
        let telford = later.pressing(.character("/")).typing("telford").pressing(.enter, .enter)
        screens.append(("detail telford", telford))
        screens.append(("detail telford end", telford.resized(80, 24).pressing(.end)))
        return screens
    }

    @Test func inAsciiModeEveryCharacterOfEveryScreenIsAscii() throws {
        for (name, state) in Self.screens(glyphs: .ascii) {
            let frame = render(state)
            let odd = Set(frame.lines.joined().filter { !$0.isASCII })
            #expect(odd.isEmpty, "\(name): \(odd.sorted())")
        }
    }

    @Test func theScreensListReachesWhatItSays() throws {
        let screens = Dictionary(Self.screens(glyphs: .unicode), uniquingKeysWith: { first, _ in first })
        #expect(screens["detail telford"]?.detailAreaID == "telford-wrekin")
        #expect(screens["detail worcs-districts"]?.detailAreaID == "worcs-districts")
        #expect(screens["detail solihull"]?.detailAreaID == "solihull")
        #expect(render(try #require(screens["detail telford"]).pressing(.end)).contains("PCC/D/2021/06"))
        #expect(render(try #require(screens["detail worcs-districts"])).contains("part of Worcestershire"))
        #expect(render(try #require(screens["none outstanding"])).contains("No returns are outstanding as of 1 May 2016."))
        #expect(render(try #require(screens["board table 2"])).contains("Table 2: spend"))
    }

    @Test func asciiMoneyHasNoPlaceholderForThePoundSign() throws {
        // Notes are the data's own words (a `£` there is a `?` like any non-ASCII letter); money
        // the dashboard formats is shown without the symbol, never with a `?` for it.
        for (name, state) in Self.screens(glyphs: .ascii) where state.detailAreaID == nil {
            let text = render(state).text
            #expect(!text.contains("?1") && !text.contains("?2") && !text.contains("-?"), "\(name): £ shown as ?")
        }
        let board = render(Fixtures.state(glyphs: .ascii).pressing(.character("3")))
        #expect(board.contains("Birmingham CC      1,873,187"))
    }

    // MARK: data with control characters

    static let hostileName = "\u{1B}]0;PWNED\u{07}"

    static func hostileStates() -> [(String, DashboardState)] {
        let grants = Synthetic.grants(areas: 6, funderName: "Evil \u{1B}[2J PCC\u{9B}", rename: [3: Self.hostileName])
        var states: [(String, DashboardState)] = []
        for glyphs in [Glyphs.unicode, .ascii] {
            let base = Synthetic.state(grants, glyphs: glyphs).after([.tick(milliseconds: 0)])
            let hostile = base.pressing(.right, .right)
            states += [
                ("overview", hostile), ("outstanding", base.pressing(.character("2"))),
                ("board", hostile.pressing(.character("3"))), ("detail", hostile.pressing(.enter)),
                ("search", base.pressing(.character("/")).typing("pwn")),
                ("notice", base.pressing(.character("f"))),
                ("search notice", base.pressing(.character("/")).typing("\u{1B}").pressing(.enter, .character("n"))),
                ("typed escape", base.pressing(.character("/")).typing("\u{1B}]\u{07}")),
            ]
        }
        return states
    }

    @Test func controlCharactersInDataAreShownEscaped() throws {
        for (name, state) in Self.hostileStates() {
            let frame = render(state)
            let controls = frame.grid.cells.filter { $0.character.unicodeScalars.contains(where: ControlCharacter.isControl) }
            #expect(controls.isEmpty, "\(name): \(controls.map { $0.character.unicodeScalars.map(\.value) })")
        }
        let overview = render(Self.hostileStates()[0].1)
        #expect(overview.contains("\\e]0;PWNED\\a"))
        #expect(overview.lines[0].contains("Evil \\e[2J PCC"))
    }

    @Test func anEscapedNameIsStillFoundAndSelected() throws {
        let state = Self.hostileStates()[4].1
        #expect(state.selectedAreaID == Synthetic.areaID(3))
        #expect(render(state).statusLine.contains("\\e]0;PWNED\\a · Enter keep"))
    }
}
