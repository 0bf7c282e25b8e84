import Testing
import GrantModel

@Suite("FinancialYear: 1 April to 31 March, and its quarters")
struct FinancialYearTests {
    @Test("reads the slash, board-paper and four-digit forms", arguments: [
        ("2016/17", 2016), ("2016-17", 2016), ("2016/2017", 2016), ("2016-2017", 2016),
        ("1999/00", 1999), ("1999/2000", 1999), ("2009/10", 2009), (" 2015/16 ", 2015),
    ])
    func parses(text: String, startYear: Int) {
        #expect(FinancialYear.parse(text) == .success(FinancialYear(startYear: startYear)))
    }

    @Test("rejects years that do not follow on", arguments: ["2016/18", "2016/16", "2016/2018", "2016/15", "1999/01", "2016-2016"])
    func rejectsNotConsecutive(text: String) {
        #expect(FinancialYear.parse(text) == .failure(.notConsecutive))
    }

    @Test("rejects malformed text", arguments: [
        "", "2016", "16/17", "2016/7", "2016/017", "2016/17/18", "2016 17", "2016_17", "20a6/17", "2016/1x", "/17", "2016/",
        "2016/+7",
    ])
    func rejectsMalformed(text: String) {
        #expect(FinancialYear.parse(text) == .failure(.malformed))
    }

    @Test func description() {
        #expect(FinancialYear(startYear: 2016).description == "2016/17")
        #expect(FinancialYear(startYear: 2009).description == "2009/10")
        #expect(FinancialYear(startYear: 1999).description == "1999/00")
        #expect(FinancialYear(startYear: 2000).description == "2000/01")
        #expect("\(FinancialYear(startYear: 2021))" == "2021/22")
    }

    @Test func descriptionRoundTrips() {
        for start in 1990...2110 {
            let year = FinancialYear(startYear: start)
            #expect(FinancialYear.parse(year.description) == .success(year))
        }
    }

    @Test func neighboursAndOrder() {
        let year = fy("2016/17")
        #expect(year.next == fy("2017/18"))
        #expect(year.previous == fy("2015/16"))
        #expect(fy("2015/16") < fy("2016/17"))
        #expect([fy("2017/18"), fy("2015/16"), fy("2016/17")].sorted() == [fy("2015/16"), fy("2016/17"), fy("2017/18")])
    }

    @Test func firstAndLastDays() {
        let year = fy("2016/17")
        #expect(year.firstDay == d("2016-04-01"))
        #expect(year.lastDay == d("2017-03-31"))
    }

    @Test("quarter bounds: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar of the next calendar year", arguments: [
        (Quarter.q1, "2016-04-01", "2016-06-30"),
        (Quarter.q2, "2016-07-01", "2016-09-30"),
        (Quarter.q3, "2016-10-01", "2016-12-31"),
        (Quarter.q4, "2017-01-01", "2017-03-31"),
    ])
    func quarterBounds(quarter: Quarter, first: String, last: String) {
        #expect(fy("2016/17").firstDay(of: quarter) == d(first))
        #expect(fy("2016/17").lastDay(of: quarter) == d(last))
    }

    @Test func quartersTileTheYear() {
        for start in [2015, 2016, 2019, 2099] {
            let year = FinancialYear(startYear: start)
            #expect(year.firstDay(of: .q1) == year.firstDay)
            #expect(year.lastDay(of: .q4) == year.lastDay)
            for quarter in [Quarter.q1, .q2, .q3] {
                #expect(year.lastDay(of: quarter).adding(days: 1) == year.firstDay(of: quarter.next!))
            }
            #expect(year.lastDay.adding(days: 1) == year.next.firstDay)
        }
        // 2015/16 contains 29 February 2016, so it has 366 days.
        #expect(fy("2015/16").lastDay.days(since: fy("2015/16").firstDay) == 365)
        #expect(fy("2016/17").lastDay.days(since: fy("2016/17").firstDay) == 364)
    }

    @Test("the year containing a day", arguments: [
        ("2016-04-01", 2016), ("2016-12-06", 2016), ("2017-03-31", 2016), ("2017-04-01", 2017), ("2016-03-31", 2015),
        ("2017-01-01", 2016),
    ])
    func containing(day: String, startYear: Int) {
        #expect(FinancialYear.containing(d(day)) == FinancialYear(startYear: startYear))
    }

    @Test("last ended quarter: a quarter has ended once its last day is past", arguments: [
        ("2016-03-31", nil),
        ("2016-04-01", nil),
        ("2016-06-30", nil),
        ("2016-07-01", Quarter.q1),
        ("2016-09-30", Quarter.q1),
        ("2016-10-01", Quarter.q2),
        ("2016-12-06", Quarter.q2),
        ("2016-12-31", Quarter.q2),
        ("2017-01-01", Quarter.q3),
        ("2017-03-31", Quarter.q3),
        ("2017-04-01", Quarter.q4),
        ("2020-01-01", Quarter.q4),
    ] as [(String, Quarter?)])
    func lastEndedQuarter(asOf: String, expected: Quarter?) {
        #expect(fy("2016/17").lastEndedQuarter(asOf: d(asOf)) == expected)
    }

    @Test func aReturnIsDueItsDaysAfterTheQuarterEnds() {
        let year = fy("2016/17")
        #expect(year.dueDay(of: .q2, dueDays: 30) == d("2016-10-30"))
        // Q4 ends in the next calendar year; a due day may fall in the next financial year.
        #expect(year.dueDay(of: .q4, dueDays: 30) == d("2017-04-30"))
        #expect(year.dueDay(of: .q3, dueDays: 0) == d("2016-12-31"))
    }

    @Test func aQuartersMonthsAreWrittenOut() {
        #expect(fy("2016/17").months(of: .q2) == "July to September 2016")
        #expect(fy("2016/17").months(of: .q4) == "January to March 2017")
        #expect(d("2016-12-06").fullDescription == "6 December 2016")
    }
}

@Suite("Quarter")
struct QuarterTests {
    @Test func parsing() {
        #expect(Quarter("Q1") == .q1)
        #expect(Quarter("q2") == .q2)
        #expect(Quarter(" Q3 ") == .q3)
        #expect(Quarter("Q4") == .q4)
        for bad in ["", "Q", "Q0", "Q5", "1", "QQ", "Q1 x", "Q+1", "Q12", "R1"] {
            #expect(Quarter(bad) == nil, "\(bad)")
        }
    }

    @Test func descriptionsAndNeighbours() {
        #expect(Quarter.allCases.map(\.description) == ["Q1", "Q2", "Q3", "Q4"])
        #expect(Quarter.q1.previous == nil)
        #expect(Quarter.q2.previous == .q1)
        #expect(Quarter.q3.next == .q4)
        #expect(Quarter.q4.next == nil)
        #expect(Quarter.q1 < .q4)
    }

    @Test func throughThis() {
        #expect(Quarter.q1.throughThis == [.q1])
        #expect(Quarter.q2.throughThis == [.q1, .q2])
        #expect(Quarter.q4.throughThis == [.q1, .q2, .q3, .q4])
    }
}
