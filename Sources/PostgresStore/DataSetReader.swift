#if PostgreSQL
import GrantModel
import GrantStore
import PostgresNIO

/// The whole data set read from the database as the files it stands for (`DataSetInMemory`), so
/// that it is checked as a folder is, and each row's key kept to name it in diagnostics.
struct DataSetReader {
    var files: [String: [UInt8]] = [:]
    var rowNames = RowNames()

    /// Files a first look leaves for later (`DataFolder.readAfterFirstLook`) that the data set has.
    var unread: [String] = []

    /// Every table, or with `firstLook` every table but those a first frame does not need.
    static func read(_ session: DatabaseSession, firstLook: Bool = false) async throws -> DataSetReader {
        var reader = DataSetReader()
        var headers: [String: [String]] = [:]
        for try await (table, columns) in try await session.run("SELECT table_name, columns FROM csdash_headers").decode((String, [String]).self) {
            headers[table] = columns
        }
        for layout in TableLayout.all {
            let header = headers[layout.table]
            if firstLook && DataFolder.readAfterFirstLook.contains(layout.schema.fileName) {
                var present = header != nil
                if !present { present = try await hasRows(layout, session) }
                if present { reader.unread.append(layout.schema.fileName) }
                continue
            }
            let rows = try await session.run(TableText(layout: layout, header: header ?? layout.schema.columns).query)
            try await reader.add(layout, header: header, rows: rows)
        }
        return reader
    }

    /// The audit log as audit.csv holds it.
    static func auditLines(_ session: DatabaseSession) async throws -> [UInt8] {
        var writer = CSVWriter()
        writer.row(AuditLog.header)
        let query: PostgresQuery = #"SELECT ARRAY["time", "user", command, file, key, field, old, new] FROM audit ORDER BY id"#
        for try await fields in try await session.run(query).decode([String].self) { writer.row(fields) }
        return writer.bytes
    }

    /// A table's lines as its file, each row's first line kept with the row's key; a table that may
    /// be absent and has neither rows nor a header is left out, as a folder without the file.
    private mutating func add(_ layout: TableLayout, header: [String]?, rows: PostgresRowSequence) async throws {
        var writer = CSVWriter()
        writer.row(header ?? layout.schema.columns)
        var bytes = writer.bytes
        var line = 1 + bytes.count { $0 == 0x0A }
        var lines: [(line: Int, key: String)] = []
        for try await (key, text) in rows.decode((String, String).self) {
            lines.append((line, key))
            bytes.append(contentsOf: text.utf8)
            bytes.append(0x0A)
            line += 1 + text.utf8.count { $0 == 0x0A }
        }
        if lines.isEmpty && header == nil && layout.schema.mayBeAbsent { return }
        files[layout.schema.fileName] = bytes
        rowNames.add(layout.table, fileName: layout.schema.fileName, lines: lines)
    }

    private static func hasRows(_ layout: TableLayout, _ session: DatabaseSession) async throws -> Bool {
        let rows = try await session.run(PostgresQuery(unsafeSQL: "SELECT 1 FROM \(layout.table) LIMIT 1")).collect()
        return !rows.isEmpty
    }
}

/// Which row of which table each line of the generated files is, so that a problem is named as
/// `returns (solihull, 2016/17, Q2): error: …` rather than by a line of a file nobody has.
struct RowNames: Sendable {
    private var tables: [String: (table: String, lines: [(line: Int, key: String)])] = [:]

    mutating func add(_ table: String, fileName: String, lines: [(line: Int, key: String)]) {
        tables[fileName] = (table, lines)
    }

    func naming(_ diagnostic: Diagnostic, source: String) -> Diagnostic {
        for (fileName, entry) in tables where diagnostic.path == DataFolder.filePath(source, fileName) {
            var named = diagnostic
            named.line = 0
            named.column = 0
            let row = Self.row(at: diagnostic.line, in: entry.lines)
            if diagnostic.line == 0 {
                named.path = entry.table
            } else if let row {
                named.path = "\(entry.table) (\(row.key))"
            } else {
                named.path = "\(entry.table) (columns)"
            }
            return named
        }
        return diagnostic
    }

    /// The last row starting at or before `line`, found by halving: a national data set's
    /// diagnostics would otherwise each walk a hundred thousand rows.
    private static func row(at line: Int, in lines: [(line: Int, key: String)]) -> (line: Int, key: String)? {
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].line <= line { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? lines[low - 1] : nil
    }
}
#endif
