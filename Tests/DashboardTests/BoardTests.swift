import Testing
import GrantModel
@testable import Dashboard

/// The board tables: the selected area's row, the table switch and the column scroll.
@Suite struct BoardTests {
    static func board(width: Int = 120, height: Int = 40) -> DashboardState {
        Fixtures.state(width: width, height: height).pressing(.character("3"))
    }

    /// Whether the row of `name` at `point` is drawn reversed across its first cells.
    static func isHighlighted(_ frame: Frame, _ point: Point, _ name: String) -> Bool {
        frame.cells(from: point, count: name.count).allSatisfy { $0.style.reverse }
    }

    @Test func upAndDownMoveTheSelectedRowAndClamp() throws {
        let state = Self.board()
        #expect(state.pressing(.down).selectedAreaID == "coventry")
        #expect(state.pressing(.character("j"), .character("j")).selectedAreaID == "dudley")
        #expect(state.pressing(.down, .up).selectedAreaID == "birmingham")
        #expect(state.pressing(.up, .character("k")).selectedAreaID == "birmingham")
        #expect(state.pressing(.end).selectedAreaID == "wolverhampton")
        #expect(state.pressing(.end, .down).selectedAreaID == "wolverhampton")
        #expect(state.pressing(.end, .home).selectedAreaID == "birmingham")
    }

    @Test func theSelectedRowIsHighlightedInBothTablesAndHoldsTheCursor() throws {
        let state = Self.board().pressing(.down, .down, .down, .down)
        #expect(state.selectedAreaID == "solihull")
        let frame = render(state)
        let rows = frame.findAll("Solihull MBC   ")
        #expect(rows.count == 2, "a row in each table")
        for point in rows { #expect(Self.isHighlighted(frame, point, "Solihull MBC")) }
        let others = frame.findAll("Walsall MBC")
        #expect(others.count == 2)
        for point in others { #expect(!frame.cell(point).style.reverse) }
        #expect(frame.cursor == Point(x: 1, y: rows[0].y))
    }

    @Test func bothTablesShowAt120x40AndOneAt80x24() throws {
        let large = render(Self.board())
        #expect(large.contains("Table 1: allocation"))
        #expect(large.contains("Table 2: spend (cumulative)"))
        #expect(!large.contains("(t shows"))
        let small = Self.board(width: 80, height: 24)
        let first = render(small)
        #expect(first.contains("Table 1: allocation   (t shows Table 2)"))
        #expect(!first.contains("Table 2: spend"))
        let second = render(small.pressing(.character("t")))
        #expect(second.contains("Table 2: spend (cumulative)   (t shows Table 1)"))
        #expect(second.contains("Q1 Spend"))
        #expect(render(small.pressing(.character("t"), .character("t"))) == first)
    }

    @Test func leftAndRightScrollTheColumnsButKeepTheNames() throws {
        let state = Self.board(width: 80, height: 24)
        let first = render(state)
        #expect(first.contains("columns 1-6 of 8 →"))
        #expect(!first.contains("87%"))
        let scrolled = state.pressing(.right, .right)
        #expect(scrolled.board.columns.top == 2)
        let frame = render(scrolled)
        #expect(frame.contains("Birmingham CC"), "the name column stays")
        #expect(!frame.contains("£409,728"), "the allocation column scrolled off")
        #expect(frame.contains("87%"), "% allocated scrolled in")
        #expect(state.pressing(.right, .left).board.columns.top == 0)
        #expect(state.pressing(.left, .character("h")).board.columns.top == 0)
        var far = state
        for _ in 0..<30 { far = far.pressing(.character("l")) }
        #expect(far.board.columns.top == BoardScreen.lastColumnOffset(far))
        #expect(render(far).contains("Birmingham CC"))
        #expect(render(far).contains("Comments") && render(far).contains("← columns 1, 4-8 of 8"), "→ reaches the last column")
        #expect(far.pressing(.left).board.columns.top == far.board.columns.top - 1, "one ← comes back at once")
    }

    @Test func commentsAreSpelledOutBeneath() throws {
        let frame = render(Self.board())
        #expect(frame.contains("Solihull MBC: Q2 report has not been received, Q1 figures have therefore been used for Q2"))
    }

    @Test func totalsMatchTheSeed() throws {
        let frame = render(Self.board())
        let total = try #require(frame.lines.first { $0.hasPrefix(" Total ") })
        #expect(total.contains("£3,863,308") && total.contains("£431,174") && total.contains("£4,294,482"))
        #expect(total.contains("£3,946,008") && total.contains("£348,474"))
    }

    @Test func enterOpensTheSelectedRowsArea() throws {
        let state = Self.board().pressing(.down, .enter)
        #expect(state.detailAreaID == "coventry")
        #expect(state.pressing(.escape).view == .board)
    }

    @Test func aYearWithOneAreaShowsOneRow() throws {
        let frame = render(Self.board().pressing(.character("]")))
        #expect(frame.contains("Wolverhampton CC"))
        #expect(!frame.contains("Birmingham CC"))
        #expect(frame.lines[0].contains("2017/18"))
    }

    @Test func aShortTerminalScrollsTheTableToTheSelectedRow() throws {
        let state = Self.board(width: 60, height: 14)
        for (index, name) in Sample.names.enumerated() {
            var moved = state
            for _ in 0..<index { moved = moved.pressing(.down) }
            let frame = render(moved)
            let cursor = try #require(frame.cursor, "\(name) on screen")
            #expect(frame.lines[cursor.y].contains(name))
            #expect(frame.cell(cursor).style.reverse)
            // A click selects the area drawn on the row clicked, scrolled or not.
            #expect(moved.clicking(Point(x: 5, y: cursor.y)).selectedAreaID == moved.selectedAreaID, "\(name)")
            if let above = Sample.names.firstIndex(where: { frame.lines[cursor.y - 1].contains($0) }) {
                #expect(moved.clicking(Point(x: 5, y: cursor.y - 1)).selectedAreaID == Sample.westMidlands[above], "above \(name)")
            }
        }
    }
}
