import Testing
import GrantModel

@Suite("ReportPeriod.defaults: the latest year and quarter whose returns were due")
struct ReportPeriodTests {
    let years = [fy("2015/16"), fy("2016/17"), fy("2017/18")]

    @Test("returns due 30 days after quarter end: the latest quarter due by the as-of date", arguments: [
        ("2016-12-06", 2016, Quarter.q2),
        ("2016-10-30", 2016, Quarter.q2),   // Q2 is due on 30 October: due by that day
        ("2016-10-29", 2016, Quarter.q1),   // Q2 has ended but is not due yet
        ("2016-07-30", 2016, Quarter.q1),
        ("2016-07-29", 2015, Quarter.q4),   // 2016/17 has begun, nothing of it is due: 2015/16 Q4
        ("2017-05-15", 2016, Quarter.q4),   // the contract's example
        ("2017-04-29", 2016, Quarter.q3),
        ("2020-01-01", 2017, Quarter.q4),   // past the data: the latest year, all quarters due
    ])
    func defaults(asOf: String, startYear: Int, quarter: Quarter) {
        let period = ReportPeriod.defaults(for: years, returnDueDays: 30, asOf: d(asOf))
        #expect(period == ReportPeriod(year: FinancialYear(startYear: startYear), quarter: quarter, asOf: d(asOf)))
    }

    @Test("on 15 Oct 2024 the Q2 returns are not due yet, so the board looks at Q1")
    func contractExample() {
        let period = ReportPeriod.defaults(for: [fy("2024/25")], returnDueDays: 30, asOf: d("2024-10-15"))
        #expect(period.year == fy("2024/25"))
        #expect(period.quarter == .q1)
    }

    @Test("no quarter due yet: the earliest quarter of the earliest year")
    func noneDue() {
        for asOf in ["2014-12-06", "2015-06-01", "2015-07-30"] {
            let period = ReportPeriod.defaults(for: years, returnDueDays: 30, asOf: d(asOf))
            #expect(period == ReportPeriod(year: fy("2015/16"), quarter: .q1, asOf: d(asOf)))
        }
    }

    @Test("due on the day the quarter ends when return_due_days is 0")
    func dueAtQuarterEnd() {
        #expect(ReportPeriod.defaults(for: years, returnDueDays: 0, asOf: d("2016-09-30")).quarter == .q2)
        #expect(ReportPeriod.defaults(for: years, returnDueDays: 0, asOf: d("2016-09-29")).quarter == .q1)
    }

    @Test func yearsNeedNotBeSorted() {
        let period = ReportPeriod.defaults(for: [fy("2016/17"), fy("2017/18"), fy("2015/16")], returnDueDays: 30, asOf: d("2017-08-01"))
        #expect(period.year == fy("2017/18"))
        let earliest = ReportPeriod.defaults(for: [fy("2017/18"), fy("2016/17")], returnDueDays: 30, asOf: d("2015-05-01"))
        #expect(earliest.year == fy("2016/17"))
    }

    @Test("no data: the year containing the as-of date")
    func noYears() {
        let period = ReportPeriod.defaults(for: [], returnDueDays: 0, asOf: d("2017-02-10"))
        #expect(period.year == fy("2016/17"))
        #expect(period.quarter == .q3)
    }

    @Test("chosen year and quarter win; a chosen year alone takes its latest due quarter, else Q1")
    func chosen() {
        let asOf = d("2016-12-06")
        func period(_ year: FinancialYear?, _ quarter: Quarter?, asOf: Day = asOf) -> ReportPeriod {
            ReportPeriod.defaults(for: years, returnDueDays: 30, asOf: asOf, year: year, quarter: quarter)
        }
        #expect(period(fy("2015/16"), nil) == ReportPeriod(year: fy("2015/16"), quarter: .q4, asOf: asOf))
        #expect(period(nil, .q4) == ReportPeriod(year: fy("2016/17"), quarter: .q4, asOf: asOf))
        #expect(period(fy("2017/18"), nil) == ReportPeriod(year: fy("2017/18"), quarter: .q1, asOf: asOf))
        #expect(period(fy("2015/16"), .q2) == ReportPeriod(year: fy("2015/16"), quarter: .q2, asOf: asOf))
        #expect(period(fy("2016/17"), nil, asOf: d("2016-10-29")).quarter == .q1)
    }

    @Test("progress: not begun before the quarter begins, in progress until it ends")
    func progress() {
        let year = fy("2016/17")
        #expect(ReportPeriod(year: year, quarter: .q2, asOf: d("2016-12-06")).progress == nil)
        #expect(ReportPeriod(year: year, quarter: .q3, asOf: d("2016-12-06")).progress == "in progress")
        #expect(ReportPeriod(year: year, quarter: .q3, asOf: d("2016-12-31")).progress == "in progress")
        #expect(ReportPeriod(year: year, quarter: .q3, asOf: d("2017-01-01")).progress == nil)
        #expect(ReportPeriod(year: year, quarter: .q4, asOf: d("2016-12-06")).progress == "not begun")
        #expect(ReportPeriod(year: fy("2021/22"), quarter: .q1, asOf: d("2016-12-06")).progress == "not begun")
    }
}

@Suite("Grants.defaultPeriod: the years and the largest due days of the funders shown")
struct DefaultPeriodForFundersTests {
    /// `a` is due 30 days after quarter end and has 2016/17; `b` is due 60 days after and has 2015/16 only.
    static let grants = Grants(
        funders: [Funder(id: "a", name: "A", returnDueDays: 30), Funder(id: "b", name: "B", returnDueDays: 60),
                  Funder(id: "idle", name: "Allocates nothing", returnDueDays: 366)],
        areas: [Area(id: "a1", funderID: "a", name: "A1"), Area(id: "b1", funderID: "b", name: "B1")],
        allocations: [Allocation(areaID: "a1", year: fy("2016/17"), allocation: Money(pounds: 1)),
                      Allocation(areaID: "b1", year: fy("2015/16"), allocation: Money(pounds: 1)),
                      Allocation(areaID: "b1", year: fy("2016/17"), allocation: Money(pounds: 1))],
        returns: [])

    @Test("every funder: the largest due days of those that allocate money")
    func everyFunder() {
        // Q2 is due on 30 October for a, 29 November for b; the idle funder's 366 days do not count.
        #expect(Self.grants.defaultPeriod(asOf: d("2016-11-15")) == ReportPeriod(year: fy("2016/17"), quarter: .q1, asOf: d("2016-11-15")))
        #expect(Self.grants.defaultPeriod(asOf: d("2016-11-29")).quarter == .q2)
    }

    @Test("one funder shown: its own due days")
    func oneFunder() {
        #expect(Self.grants.defaultPeriod(showing: ["a"], asOf: d("2016-11-15")).quarter == .q2)
        #expect(Self.grants.defaultPeriod(showing: ["b"], asOf: d("2016-11-15")).quarter == .q1)
    }

    @Test("one funder shown: its own years")
    func ownYears() {
        let grants = Grants(funders: Self.grants.funders, areas: Self.grants.areas,
                            allocations: Array(Self.grants.allocations.prefix(2)), returns: [])
        #expect(grants.defaultPeriod(showing: ["b"], asOf: d("2016-12-06")) == ReportPeriod(year: fy("2015/16"), quarter: .q4, asOf: d("2016-12-06")))
        #expect(grants.defaultPeriod(showing: ["a"], asOf: d("2016-12-06")) == ReportPeriod(year: fy("2016/17"), quarter: .q2, asOf: d("2016-12-06")))
    }
}
