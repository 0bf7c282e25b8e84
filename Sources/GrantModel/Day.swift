/// A calendar day (proleptic Gregorian), the one date type of csdash. No time, no time zone:
/// "today" is always passed in by the caller, never read here.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// nil when the date does not exist (2016-02-30, 2017-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil), so that differences are exact.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Whole days from `earlier` to this day (positive when this day is later).
    public func days(since earlier: Day) -> Int { ordinal - earlier.ordinal }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    /// `2016-12-06`, the one form csdash writes.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// `6 Dec 2016`, for screens and report headings.
    public var longDescription: String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(day) \(names[month - 1]) \(year)"
    }
}

extension Day {
    public enum ParseFailure: Error, Equatable, Sendable {
        case malformed
        case doesNotExist
    }

    /// Reads `2016-12-06` or the UK day-first `06/12/2016`.
    public static func parse(_ text: String) -> Result<Day, ParseFailure> {
        let trimmed = text.trimmingSpaces()
        let numbers: [Int]
        let order: (year: Int, month: Int, day: Int)
        if let parts = Day.numericParts(trimmed, separator: "-", widths: [4, 2, 2]) {
            numbers = parts
            order = (0, 1, 2)
        } else if let parts = Day.numericParts(trimmed, separator: "/", widths: [2, 2, 4]) {
            numbers = parts
            order = (2, 1, 0)
        } else {
            return .failure(.malformed)
        }
        guard let day = Day(year: numbers[order.year], month: numbers[order.month], day: numbers[order.day]) else {
            return .failure(.doesNotExist)
        }
        return .success(day)
    }

    /// As `parse(_:)`, from the text's UTF-8: `2016-12-06` is read straight from the bytes.
    @inlinable
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<Day, ParseFailure> {
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
           let year = bytes.asciiNumber(0..<4), let month = bytes.asciiNumber(5..<7), let day = bytes.asciiNumber(8..<10),
           let found = Day(year: year, month: month, day: day) {
            return .success(found)
        }
        return parse(String(decoding: bytes, as: UTF8.self))
    }

    /// Splits `text` into numbers; the day and month of the UK form may have one digit (`6/12/2016`).
    private static func numericParts(_ text: String, separator: Character, widths: [Int]) -> [Int]? {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == widths.count else { return nil }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            let allowed = width == 4 ? 4...4 : 1...2
            guard allowed.contains(part.count), part.allSatisfy(\.isASCIIDigit), let number = Int(part) else { return nil }
            numbers.append(number)
        }
        return numbers
    }
}

extension Day {
    /// January to December, for dates written out in full in letters and board papers.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"]

    /// `6 December 2016`: a date in a letter or a board paper.
    public var fullDescription: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }
}
