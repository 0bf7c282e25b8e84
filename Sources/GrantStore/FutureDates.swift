import GrantModel

/// Received, reviewed and paid dates after today, the real date (not `--as-of`): no return can
/// have arrived, been reviewed or paid for yet, so the date is mistyped (2052 for 2025). The
/// writers refuse one; `check` warns of one already in a file, since a replayed board would count
/// that return as not received (and overdue), not reviewed, or not paid.
public enum FutureDates {
    /// What is wrong with `received` typed on `today`; nil when it may be recorded.
    public static func problem(received: Day, today: Day) -> String? {
        guard received > today else { return nil }
        return "received \(received) is after today (\(today)): a return cannot have arrived yet; check the year"
    }

    /// What is wrong with a review dated `reviewed` typed on `today`; nil when it may be recorded.
    public static func problem(reviewed: Day, today: Day) -> String? {
        guard reviewed > today else { return nil }
        return "reviewed \(reviewed) is after today (\(today)): a return cannot have been reviewed yet; check the year"
    }

    /// What is wrong with a payment dated `paid` typed on `today`; nil when it may be recorded.
    public static func problem(paid: Day, today: Day) -> String? {
        guard paid > today else { return nil }
        return "paid \(paid) is after today (\(today)): a payment cannot have been made yet (leave paid out for a scheduled instalment); check the year"
    }

    /// A warning at each received or reviewed date in returns.csv, and each paid date in
    /// payments.csv, that is after `today`.
    public static func warnings(in loaded: LoadedFolder, today: Day) -> [Diagnostic] {
        let checks: [(file: FileSchema, column: String, problem: (Day, Day) -> String?)] = [
            (.returns, "received", { problem(received: $0, today: $1) }),
            (.returns, "reviewed", { problem(reviewed: $0, today: $1) }),
            (.payments, "paid", { problem(paid: $0, today: $1) }),
        ]
        var warnings: [Diagnostic] = []
        for file in [FileSchema.returns, .payments] {
            guard let table = loaded.tables[file.fileName] else { continue }
            table.walkRows { row in
                for check in checks where check.file.fileName == file.fileName {
                    guard let day = row.day(check.column, required: false), let message = check.problem(day, today) else { continue }
                    let place = row.location(of: check.column)
                    warnings.append(Diagnostic(path: table.path, line: place.line, column: place.column, severity: .warning, message: message))
                }
            }
        }
        return warnings
    }
}
