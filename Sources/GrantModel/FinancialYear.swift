/// A UK financial year, `2016/17`: 1 April 2016 to 31 March 2017.
public struct FinancialYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar year in which the financial year begins.
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool { lhs.startYear < rhs.startYear }

    public enum ParseFailure: Error, Equatable, Sendable {
        case malformed
        case notConsecutive
    }

    /// Reads `2016/17`; `2016-17` (the board papers' form) and `2016/2017` are read too.
    public static func parse(_ text: String) -> Result<FinancialYear, ParseFailure> {
        let trimmed = text.trimmingSpaces()
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" })
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2 || parts[1].count == 4,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let start = Int(parts[0]), let end = Int(parts[1]) else { return .failure(.malformed) }
        let expectedEnd = parts[1].count == 2 ? (start + 1) % 100 : start + 1
        guard end == expectedEnd else { return .failure(.notConsecutive) }
        return .success(FinancialYear(startYear: start))
    }

    /// As `parse(_:)`, from the text's UTF-8: `2016/17` is read straight from the bytes.
    @inlinable
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<FinancialYear, ParseFailure> {
        if bytes.count == 7, bytes[4] == UInt8(ascii: "/"), let start = bytes.asciiNumber(0..<4),
           let end = bytes.asciiNumber(5..<7), end == (start + 1) % 100 {
            return .success(FinancialYear(startYear: start))
        }
        return parse(String(decoding: bytes, as: UTF8.self))
    }

    /// `2016/17`
    public var description: String {
        let end = (startYear + 1) % 100
        return "\(startYear)/\(end < 10 ? "0" : "")\(end)"
    }

    public var next: FinancialYear { FinancialYear(startYear: startYear + 1) }
    public var previous: FinancialYear { FinancialYear(startYear: startYear - 1) }

    public var firstDay: Day { Day(year: startYear, month: 4, day: 1)! }
    public var lastDay: Day { Day(year: startYear + 1, month: 3, day: 31)! }

    public func firstDay(of quarter: Quarter) -> Day {
        switch quarter {
        case .q1: return Day(year: startYear, month: 4, day: 1)!
        case .q2: return Day(year: startYear, month: 7, day: 1)!
        case .q3: return Day(year: startYear, month: 10, day: 1)!
        case .q4: return Day(year: startYear + 1, month: 1, day: 1)!
        }
    }

    /// Q4 ends on 31 March of the next calendar year.
    public func lastDay(of quarter: Quarter) -> Day {
        switch quarter {
        case .q1: return Day(year: startYear, month: 6, day: 30)!
        case .q2: return Day(year: startYear, month: 9, day: 30)!
        case .q3: return Day(year: startYear, month: 12, day: 31)!
        case .q4: return Day(year: startYear + 1, month: 3, day: 31)!
        }
    }

    /// The day a quarter's return is due: `dueDays` after the quarter ends. The one place the
    /// due day is worked out, so that a status, a list and a default period always agree.
    public func dueDay(of quarter: Quarter, dueDays: Int) -> Day {
        lastDay(of: quarter).adding(days: dueDays)
    }

    /// `July to September 2016`: the months a quarter covers, for letters.
    public func months(of quarter: Quarter) -> String {
        let first = firstDay(of: quarter), last = lastDay(of: quarter)
        return "\(Day.monthNames[first.month - 1]) to \(Day.monthNames[last.month - 1]) \(last.year)"
    }

    /// The financial year that contains `day`.
    public static func containing(_ day: Day) -> FinancialYear {
        FinancialYear(startYear: day.month >= 4 ? day.year : day.year - 1)
    }

    /// The last quarter of this year that has ended by `day`; nil when none has.
    public func lastEndedQuarter(asOf day: Day) -> Quarter? {
        Quarter.allCases.last { lastDay(of: $0) < day }
    }
}
