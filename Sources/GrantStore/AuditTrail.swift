import Foundation
import GrantModel

/// The audit log read back (`DIR/audit.csv`, or a database's audit table rendered as its bytes):
/// the changes csdash made to returns, typed, for `--as-recorded` and the changes since a board,
/// and when the last change was made, for `check`. Columns are found by their header names.
public struct AuditTrail: Sendable {
    /// Every change to a figure of a return, in the order of the log (the order they were made).
    public var changes: [RecordedChange] = []
    /// When the log's last line was written; nil when there is no log or no line.
    public var lastChange: Date?
    /// Lines that cannot be read, each at its line and column (errors: a replay cannot trust
    /// the log; `check` reports them as warnings, since the data itself may be fine).
    public var problems: [Diagnostic] = []
    /// False when there is no log (a folder without audit.csv, a database whose audit table has no
    /// row): csdash has recorded no change there.
    public var exists = false

    public init() {}

    /// A log that is there but cannot be read at all: `problem` says why.
    public init(unreadable problem: Diagnostic) {
        problems = [problem]
        exists = true
    }

    /// The fields of a return whose history the figures need; changes to other columns are skipped.
    static let replayedFields: Set<String> = ["received", "planned", "spend", "notes"]

    /// Reads the log of `folder`; money is read in the currency of each return's funder in `grants`.
    /// `calendar` turns the log's UTC times into days (the local one, as `--as-of` is).
    public static func read(_ folder: String, for grants: Grants, calendar: Calendar = .current) -> AuditTrail {
        let path = DataFolder.filePath(folder, AuditLog.fileName)
        guard FileManager.default.fileExists(atPath: path) else { return AuditTrail() }
        switch FileBytes.read(path) {
        case .success(let bytes):
            return parse(bytes, path: path, for: grants, calendar: calendar)
        case .failure(let problem):
            return AuditTrail(unreadable: Diagnostic(path: path, message: "cannot be read: \(problem.reason)"))
        }
    }

    /// Reads a log's bytes, audit.csv's format, wherever they come from: `path` names them in the
    /// problems found, at their line and column (a database names its rows afterwards).
    public static func parse(_ bytes: [UInt8], path: String, for grants: Grants, calendar: Calendar = .current) -> AuditTrail {
        var trail = AuditTrail()
        trail.exists = true
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
