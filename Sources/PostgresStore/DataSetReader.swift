#if PostgreSQL
import Foundation
import GrantModel
import GrantStore
import PostgresNIO

/// The whole data set read from the database as the files it stands for (`DataSetInMemory`), so
/// that it is checked as a folder is, and each row's key kept to name it in diagnostics.
struct DataSetReader {
    var files: [String: [UInt8]] = [:]
    var rowNames = RowNames()

    static func read(_ session: DatabaseSession) async throws -> DataSetReader {
        var reader = DataSetReader()
        var headers: [String: [String]] = [:]
        for try await (table, columns) in try await session.run("SELECT table_name, columns FROM csdash_headers").decode((String, [String]).self) {
            headers[table] = columns
        }
        for layout in TableLayout.all {
            var rows: [(known: [String], extra: String)] = []
            for try await (known, extra) in try await session.run(PostgresQuery(unsafeSQL: layout.selectStatement)).decode(([String], String).self) {
                rows.append((known, extra))
            }
            let header = headers[layout.table]
            if rows.isEmpty && header == nil && layout.schema.mayBeAbsent { continue }
            reader.add(layout, header: header ?? layout.schema.columns, rows: rows)
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

    private mutating func add(_ layout: TableLayout, header: [String], rows: [(known: [String], extra: String)]) {
        let known = Dictionary(layout.schema.columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let keyIndexes = layout.keyColumns.compactMap { known[$0] }
        var writer = CSVWriter()
        writer.row(header)
        var line = 1 + newlines(in: writer.bytes[...])
        var lines: [(line: Int, key: String)] = []
        lines.reserveCapacity(rows.count)
        for row in rows {
            let extra = DataSetReader.extraColumns(row.extra)
            let fields = header.map { column in known[column].map { row.known[$0] } ?? extra[column] ?? "" }
            lines.append((line, keyIndexes.map { row.known[$0] }.joined(separator: ", ")))
            let start = writer.bytes.count
            writer.row(fields)
            line += newlines(in: writer.bytes[start...])
        }
        files[layout.schema.fileName] = writer.bytes
        rowNames.add(layout.table, fileName: layout.schema.fileName, lines: lines)
    }

    private func newlines(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The jsonb of columns csdash does not know: column name to text.
    static func extraColumns(_ json: String) -> [String: String] {
        guard json != "{}", let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [:] }
        return object.mapValues { value in (value as? String) ?? "\(value)" }
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
            let row = entry.lines.last { $0.line <= diagnostic.line }
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
}
#endif
