import GrantModel

/// A record read from a file, with the row it came from, so later checks can point at it.
struct Located<Value> {
    var value: Value
    var row: RowReader

    func diagnostic(_ column: String, _ message: String, severity: Diagnostic.Severity = .error) -> Diagnostic {
        let place = row.location(of: column)
        return Diagnostic(path: row.table.path, line: place.line, column: place.column, severity: severity, message: message)
    }
}
