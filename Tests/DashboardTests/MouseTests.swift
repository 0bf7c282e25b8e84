import Testing
import GrantModel
@testable import Dashboard

/// Clicks select, a double click opens, the wheel scrolls, tabs switch views.
@Suite struct MouseTests {
    static func position(of text: String, in state: DashboardState, from row: Int = 0) throws -> Point {
        try #require(render(state).find(text, from: row), "\(text) on screen")
    }

    static func press(_ point: Point, _ milliseconds: Int) -> Event {
        .mouse(MouseEvent(kind: .press, position: point, milliseconds: milliseconds))
    }

    static func wheel(_ kind: MouseEvent.Kind, _ milliseconds: Int = 1) -> Event {
        .mouse(MouseEvent(kind: kind, position: Point(x: 10, y: 10), milliseconds: milliseconds))
    }

    // MARK: overview

    @Test func aClickOnAPaneSelectsIt() throws {
        let state = Fixtures.state()
        let dudley = try Self.position(of: "Dudley MBC", in: state)
        // Anywhere in the pane: its title, its body, its bottom border.
        for point in [dudley, Point(x: dudley.x + 20, y: dudley.y + 2), Point(x: dudley.x - 2, y: dudley.y + 5)] {
            let clicked = state.clicking(point)
            #expect(clicked.selectedAreaID == "dudley", "\(point)")
            #expect(clicked.detailAreaID == nil)
            let frame = render(clicked)
            #expect(frame.cursor == dudley)
            #expect(frame.cell(dudley).style.reverse)
        }
    }

    @Test func aClickBesideThePanesChangesNothing() throws {
        let state = Fixtures.state().pressing(.right)
        // Under Wolverhampton's pane (the last) there is only blank space; and the header row.
        let wolverhampton = try Self.position(of: "Wolverhampton CC", in: state)
        for point in [Point(x: 70, y: wolverhampton.y + 2), Point(x: 5, y: wolverhampton.y + 8), Point(x: 5, y: 0), Point(x: 5, y: 39)] {
            let clicked = state.clicking(point)
            #expect(clicked.selectedAreaID == "coventry", "\(point)")
            #expect(clicked.view == .overview)
        }
    }

    @Test(arguments: [1, 300, 399, 400]) func twoClicksWithin400MillisecondsOpen(gap: Int) throws {
        let state = Fixtures.state()
        let solihull = try Self.position(of: "Solihull MBC", in: state)
        let opened = state.after([Self.press(solihull, 5_000), Self.press(solihull, 5_000 + gap)])
        #expect(opened.detailAreaID == "solihull")
        #expect(render(opened).contains("✗ PAYMENT HELD: the Q2 return is overdue"))
    }

    @Test(arguments: [401, 500, 2_000]) func twoClicksFurtherApartDoNotOpen(gap: Int) throws {
        let state = Fixtures.state()
        let solihull = try Self.position(of: "Solihull MBC", in: state)
        let clicked = state.after([Self.press(solihull, 5_000), Self.press(solihull, 5_000 + gap)])
        #expect(clicked.detailAreaID == nil)
        #expect(clicked.selectedAreaID == "solihull")
    }

    @Test func twoClicksOnDifferentPointsDoNotOpen() throws {
        let state = Fixtures.state()
        let solihull = try Self.position(of: "Solihull MBC", in: state)
        let clicked = state.after([Self.press(solihull, 5_000), Self.press(Point(x: solihull.x + 1, y: solihull.y), 5_100)])
        #expect(clicked.detailAreaID == nil)
    }

    @Test func aThirdClickAfterADoubleClickIsASingleClick() throws {
        let state = Fixtures.state()
        let dudley = try Self.position(of: "Dudley MBC", in: state)
        let opened = state.after([Self.press(dudley, 5_000), Self.press(dudley, 5_100), .keyPressed(.escape), Self.press(dudley, 5_200)])
        #expect(opened.detailAreaID == nil, "the click after a double click starts a new pair")
        #expect(opened.selectedAreaID == "dudley")
    }

    @Test func aClickOnATabSwitchesView() throws {
        let state = Fixtures.state()
        let outstanding = try Self.position(of: "2 Outstanding", in: state)
        let board = try Self.position(of: "3 Board", in: state)
        #expect(outstanding.y == 1)
        #expect(state.clicking(outstanding).view == .outstanding)
        #expect(state.clicking(board).view == .board)
        #expect(state.clicking(Point(x: board.x + 5, y: 1)).view == .board)
        let back = state.clicking(board).clicking(try Self.position(of: "1 Overview", in: state), at: 20_000)
        #expect(back.view == .overview)
        // A tab click from the detail leaves it.
        let detail = state.pressing(.enter)
        let left = detail.clicking(outstanding)
        #expect(left.detailAreaID == nil)
        #expect(left.view == .outstanding)
    }

    @Test func theWheelMovesTheOverviewSelection() throws {
        let state = Fixtures.state(width: 80, height: 24)
        let down = state.after([Self.wheel(.scrollDown), Self.wheel(.scrollDown), Self.wheel(.scrollDown)])
        #expect(down.selectedAreaID == "wolverhampton")
        #expect(down.overviewRows.top == 1)
        #expect(render(down).contains("Wolverhampton CC"))
        let up = down.after([Self.wheel(.scrollUp), Self.wheel(.scrollUp), Self.wheel(.scrollUp), Self.wheel(.scrollUp)])
        #expect(up.selectedAreaID == "birmingham")
        #expect(up.overviewRows.top == 0)
    }

    @Test func theWheelScrollsTheDetail() throws {
        let detail = Fixtures.state(width: 80, height: 24).pressing(.enter)
        let scrolled = detail.after([Self.wheel(.scrollDown), Self.wheel(.scrollDown)])
        #expect(scrolled.detailScroll == 2)
        #expect(scrolled.detailAreaID == "birmingham")
        #expect(render(scrolled).lines[2] == render(detail).lines[4])
        #expect(scrolled.after([Self.wheel(.scrollUp), Self.wheel(.scrollUp), Self.wheel(.scrollUp)]).detailScroll == 0)
    }

    @Test func clicksInsideTheDetailDoNothing() throws {
        let detail = Fixtures.state().pressing(.enter)
        let clicked = detail.after([Self.press(Point(x: 10, y: 10), 1_000), Self.press(Point(x: 10, y: 10), 1_050)])
        #expect(clicked.detailAreaID == "birmingham")
        #expect(clicked.detailScroll == 0)
    }

    @Test func withTheMouseOffNothingHappens() throws {
        let state = Fixtures.state(mouseEnabled: false)
        let dudley = try Self.position(of: "Dudley MBC", in: state)
        let tab = try Self.position(of: "3 Board", in: state)
        let after = state.after([Self.press(dudley, 1_000), Self.press(dudley, 1_100), Self.press(tab, 1_200),
                                 Self.wheel(.scrollDown, 1_300)])
        #expect(after.selectedAreaID == "birmingham")
        #expect(after.detailAreaID == nil)
        #expect(after.view == .overview)
        #expect(render(after) == render(state))
    }

    @Test func theMouseIsIgnoredUnderHelpAndWhileSearching() throws {
        let state = Fixtures.state()
        let dudley = try Self.position(of: "Dudley MBC", in: state)
        let help = state.pressing(.character("?")).clicking(dudley)
        #expect(help.selectedAreaID == "birmingham")
        #expect(help.showingHelp)
        let search = state.pressing(.character("/")).clicking(dudley)
        #expect(search.selectedAreaID == "birmingham")
        #expect(search.search != nil)
    }

    // MARK: outstanding list

    /// The outstanding list at a date with many outstanding returns, and the screen row of its first body row.
    static func outstanding(width: Int = 120, height: Int = 40) throws -> (DashboardState, Int) {
        let state = Fixtures.state(width: width, height: height, asOf: Sample.laterDate).pressing(.character("2"), .character("a"))
        let rule = try #require(render(state).find("───"))
        return (state, rule.y + 1)
    }

    @Test func aClickOnAnOutstandingRowSelectsIt() throws {
        let (state, firstRow) = try Self.outstanding()
        #expect(state.listedOutstanding.count > 20)
        let clicked = state.clicking(Point(x: 10, y: firstRow + 3))
        #expect(clicked.outstanding.cursor.index == 3)
        let frame = render(clicked)
        #expect(frame.cursor == Point(x: 1, y: firstRow + 3))
        #expect(frame.cell(Point(x: 1, y: firstRow + 3)).style.reverse)
        #expect(!frame.cell(Point(x: 1, y: firstRow)).style.reverse)
        // The row clicked shows the return at index 3.
        let row = clicked.listedOutstanding[3]
        #expect(frame.lines[firstRow + 3].contains(row.area.name))
        #expect(frame.lines[firstRow + 3].contains("\(row.year)"))
    }

    @Test func aClickOnTheOutstandingHeaderOrBelowTheListDoesNothing() throws {
        let (state, firstRow) = try Self.outstanding()
        #expect(state.clicking(Point(x: 10, y: firstRow - 1)).outstanding.cursor.index == 0)
        #expect(state.clicking(Point(x: 10, y: firstRow - 2)).outstanding.cursor.index == 0)
        let only = Fixtures.state().pressing(.character("2"))
        #expect(only.clicking(Point(x: 10, y: 10)).outstanding.cursor.index == 0)
    }

    @Test func aDoubleClickOnAnOutstandingRowOpensItsArea() throws {
        let (state, firstRow) = try Self.outstanding()
        let point = Point(x: 10, y: firstRow + 5)
        let opened = state.after([Self.press(point, 1_000), Self.press(point, 1_200)])
        let row = state.listedOutstanding[5]
        #expect(opened.detailAreaID == row.area.id)
        #expect(opened.year == row.year)
        #expect(opened.quarter == row.quarter)
    }

    @Test func aClickOnAScrolledOutstandingListSelectsTheRowShown() throws {
        let (state, firstRow) = try Self.outstanding(width: 80, height: 24)
        let scrolled = state.pressing(.end)
        #expect(scrolled.outstanding.cursor.viewport.top > 0)
        let clicked = scrolled.clicking(Point(x: 5, y: firstRow))
        #expect(clicked.outstanding.cursor.index == scrolled.outstanding.cursor.viewport.top)
        #expect(render(clicked).cursor == Point(x: 1, y: firstRow))
    }

    @Test func theWheelMovesTheOutstandingSelection() throws {
        let (state, _) = try Self.outstanding()
        let down = state.after([Self.wheel(.scrollDown), Self.wheel(.scrollDown)])
        #expect(down.outstanding.cursor.index == 2)
        #expect(down.after([Self.wheel(.scrollUp), Self.wheel(.scrollUp), Self.wheel(.scrollUp)]).outstanding.cursor.index == 0)
    }

    // MARK: board tables

    @Test func aClickOnABoardRowSelectsItsArea() throws {
        let state = Fixtures.state().pressing(.character("3"))
        let inTable1 = try Self.position(of: "Dudley MBC", in: state)
        let clicked = state.clicking(Point(x: inTable1.x + 30, y: inTable1.y))
        #expect(clicked.selectedAreaID == "dudley")
        let frame = render(clicked)
        #expect(frame.cell(inTable1).style.reverse)
        #expect(frame.cursor == Point(x: 1, y: inTable1.y))
        // The same row of Table 2.
        let inTable2 = try Self.position(of: "Walsall MBC", in: state, from: inTable1.y + 8)
        #expect(state.clicking(inTable2).selectedAreaID == "walsall")
    }

    @Test func aClickOnTheBoardTotalsOrHeadersDoesNothing() throws {
        let state = Fixtures.state().pressing(.character("3"), .down)
        let totalsRow = try #require(render(state).lines.firstIndex { $0.hasPrefix(" Total ") })
        #expect(state.clicking(Point(x: 3, y: totalsRow)).selectedAreaID == "coventry")
        #expect(state.clicking(Point(x: 3, y: totalsRow + 1)).selectedAreaID == "coventry")
        let header = try Self.position(of: "Local Authority", in: state)
        #expect(state.clicking(header).selectedAreaID == "coventry")
    }

    @Test func aDoubleClickOnABoardRowOpensTheArea() throws {
        let state = Fixtures.state().pressing(.character("3"))
        let sandwell = try Self.position(of: "Sandwell MBC", in: state)
        let opened = state.after([Self.press(sandwell, 1_000), Self.press(sandwell, 1_100)])
        #expect(opened.detailAreaID == "sandwell")
        #expect(opened.pressing(.escape).view == .board)
    }
}
