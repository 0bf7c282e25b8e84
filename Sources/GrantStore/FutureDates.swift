import GrantModel

/// Received dates after today, the real date (not `--as-of`): no return can have arrived yet, so
/// the date is mistyped (2052 for 2025). The writers refuse one; `check` warns of one already in
/// a file, since a replayed board would count that return as not received, and overdue.
public enum FutureDates {
    /// What is wrong with `received` typed on `today`; nil when it may be recorded.
    public static func problem(received: Day, today: Day) -> String? {
        guard received > today else { return nil }
        return "received \(received) is after today (\(today)): a return cannot have arrived yet; check the year"
    }

    /// A warning at each received date in the folder's returns.csv that is after `today`.
    public static func warnings(in loaded: LoadedFolder, today: Day) -> [Diagnostic] {
        guard let table = loaded.tables[FileSchema.returns.fileName] else { return [] }
        var warnings: [Diagnostic] = []
        for index in 0..<table.rows.count {
            var row = RowReader(table: table, checkedRow: index)
            guard let received = row.day("received", required: false), let message = problem(received: received, today: today) else { continue }
            let place = row.location(of: "received")
            warnings.append(Diagnostic(path: table.path, line: place.line, column: place.column, severity: .warning, message: message))
        }
        return warnings
    }
}
