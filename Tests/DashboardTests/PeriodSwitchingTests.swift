import Testing
import GrantModel
@testable import Dashboard

/// f/F funder, [ ] year, < > quarter, and the notices they leave on the status line.
@Suite struct PeriodSwitchingTests {
    static let westMercia = "west-mercia"

    @Test(arguments: [Key.character("f"), .character("F")]) func switchingToWestMerciaMovesToItsDefaultYear(key: Key) throws {
        let state = Fixtures.state().pressing(.down, key)
        #expect(state.funderID == Self.westMercia)
        // None of West Mercia's years has begun by 6 Dec 2016: its earliest year, at Q1.
        #expect(state.year == FinancialYear(startYear: 2021))
        #expect(state.quarter == .q1)
        #expect(state.areas.map(\.id) == ["telford-wrekin"])
        #expect(state.selectedAreaID == "telford-wrekin")
        #expect(state.notice?.text == "West Mercia Police and Crime Commissioner")
        let frame = render(state)
        #expect(frame.lines[0].contains("2021/22 Q1 not begun"), "a year that has not begun is not shown as current")
        #expect(frame.lines[0].contains("West Mercia"))
        #expect(!frame.contains("behind profile"))
        #expect(frame.contains("Telford & Wrekin"))
        #expect(!frame.contains("Birmingham CC"))
        #expect(frame.lines[1].contains("f funder 2/2"))
        #expect(frame.statusLine.contains("West Mercia Police and Crime Commissioner"))
    }

    @Test("opens on the latest quarter whose returns were due: on 15 Oct 2024 that is Q1, not Q2")
    func opensOnTheLatestDueQuarter() throws {
        let state = Fixtures.state(asOf: Day(year: 2024, month: 10, day: 15)!)
        #expect(state.funderID == Self.westMercia)
        #expect(state.year == FinancialYear(startYear: 2024))
        #expect(state.quarter == .q1)
        #expect(!render(state).contains("using Q1 figures"))
    }

    @Test("> to a quarter that has not ended: no behind profile flag, and the header says so")
    func aQuarterNotEndedHasNoFlags() throws {
        let board = render(Fixtures.state())
        #expect(board.findAll("▼ behind profile").count == 3, "Birmingham, Walsall, Wolverhampton at Q2")
        let q3 = Fixtures.state().pressing(.character(">"))
        #expect(q3.quarter == .q3)
        #expect(render(q3).lines[0].contains("2016/17 Q3 in progress"))
        #expect(!render(q3).contains("behind"))
        let q4 = q3.pressing(.character(">"))
        #expect(render(q4).lines[0].contains("2016/17 Q4 not begun"))
        #expect(!render(q4).contains("behind"))
    }

    @Test("on 20 Oct 2016 Birmingham's Q2 return is due, not in: at Q2 it is awaited, not behind profile")
    func aQuarterWhoseReturnIsDueIsAwaited() throws {
        let state = Fixtures.state(asOf: Day(year: 2016, month: 10, day: 20)!)
        #expect(state.quarter == .q1, "Q2 is not due until 30 October")
        let q2 = state.pressing(.character(">"))
        let overview = render(q2)
        let birmingham = try #require(overview.lines.first { $0.contains("Birmingham CC") })
        #expect(!birmingham.contains("behind profile"), "\(birmingham)")
        // Wolverhampton's Q2 return came on 7 October: its own return is judged, and is behind.
        #expect(overview.findAll("▼ behind profile").count == 1)
        let detail = render(q2.pressing(.enter))
        #expect(detail.contains("· awaiting the Q2 return: behind profile is judged once it is in, or overdue"))
        #expect(!detail.contains("▼ behind profile"))
    }

    @Test func switchingBackReturnsToTheBoardYear() throws {
        let state = Fixtures.state().pressing(.character("f"), .character("F"))
        #expect(state.funderID == "west-midlands")
        #expect(state.year == Sample.year2016)
        #expect(state.quarter == .q2)
        #expect(state.selectedAreaID == "birmingham")
        #expect(render(state).lines[0].contains("2016/17 Q2"))
        #expect(render(state).lines[1].contains("f funder 1/2"))
        // Two funders: f twice comes round to the first.
        #expect(Fixtures.state().pressing(.character("f"), .character("f")).funderID == "west-midlands")
    }

    @Test func aFunderWithTheYearKeepsIt() throws {
        // West Mercia in 2023/24, then West Midlands (no 2023/24): its default; then back (no 2016/17).
        let mercia = Fixtures.state().pressing(.character("f"), .character("]"), .character("]"))
        #expect(mercia.year == FinancialYear(startYear: 2023))
        let later = Fixtures.state(asOf: Day(year: 2024, month: 2, day: 1)!)
        #expect(later.funderID == Self.westMercia, "the latest begun year is West Mercia's 2023/24")
        #expect(later.year == FinancialYear(startYear: 2023))
        #expect(later.quarter == .q3)
        let midlands = later.pressing(.character("f"))
        #expect(midlands.funderID == "west-midlands")
        #expect(midlands.year == FinancialYear(startYear: 2017))
        #expect(midlands.quarter == .q4)
    }

    @Test func nextYearKeepsTheSelectedAreaWhenItIsStillAllocated() throws {
        let state = Fixtures.state().pressing(.end, .character("]"))
        #expect(state.year == FinancialYear(startYear: 2017))
        #expect(state.selectedAreaID == "wolverhampton")
        #expect(state.notice?.text == "2017/18 at Q2")
        let frame = render(state)
        #expect(frame.lines[0].contains("2017/18 Q2"))
        #expect(frame.contains("Wolverhampton CC"))
        #expect(!frame.contains("Solihull MBC"))
        // Back a year: Wolverhampton is still there, and still selected.
        let back = state.pressing(.character("["))
        #expect(back.year == Sample.year2016)
        #expect(back.selectedAreaID == "wolverhampton")
    }

    @Test func nextYearSelectsTheFirstAreaWhenTheSelectedOneHasGone() throws {
        let state = Fixtures.state().pressing(.down, .down, .character("]"))
        #expect(state.year == FinancialYear(startYear: 2017))
        #expect(state.selectedAreaID == "wolverhampton")
        #expect(state.selectedIndex == 0)
    }

    @Test func westMerciaYearsKeepTelfordSelected() throws {
        let state = Fixtures.state().pressing(.character("f"), .character("]"), .character("]"))
        #expect(state.areas.count == 5)
        #expect(state.selectedAreaID == "telford-wrekin")
    }

    @Test func yearsStopAtTheEndsWithANotice() throws {
        let earliest = Fixtures.state().pressing(.character("["), .character("["))
        #expect(earliest.year == FinancialYear(startYear: 2015))
        #expect(earliest.notice?.text == "2015/16 is the earliest year in the data")
        let latest = Fixtures.state().pressing(.character("]"), .character("]"))
        #expect(latest.year == FinancialYear(startYear: 2017))
        #expect(latest.notice?.text == "2017/18 is the latest year in the data")
        #expect(render(latest).statusLine.contains("latest year"))
    }

    @Test(arguments: [Key.character("<"), .character(",")]) func previousQuarterShowsItsFiguresButTheSameStatuses(key: Key) throws {
        let q2 = render(Fixtures.state())
        #expect(q2.contains("Total £214,454  using Q1 figures"))
        let state = Fixtures.state().pressing(key)
        #expect(state.quarter == .q1)
        #expect(state.notice?.text == "2016/17 at Q1")
        let q1 = render(state)
        #expect(q1.lines[0].contains("2016/17 Q1"))
        // Solihull's Q1 return is its own: no figures carried.
        #expect(!q1.contains("using Q1 figures"))
        #expect(q1.contains("Total £214,454  left £0"))
        // Statuses are as of the date, whatever the report quarter: Q2 is still overdue, payment still held.
        #expect(q1.contains("Q2 ✗ OVERDUE 37d"))
        #expect(q1.contains("✗ PAYMENT HELD"))
        #expect(q1.lines[0].contains("1 outstanding, 1 overdue"))
        // Birmingham's Q1 return stated spend only.
        let spent = try #require(q1.find("£275,109"))
        #expect(q1.lines[spent.y].contains("15%"))
        #expect(q1.lines[spent.y - 1].contains("Planned"))
        #expect(q1.lines[spent.y - 1].contains("—"))
    }

    @Test func quarterChangesTheBoardColumns() throws {
        let q1 = render(Fixtures.state().pressing(.character("3"), .character("<")))
        #expect(q1.contains("Q1 Spend"))
        #expect(!q1.contains("Q2 Spend"))
        let q4 = render(Fixtures.state().pressing(.character("3"), .character(">"), .character(">")))
        #expect(q4.contains("Q4 Spend"))
    }

    @Test func quartersClampAtQ1AndQ4() throws {
        let first = Fixtures.state().pressing(.character("<"), .character("<"), .character("<"))
        #expect(first.quarter == .q1)
        let last = Fixtures.state().pressing(.character(">"), .character(">"), .character(">"), .character("."))
        #expect(last.quarter == .q4)
        #expect(last.year == Sample.year2016, "the quarter does not roll into the next year")
    }

    @Test func laterQuartersCarryTheLatestFigures() throws {
        let q3 = Fixtures.state().pressing(.character(">"))
        #expect(q3.quarter == .q3)
        let frame = render(q3)
        #expect(frame.contains("Total £214,454  using Q1 figures"))
        #expect(frame.contains("Total £1,873,187  using Q2 figures"))
        // Q3 has not ended on 6 Dec 2016: not due, not outstanding.
        #expect(frame.lines[0].contains("1 outstanding"))
    }

    @Test func aNoticeExpiresAfterATickPastItsTime() throws {
        let start = Fixtures.state().after([.tick(milliseconds: 1_000)])
        let state = start.pressing(.character("]"))
        let notice = try #require(state.notice)
        #expect(notice.expiresAt > 1_000)
        #expect(render(state).statusLine.contains("2017/18 at Q2"))
        #expect(render(state).cell(Point(x: 0, y: 39)).style.role == .notice)

        let before = state.after([.tick(milliseconds: notice.expiresAt - 1)])
        #expect(before.notice == notice)
        let after = state.after([.tick(milliseconds: notice.expiresAt)])
        #expect(after.notice == nil)
        let frame = render(after)
        #expect(!frame.statusLine.contains("2017/18 at Q2"))
        #expect(frame.statusLine.contains("? help"))
    }

    @Test func aNewNoticeReplacesTheOldAndGetsItsOwnTime() throws {
        let state = Fixtures.state().after([.tick(milliseconds: 1_000)]).pressing(.character("]"))
        let first = try #require(state.notice)
        let later = state.after([.tick(milliseconds: 2_000)]).pressing(.character("["))
        let second = try #require(later.notice)
        #expect(second.text == "2016/17 at Q2")
        #expect(second.expiresAt > first.expiresAt)
        #expect(later.after([.tick(milliseconds: first.expiresAt)]).notice == second)
    }

    @Test func switchingInTheDetailShowsTheSameAreaInTheNewPeriod() throws {
        let detail = Fixtures.state().pressing(.down, .down, .enter, .character("<"))
        #expect(detail.detailAreaID == "solihull")
        let frame = render(detail)
        #expect(frame.contains("spent at Q1"))
        #expect(!frame.contains("carried from Q1"))
        // Another funder: Solihull is not among its areas, so the detail closes.
        let other = detail.pressing(.character("f"))
        #expect(other.detailAreaID == nil)
        #expect(other.selectedAreaID == "telford-wrekin")
    }
}
