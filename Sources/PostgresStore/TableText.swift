#if PostgreSQL
import PostgresNIO

/// A table's rows as the lines of the file it stands for, written by the server: one text per row
/// instead of an array of fields to decode, lay out as CSV and parse again, which made reading a
/// national data set take seconds. Fields are quoted exactly as `CSVWriter` quotes them.
struct TableText {
    let layout: TableLayout
    /// The file's columns in order, unknown ones (kept in `extra`) included.
    let header: [String]

    /// Each row's key (its key columns' values joined by ", ", as diagnostics name it) and its
    /// line without the line end, in the file's order.
    var query: PostgresQuery {
        let known = Set(layout.schema.columns)
        var binds = PostgresBindings()
        if header.contains(where: { !known.contains($0) }) { binds.append(header) }
        let fields = header.indices.map { index in
            known.contains(header[index]) ? quoted(header[index]) : "coalesce(extra ->> ($1::text[])[\(index + 1)], '')"
        }
        let line = fields.isEmpty ? "''" : fields.map(csvField).joined(separator: " || ',' || ")
        let key = "concat_ws(', ', \(layout.keyColumns.map(quoted).joined(separator: ", ")))"
        return PostgresQuery(unsafeSQL: "SELECT \(key), \(line) FROM \(layout.table) ORDER BY position", binds: binds)
    }
}

/// The SQL for `value` written as a CSV field: in double quotes, its own doubled, when it holds a
/// double quote, a comma or a line end (CR or LF); as it is otherwise, spaces and all.
func csvField(_ value: String) -> String {
    #"CASE WHEN \#(value) ~ E'[",\r\n]' THEN '"' || replace(\#(value), '"', '""') || '"' ELSE \#(value) END"#
}
#endif
