import Foundation
import GrantModel

/// The log's times, read once each (the lines of one write share their time). csdash writes
/// `2016-12-06T14:03:09Z`, read here by hand: a log of a few hundred thousand lines would spend
/// seconds in a date formatter. Any other ISO 8601 form (fractional seconds) goes to one.
struct AuditTimes {
    let calendar: Calendar
    private var known: [String: (Date, Day)] = [:]
    /// Seconds east of UTC for each hour since 1970 met so far.
    private var offsets: [Int: Int] = [:]
    private let formatters: [ISO8601DateFormatter]

    init(calendar: Calendar) {
        self.calendar = calendar
        let whole = ISO8601DateFormatter()
        whole.formatOptions = [.withInternetDateTime]
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatters = [whole, fractional]
    }

    mutating func read(_ stamp: String) -> (Date, Day)? {
        if let found = known[stamp] { return found }
        guard let seconds = AuditTimes.utcSeconds(stamp)
                ?? formatters.lazy.compactMap({ $0.date(from: stamp) }).first.map({ Int($0.timeIntervalSince1970.rounded(.down)) })
        else { return nil }
        let hour = seconds >= 0 ? seconds / 3600 : (seconds - 3599) / 3600
        let offset: Int
        if let known = offsets[hour] {
            offset = known
        } else {
            offset = calendar.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour * 3600)))
            offsets[hour] = offset
        }
        let local = seconds + offset
        let day = Day(ordinal: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let found = (AuditTimes.date(stamp, seconds, formatters), day)
        known[stamp] = found
        return found
    }

    /// The exact time: whole seconds for csdash's own form, the formatter's for any other.
    private static func date(_ stamp: String, _ seconds: Int, _ formatters: [ISO8601DateFormatter]) -> Date {
        utcSeconds(stamp) != nil ? Date(timeIntervalSince1970: TimeInterval(seconds))
            : formatters.lazy.compactMap({ $0.date(from: stamp) }).first ?? Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Seconds since 1970 of `2016-12-06T14:03:09Z`; nil for any other form.
    static func utcSeconds(_ stamp: String) -> Int? {
        let bytes = Array(stamp.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let dayOfMonth = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              hour < 24, minute < 60, second < 61,
              let day = Day(year: year, month: month, day: dayOfMonth) else { return nil }
        return day.ordinal * 86_400 + hour * 3600 + minute * 60 + second
    }
}
