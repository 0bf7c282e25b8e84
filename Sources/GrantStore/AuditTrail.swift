import Foundation
import GrantModel

/// `DIR/audit.csv` read back: the changes csdash made to returns, typed, for `--as-recorded`,
/// and when the last change was made, for `check`. Columns are found by their header names.
public struct AuditTrail: Sendable {
    /// Every change to a figure of a return, in the order of the log (the order they were made).
    public var changes: [RecordedChange] = []
    /// When the log's last line was written; nil when there is no log or no line.
    public var lastChange: Date?
    /// Lines that cannot be read, each at its line and column (errors: a replay cannot trust
    /// the log; `check` reports them as warnings, since the data itself may be fine).
    public var problems: [Diagnostic] = []
    /// False when the folder has no audit.csv: csdash has recorded no change there.
    public var exists = false

    /// The fields of a return whose history the figures need; changes to other columns are skipped.
    static let replayedFields: Set<String> = ["received", "planned", "spend", "notes"]

    /// Reads the log of `folder`; money is read in the currency of each return's funder in `grants`.
    /// `calendar` turns the log's UTC times into days (the local one, as `--as-of` is).
    public static func read(_ folder: String, for grants: Grants, calendar: Calendar = .current) -> AuditTrail {
        let path = DataFolder.filePath(folder, AuditLog.fileName)
        var trail = AuditTrail()
        guard FileManager.default.fileExists(atPath: path) else { return trail }
        trail.exists = true
        let bytes: [UInt8]
        switch FileBytes.read(path) {
        case .success(let read): bytes = read
        case .failure(let problem):
            trail.problems.append(Diagnostic(path: path, message: "cannot be read: \(problem.reason)"))
            return trail
        }
        let table: CSVTable
        switch CSVTable.parse(path: path, bytes: bytes) {
        case .failure(let problem):
            trail.problems.append(problem)
            return trail
        case .success(let parsed): table = parsed
        }
        let missing = AuditLog.header.filter { table.columnIndex[$0] == nil }
        guard missing.isEmpty else {
            trail.problems.append(Diagnostic(path: path, line: 1, column: 1,
                                             message: "the header has no \(missing.joined(separator: ", ")): an audit log has the columns \(AuditLog.header.joined(separator: ","))"))
            return trail
        }
        var times = AuditTimes(calendar: calendar)
        // A log names the same few returns again and again: each key is read once.
        var keys: [String: Grants.ReturnKey?] = [:]
        var write = 0
        var previousWrite: [String]?
        table.walkRows { row in
            guard row.isValid else {
                trail.problems += row.problems
                return
            }
            let stamp = row.text("time")
            guard let (date, day) = times.read(stamp) else {
                row.fail("time", "time \(row.quoted(stamp)) is not a time csdash writes: expected e.g. 2016-12-06T14:03:09Z (UTC)")
                trail.problems += row.problems
                return
            }
            trail.lastChange = date
            let thisWrite = [stamp, row.text("user"), row.text("command"), row.text("key")]
            if thisWrite != previousWrite { write += 1 }
            previousWrite = thisWrite
            guard row.text("file") == FileSchema.returns.fileName, replayedFields.contains(row.text("field")) else { return }
            let keyText = row.text("key")
            if keys[keyText] == nil { keys[keyText] = returnKey(keyText) }
            if let change = recordedChange(&row, key: keys[keyText]!, day: day, write: write, grants: grants) {
                trail.changes.append(change)
            }
            trail.problems += row.problems
        }
        return trail
    }

    /// One line about a figure of a return; nil (with the problem noted in `row`) when its key or
    /// a value cannot be read.
    private static func recordedChange(_ row: inout RowReader, key: Grants.ReturnKey?, day: Day, write: Int,
                                       grants: Grants) -> RecordedChange? {
        guard let key else {
            row.fail("key", "key \(row.quoted(row.text("key"))) does not name a return: expected area, year and quarter, e.g. solihull 2016/17 Q2")
            return nil
        }
        let currency = grants.area(key.areaID).flatMap { grants.funder($0.funderID) }?.currency
        func value(_ column: String) -> RecordedChange.Value? {
            switch row.text("field") {
            case "received":
                let day = row.day(column, required: false)
                return row.isValid ? .received(day) : nil
            case "planned":
                let money = row.money(column, currency: currency, required: false)
                return row.isValid ? .planned(money) : nil
            case "spend":
                let money = row.money(column, currency: currency, required: false)
                return row.isValid ? .spend(money) : nil
            default:
                return .notes(row.text(column))
            }
        }
        guard let old = value("old"), let new = value("new") else { return nil }
        return RecordedChange(day: day, write: write, key: key, old: old, new: new)
    }

    /// `solihull 2016/17 Q2`: the year and quarter are the last two words, the area all before them.
    static func returnKey(_ text: String) -> Grants.ReturnKey? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 3, let quarter = Quarter(String(words[words.count - 1])),
              case .success(let year) = FinancialYear.parse(String(words[words.count - 2])) else { return nil }
        return Grants.ReturnKey(areaID: words.dropLast(2).joined(separator: " "), year: year, quarter: quarter)
    }
}

/// The log's times, read once each (the lines of one write share their time). csdash writes
/// `2016-12-06T14:03:09Z`, read here by hand: a log of a few hundred thousand lines would spend
/// seconds in a date formatter. Any other ISO 8601 form (fractional seconds) goes to one.
private struct AuditTimes {
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
