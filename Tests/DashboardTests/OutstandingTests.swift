import Testing
import GrantModel
@testable import Dashboard

/// The outstanding returns list: most overdue first, moving, and opening a return's area.
@Suite struct OutstandingTests {
    static func later(width: Int = 120, height: Int = 40) -> DashboardState {
        Fixtures.state(width: width, height: height, asOf: Sample.laterDate).pressing(.character("2"), .character("a"))
    }

    /// The screen row of the list's first body row (under the header's rule).
    static func firstRow(_ frame: Frame) throws -> Int { try #require(frame.find("───")).y + 1 }

    @Test func onTheBoardDateOnlySolihullsQ2IsOutstanding() throws {
        let state = Fixtures.state().pressing(.character("2"))
        #expect(state.listedOutstanding.count == 1)
        let row = try #require(state.listedOutstanding.first)
        #expect(row.area.id == "solihull" && row.year == Sample.year2016 && row.quarter == .q2)
        #expect(row.status == .overdue(days: 37))
        let frame = render(state)
        let first = try Self.firstRow(frame)
        #expect(frame.lines[first].contains("Solihull MBC"))
        #expect(frame.lines[first].contains("✗ OVERDUE 37 days"))
        #expect(frame.lines[first].contains("30 Oct 2016"))
        #expect(frame.lines[first].contains("✗ held"))
        #expect(!frame.contains("withheld"), "one word for it: payment held")
        #expect(!frame.contains("Funder"), "one funder's list has no funder column")
        #expect(frame.lines[first + 1].trimmingTrailingSpaces().isEmpty)
        #expect(frame.cursor == Point(x: 1, y: first))
    }

    @Test func mostOverdueFirst() throws {
        let state = Self.later()
        let rows = state.listedOutstanding
        #expect(rows.count == 67)
        #expect(rows.first?.area.id == "solihull")
        let days = rows.map { $0.status.daysOverdue ?? -1 }
        #expect(days == days.sorted(by: >))
        // Only just due: 2024/25 Q4, at the end, not yet withholding payment.
        let due = rows.filter { $0.status == .due }
        #expect(due.count == 5)
        #expect(Array(rows.suffix(5)) == due)
        #expect(due.allSatisfy { $0.year == FinancialYear(startYear: 2024) && $0.quarter == .q4 })
        // On screen: the days column falls from the top.
        let frame = render(state)
        let first = try Self.firstRow(frame)
        #expect(frame.lines[first].contains("Solihull MBC"))
        #expect(frame.lines[first].contains("2016/17 Q2"))
        #expect(frame.lines[0].contains("outstanding"))
        #expect(frame.lines[1].contains("2 Outstanding (67)"))
    }

    @Test func dueReturnsAreMarkedButNotHeld() throws {
        let frame = render(Self.later().pressing(.end))
        let due = frame.findAll("due now")
        #expect(due.count == 5)
        for point in due {
            #expect(frame.cell(point).style.role == .warning)
            #expect(frame.lines[point.y].contains("not yet held"))
            #expect(!frame.lines[point.y].contains("✗ held"))
        }
    }

    @Test func movingClampsAtTheEnds() throws {
        let state = Self.later()
        #expect(state.pressing(.down).outstanding.cursor.index == 1)
        #expect(state.pressing(.character("j"), .character("j"), .character("k")).outstanding.cursor.index == 1)
        #expect(state.pressing(.up).outstanding.cursor.index == 0)
        #expect(state.pressing(.end).outstanding.cursor.index == 66)
        #expect(state.pressing(.end, .down).outstanding.cursor.index == 66)
        #expect(state.pressing(.character("G"), .character("g")).outstanding.cursor.index == 0)
        let page = OutstandingScreen.pageSize(state)
        #expect(state.pressing(.pageDown).outstanding.cursor.index == page)
        #expect(state.pressing(.pageDown, .pageUp).outstanding.cursor.index == 0)
        #expect(state.pressing(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown).outstanding.cursor.index == 66)
    }

    @Test(arguments: [(120, 40), (80, 24), (60, 14)]) func theCursorAndHighlightFollowTheSelectedRow(width: Int, height: Int) throws {
        var state = Self.later(width: width, height: height)
        for step in 0..<70 {
            let frame = render(state)
            let cursor = try #require(frame.cursor, "step \(step)")
            let row = state.listedOutstanding[state.outstanding.cursor.index]
            #expect(frame.lines[cursor.y].contains(String(row.area.name.prefix(10))), "step \(step)")
            #expect(frame.lines[cursor.y].contains("\(row.year)"))
            #expect(frame.cell(cursor).style.reverse)
            let otherRows = frame.findAll("\(row.year)").filter { $0.y > 1 && $0.y != cursor.y }
            #expect(otherRows.allSatisfy { !frame.cell($0).style.reverse }, "only the selected row is highlighted")
            state = state.pressing(step < 40 ? .down : (step < 55 ? .pageUp : .pageDown))
        }
    }

    @Test func enterOpensTheAreaInThatReturnsFunderYearAndQuarter() throws {
        let state = Self.later()
        let index = try #require(state.listedOutstanding.firstIndex {
            $0.funderID == "west-mercia" && $0.year == FinancialYear(startYear: 2021) && $0.quarter == .q3
        })
        var moved = state
        for _ in 0..<index { moved = moved.pressing(.down) }
        let opened = moved.pressing(.enter)
        #expect(opened.detailAreaID == "telford-wrekin")
        #expect(opened.selectedAreaID == "telford-wrekin")
        #expect(opened.funderID == "west-mercia")
        #expect(opened.year == FinancialYear(startYear: 2021))
        #expect(opened.quarter == .q3)
        let frame = render(opened)
        #expect(frame.lines[0].contains("2021/22 Q3"))
        #expect(frame.lines[0].contains("West Mercia"))
        #expect(frame.contains("Telford & Wrekin  LPA"))
        #expect(frame.contains("planned at Q3"))
        // Back: the list, with the same return selected.
        let back = opened.pressing(.escape)
        #expect(back.view == .outstanding)
        #expect(back.detailAreaID == nil)
        #expect(back.outstanding.cursor.index == index)
    }

    @Test func enterOnTheBoardDateOpensSolihullAtQ2() throws {
        let opened = Fixtures.state().pressing(.character("<"), .character("2"), .enter)
        #expect(opened.detailAreaID == "solihull")
        #expect(opened.quarter == .q2, "the return's quarter, not the one the overview was on")
        #expect(render(opened).contains("carried from Q1"))
    }

    @Test func enterOnAnEmptyListDoesNothing() throws {
        let state = Fixtures.state(asOf: Day(year: 2016, month: 5, day: 1)!).pressing(.character("2"))
        #expect(state.listedOutstanding.isEmpty)
        let after = state.pressing(.down, .enter, .end)
        #expect(after.detailAreaID == nil)
        #expect(after.outstanding.cursor.index == 0)
        let frame = render(after)
        #expect(frame.contains("✓ No returns are outstanding as of 1 May 2016."))
        #expect(frame.cursor == nil)
    }
}
