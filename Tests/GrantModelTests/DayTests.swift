import Testing
import GrantModel

@Suite("Day: calendar days, parsing and arithmetic")
struct DayTests {
    @Test func validity() {
        #expect(Day(year: 2016, month: 2, day: 29) != nil)
        #expect(Day(year: 2017, month: 2, day: 29) == nil)
        #expect(Day(year: 2016, month: 2, day: 30) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)   // divisible by 400: leap
        #expect(Day(year: 1900, month: 2, day: 29) == nil)   // divisible by 100: not leap
        #expect(Day(year: 2016, month: 4, day: 31) == nil)
        #expect(Day(year: 2016, month: 6, day: 31) == nil)
        #expect(Day(year: 2016, month: 9, day: 31) == nil)
        #expect(Day(year: 2016, month: 11, day: 31) == nil)
        #expect(Day(year: 2016, month: 12, day: 31) != nil)
        #expect(Day(year: 2016, month: 1, day: 0) == nil)
        #expect(Day(year: 2016, month: 0, day: 1) == nil)
        #expect(Day(year: 2016, month: 13, day: 1) == nil)
        #expect(Day(year: 0, month: 1, day: 1) == nil)
        #expect(Day(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test func leapYears() {
        #expect(Day.isLeap(2016))
        #expect(!Day.isLeap(2017))
        #expect(Day.isLeap(2000))
        #expect(!Day.isLeap(2100))
        #expect(Day.daysIn(month: 2, year: 2016) == 29)
        #expect(Day.daysIn(month: 2, year: 2017) == 28)
        #expect((1...12).map { Day.daysIn(month: $0, year: 2017) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    }

    @Test("parses ISO and UK day-first forms", arguments: [
        ("2016-12-06", 2016, 12, 6),
        ("06/12/2016", 2016, 12, 6),
        ("6/12/2016", 2016, 12, 6),
        ("31/03/2017", 2017, 3, 31),
        ("29/02/2016", 2016, 2, 29),
        (" 2016-12-06 ", 2016, 12, 6),
        ("0001-01-01", 1, 1, 1),
    ])
    func parses(text: String, year: Int, month: Int, day: Int) {
        #expect(Day.parse(text) == .success(Day(year: year, month: month, day: day)!))
    }

    @Test("UK form is day first, never month first")
    func ukIsDayFirst() throws {
        let day = try Day.parse("01/02/2016").get()
        #expect(day.month == 2 && day.day == 1)
        #expect(Day.parse("12/31/2016") == .failure(.doesNotExist))
    }

    @Test("rejects malformed text", arguments: [
        "", "2016", "2016-12", "2016-12-06-01", "16-12-06", "2016/12/06", "06-12-2016", "06/12/16", "2016-12-6x",
        "2016-123-06", "x016-12-06", "2016-+1-06", "06.12.2016", "2016 -12-06",
    ])
    func rejectsMalformed(text: String) {
        #expect(Day.parse(text) == .failure(.malformed))
    }

    @Test("rejects days that do not exist", arguments: ["2017-02-29", "2016-02-30", "31/04/2016", "2016-13-01", "2016-00-10", "00/01/2016"])
    func rejectsNonexistent(text: String) {
        #expect(Day.parse(text) == .failure(.doesNotExist))
    }

    @Test func writtenForms() {
        #expect(d("06/12/2016").description == "2016-12-06")
        #expect(Day(year: 5, month: 1, day: 9)!.description == "0005-01-09")
        #expect(d("2016-12-06").longDescription == "6 Dec 2016")
        #expect(d("2017-01-31").longDescription == "31 Jan 2017")
    }

    @Test func ordinalIsDaysSinceUnixEpoch() {
        #expect(d("1970-01-01").ordinal == 0)
        #expect(d("1970-01-02").ordinal == 1)
        #expect(d("1969-12-31").ordinal == -1)
        #expect(d("2000-03-01").ordinal == 11_017)
        #expect(d("2016-12-06").ordinal == 17_141)
        #expect(Day(ordinal: 17_141) == d("2016-12-06"))
    }

    @Test("ordinal round trips and steps one day at a time over 1899-2101")
    func ordinalRoundTrip() {
        var expected = Day(year: 1899, month: 1, day: 1)!
        var ordinal = expected.ordinal
        var checked = 0
        var mismatches: [String] = []
        while expected.year <= 2101 {
            if Day(ordinal: ordinal) != expected || expected.ordinal != ordinal {
                mismatches.append("\(expected) vs ordinal \(ordinal)")
            }
            // Step the calendar by hand, independently of the ordinal arithmetic.
            if let next = Day(year: expected.year, month: expected.month, day: expected.day + 1) {
                expected = next
            } else if let next = Day(year: expected.year, month: expected.month + 1, day: 1) {
                expected = next
            } else {
                expected = Day(year: expected.year + 1, month: 1, day: 1)!
            }
            ordinal += 1
            checked += 1
            if checked > 80_000 { break }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(checked == 74_144)   // 203 years of 365 days, 49 of them leap (1900 and 2100 are not)
    }

    @Test func roundTripAtRangeEnds() {
        for day in [Day(year: 1, month: 1, day: 1)!, Day(year: 9999, month: 12, day: 31)!, Day(year: 1600, month: 2, day: 29)!] {
            #expect(Day(ordinal: day.ordinal) == day)
        }
    }

    @Test func daysSince() {
        #expect(d("2016-12-06").days(since: d("2016-10-30")) == 37)
        #expect(d("2016-10-30").days(since: d("2016-12-06")) == -37)
        #expect(d("2016-12-06").days(since: d("2016-12-06")) == 0)
        #expect(d("2017-01-01").days(since: d("2016-12-31")) == 1)
        #expect(d("2016-03-01").days(since: d("2016-02-28")) == 2)
        #expect(d("2017-03-01").days(since: d("2017-02-28")) == 1)
        #expect(d("2017-04-01").days(since: d("2016-04-01")) == 365)
        #expect(d("2016-04-01").days(since: d("2015-04-01")) == 366)
        #expect(d("2100-03-01").days(since: d("2100-02-28")) == 1)
    }

    @Test("adding days crosses month, year and leap boundaries", arguments: [
        ("2016-06-30", 30, "2016-07-30"),
        ("2016-09-30", 30, "2016-10-30"),
        ("2016-12-31", 30, "2017-01-30"),
        ("2016-12-31", 1, "2017-01-01"),
        ("2017-01-01", -1, "2016-12-31"),
        ("2016-02-28", 1, "2016-02-29"),
        ("2016-02-29", 1, "2016-03-01"),
        ("2017-02-28", 1, "2017-03-01"),
        ("2016-03-31", 30, "2016-04-30"),
        ("2016-01-31", 30, "2016-03-01"),
        ("2015-01-31", 30, "2015-03-02"),
        ("2016-03-01", -1, "2016-02-29"),
        ("2016-12-06", 0, "2016-12-06"),
        ("2016-04-01", 365, "2017-04-01"),
        ("2015-04-01", 366, "2016-04-01"),
        ("1999-12-31", 1, "2000-01-01"),
        ("2000-02-28", 1, "2000-02-29"),
        ("1900-02-28", 1, "1900-03-01"),
    ])
    func addingDays(from: String, days: Int, to: String) {
        #expect(d(from).adding(days: days) == d(to))
        #expect(d(to).days(since: d(from)) == days)
    }

    @Test func ordering() {
        #expect(d("2016-12-05") < d("2016-12-06"))
        #expect(d("2016-12-31") < d("2017-01-01"))
        #expect(d("2016-02-29") < d("2016-03-01"))
        #expect(!(d("2016-12-06") < d("2016-12-06")))
        #expect(d("2016-12-06") <= d("2016-12-06"))
        #expect([d("2017-01-01"), d("2016-12-06"), d("2016-04-01")].sorted() == [d("2016-04-01"), d("2016-12-06"), d("2017-01-01")])
    }
}
