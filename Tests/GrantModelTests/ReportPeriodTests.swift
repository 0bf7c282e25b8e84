import Testing
import GrantModel

@Suite("ReportPeriod.defaults: latest begun year, last ended quarter")
struct ReportPeriodTests {
    let years = [fy("2015/16"), fy("2016/17"), fy("2017/18")]

    @Test("latest year begun by the as-of date and its last ended quarter", arguments: [
        ("2016-12-06", 2016, Quarter.q2),
        ("2016-10-01", 2016, Quarter.q2),
        ("2016-09-30", 2016, Quarter.q1),
        ("2017-01-01", 2016, Quarter.q3),
        ("2017-03-31", 2016, Quarter.q3),
        ("2016-03-31", 2015, Quarter.q3),
        ("2016-04-01", 2016, Quarter.q1),   // the year has begun, no quarter of it has ended: Q1
        ("2016-06-30", 2016, Quarter.q1),
        ("2017-04-01", 2017, Quarter.q1),
        ("2017-07-01", 2017, Quarter.q1),
        ("2020-01-01", 2017, Quarter.q4),   // past the data: the latest year, all quarters ended
    ])
    func defaults(asOf: String, startYear: Int, quarter: Quarter) {
        let period = ReportPeriod.defaults(for: years, asOf: d(asOf))
        #expect(period == ReportPeriod(year: FinancialYear(startYear: startYear), quarter: quarter, asOf: d(asOf)))
    }

    @Test("the earliest year when none has begun")
    func noneBegun() {
        let period = ReportPeriod.defaults(for: years, asOf: d("2014-12-06"))
        #expect(period.year == fy("2015/16"))
        #expect(period.quarter == .q1)
        #expect(period.asOf == d("2014-12-06"))
    }

    @Test func yearsNeedNotBeSorted() {
        let period = ReportPeriod.defaults(for: [fy("2016/17"), fy("2017/18"), fy("2015/16")], asOf: d("2017-05-01"))
        #expect(period.year == fy("2017/18"))
        let earliest = ReportPeriod.defaults(for: [fy("2017/18"), fy("2016/17")], asOf: d("2015-05-01"))
        #expect(earliest.year == fy("2016/17"))
    }

    @Test("no data: the year containing the as-of date")
    func noYears() {
        let period = ReportPeriod.defaults(for: [], asOf: d("2017-02-10"))
        #expect(period.year == fy("2016/17"))
        #expect(period.quarter == .q3)
    }

    @Test("chosen year and quarter win; a chosen year alone takes its last ended quarter")
    func chosen() {
        let asOf = d("2016-12-06")
        #expect(ReportPeriod.defaults(for: years, asOf: asOf, year: fy("2015/16"))
            == ReportPeriod(year: fy("2015/16"), quarter: .q4, asOf: asOf))
        #expect(ReportPeriod.defaults(for: years, asOf: asOf, quarter: .q4)
            == ReportPeriod(year: fy("2016/17"), quarter: .q4, asOf: asOf))
        #expect(ReportPeriod.defaults(for: years, asOf: asOf, year: fy("2017/18"))
            == ReportPeriod(year: fy("2017/18"), quarter: .q1, asOf: asOf))
        #expect(ReportPeriod.defaults(for: years, asOf: asOf, year: fy("2015/16"), quarter: .q2)
            == ReportPeriod(year: fy("2015/16"), quarter: .q2, asOf: asOf))
    }
}
