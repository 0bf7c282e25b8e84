#if PostgreSQL
import Foundation
import GrantModel
import GrantStore
import PostgresNIO

/// A write refused by csdash's own checks (an invalid result, a checked edit whose fields
/// changed), its problems named by table and key; the transaction is rolled back.
struct StagedRefusal: Error {
    let refusal: WriteError
}

/// One edit inside the caller's transaction: the data set's write turn and the rows it changes
/// locked (waiting at most 2 s), the data set re-read under the locks, the edit applied and checked as a folder's would be
/// (`DataSetInMemory.applying`), the rows that changed written, their audit rows inserted and
/// the change announced: the commit makes all of it visible at once, or none of it.
struct RowWriter {
    let session: DatabaseSession
    let layout: TableLayout
    /// The advisory lock every csdash writer of a database takes first (`lock`).
    static let writeTurn = "csdash data set"

    func apply(_ edits: [ReturnEdit], source: String, command: String, dryRun: Bool) async throws -> (ReturnsWriter.Outcome, RowNames) {
        try await session.run(sql: "SET LOCAL lock_timeout = '\(DatabaseSession.lockTimeout)'")
        try await lock(edits)
        let reader = try await DataSetReader.read(session)
        let dataSet = DataSetInMemory(source: source, files: reader.files)
        let staged: (outcome: ReturnsWriter.Outcome, rows: [[String]])
        do {
            staged = try dataSet.applying(edits, to: layout.schema)
        } catch {
            throw StagedRefusal(refusal: named(error, reader.rowNames, source: source))
        }
        if !dryRun && !staged.outcome.changes.isEmpty {
            try await writeChanged(staged.rows, over: reader.files[layout.schema.fileName], source: source)
            try await audit(staged.outcome.changes, command: command)
            try await session.run(sql: "NOTIFY \(DatabaseSchema.changesChannel)")
        }
        return (staged.outcome, reader.rowNames)
    }

    /// The data set's write turn: the checks span rows and tables (a key once in its table, a
    /// payment against its return, a return against its area's allocation), so two writers that
    /// each checked their own snapshot could together leave data that neither would let through. Writers take
    /// turns, as they do on a folder's lock; readers never wait. Then the rows themselves, FOR
    /// UPDATE, against anyone changing them with SQL outside csdash.
    private func lock(_ edits: [ReturnEdit]) async throws {
        try await session.execute("SELECT pg_advisory_xact_lock(hashtextextended(\(RowWriter.writeTurn), 0))")
        let areas = edits.map(\.areaID), years = edits.map { "\($0.year)" }, quarters = edits.map { "\($0.quarter)" }
        try await session.execute(PostgresQuery(unsafeSQL: """
            SELECT 1 FROM \(layout.table) WHERE (area_id, "year", quarter) IN
              (SELECT * FROM unnest($1::text[], $2::text[], $3::text[])) ORDER BY position FOR UPDATE
            """, binds: try arrayBindings(areas, years, quarters)))
    }

    /// The rows of the edited file that differ from the table's, by their key's text: updated,
    /// inserted after the last, or removed (an undone insert).
    private func writeChanged(_ rows: [[String]], over original: [UInt8]?, source: String) async throws {
        guard let header = rows.first else { return }
        let known = Set(layout.schema.columns)
        let keyIndexes = layout.keyColumns.compactMap { header.firstIndex(of: $0) }
        func key(_ fields: [String]) -> [String] { keyIndexes.map { fields[$0] } }
        var before: [[String]: [String]] = [:]
        if let original, case .success(let table) = CSVTable.parse(path: source, bytes: original) {
            for record in table.records {
                let fields = record.fields.map(\.value)
                before[key(fields)] = fields
            }
        }
        var seen: Set<[String]> = []
        for fields in rows.dropFirst() {
            let rowKey = key(fields)
            seen.insert(rowKey)
            guard before[rowKey] != fields else { continue }
            var values: [String: String] = [:], extra: [String: String] = [:]
            for (column, value) in zip(header, fields) {
                if known.contains(column) { values[column] = value } else { extra[column] = value }
            }
            let extraText = String(decoding: try JSONSerialization.data(withJSONObject: extra, options: [.sortedKeys]), as: UTF8.self)
            let columns = layout.schema.columns
            if before[rowKey] == nil {
                try await session.execute(PostgresQuery(unsafeSQL: """
                    INSERT INTO \(layout.table) (position, \(columns.map(quoted).joined(separator: ", ")), extra)
                    SELECT coalesce(max(position), -1) + 1, \(columns.indices.map { "$\($0 + 1)" }.joined(separator: ", ")), $\(columns.count + 1)::jsonb
                    FROM \(layout.table)
                    """, binds: try bindings(columns.map { values[$0] ?? "" } + [extraText])))
            } else {
                let assignments = columns.indices.map { "\(quoted(columns[$0])) = $\($0 + 1)" }.joined(separator: ", ")
                let keyTests = layout.keyColumns.indices.map { "\(quoted(layout.keyColumns[$0])) = $\(columns.count + 2 + $0)" }
                try await session.execute(PostgresQuery(unsafeSQL: """
                    UPDATE \(layout.table) SET \(assignments), extra = $\(columns.count + 1)::jsonb WHERE \(keyTests.joined(separator: " AND "))
                    """, binds: try bindings(columns.map { values[$0] ?? "" } + [extraText] + rowKey)))
            }
        }
        for gone in before.keys where !seen.contains(gone) {
            let keyTests = layout.keyColumns.indices.map { "\(quoted(layout.keyColumns[$0])) = $\($0 + 1)" }
            try await session.execute(PostgresQuery(unsafeSQL: "DELETE FROM \(layout.table) WHERE \(keyTests.joined(separator: " AND "))",
                                                binds: try bindings(gone)))
        }
    }

    /// Every changed field's audit row, in the change's transaction: no change without its audit.
    /// The user is the role that made the change, as the server knows it.
    private func audit(_ changes: [FieldChange], command: String) async throws {
        let files = changes.map(\.file), keys = changes.map(\.key), fields = changes.map(\.field)
        let olds = changes.map(\.old), news = changes.map(\.new)
        try await session.execute("""
            INSERT INTO audit ("time", "user", command, file, key, field, old, new)
            SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, \(command), f, k, c, o, n
            FROM unnest(\(files)::text[], \(keys)::text[], \(fields)::text[], \(olds)::text[], \(news)::text[]) AS t(f, k, c, o, n)
            """)
    }

    private func named(_ error: WriteError, _ rowNames: RowNames, source: String) -> WriteError {
        guard case .invalid(let problems) = error else { return error }
        return .invalid(problems.map { rowNames.naming($0, source: source) })
    }
}

func bindings(_ values: [String]) throws -> PostgresBindings {
    var binds = PostgresBindings(capacity: values.count)
    for value in values { binds.append(value) }
    return binds
}

func arrayBindings(_ columns: [String]...) throws -> PostgresBindings {
    var binds = PostgresBindings(capacity: columns.count)
    for column in columns { binds.append(column) }
    return binds
}
#endif
