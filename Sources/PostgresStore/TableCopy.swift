#if PostgreSQL
import Foundation
import PostgresNIO

/// Rows copied into a table many at a time (one statement per `batch` rows, each column bound as
/// an array and unnested), so that a national folder's hundreds of thousands of rows go in
/// within seconds rather than one round trip each.
struct TableCopy {
    let session: DatabaseSession
    let layout: TableLayout
    static let batch = 5000

    /// `rows` under `header` (the file's, unknown columns included), in their order.
    func insert(header: [String], rows: [[String]]) async throws {
        let columns = layout.schema.columns
        let indexOf = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let extraColumns = header.filter { !columns.contains($0) }
        let targets = (["position"] + columns.map(quoted) + ["extra"]).joined(separator: ", ")
        let sources = (["$1::integer[]"] + columns.indices.map { "$\($0 + 2)::text[]" } + ["$\(columns.count + 2)::jsonb[]"])
            .joined(separator: ", ")
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + TableCopy.batch, rows.count)]
            var arrays = Array(repeating: [String](), count: columns.count + 2)
            for (offset, row) in chunk.enumerated() {
                func value(_ column: String) -> String { indexOf[column].flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
                arrays[0].append(String(start + offset))
                for (index, column) in columns.enumerated() { arrays[index + 1].append(value(column)) }
                let extra = Dictionary(uniqueKeysWithValues: extraColumns.map { ($0, value($0)) })
                arrays[columns.count + 1].append(String(decoding: try JSONSerialization.data(withJSONObject: extra, options: [.sortedKeys]),
                                                        as: UTF8.self))
            }
            var binds = PostgresBindings(capacity: arrays.count)
            for array in arrays { binds.append(array) }
            try await session.execute(PostgresQuery(unsafeSQL: "INSERT INTO \(layout.table) (\(targets)) SELECT * FROM unnest(\(sources))", binds: binds))
            start += TableCopy.batch
        }
    }

    /// audit.csv's rows (without its header), in order.
    static func insertAudit(_ rows: [[String]], session: DatabaseSession) async throws {
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + batch, rows.count)]
            var arrays = Array(repeating: [String](), count: 8)
            for row in chunk {
                for index in 0..<8 { arrays[index].append(index < row.count ? row[index] : "") }
            }
            var binds = PostgresBindings(capacity: 8)
            for array in arrays { binds.append(array) }
            try await session.execute(PostgresQuery(unsafeSQL: """
                INSERT INTO audit ("time", "user", command, file, key, field, old, new)
                SELECT a, b, c, d, e, f, g, h
                FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
                  WITH ORDINALITY AS t(a, b, c, d, e, f, g, h, n) ORDER BY n
                """, binds: binds))
            start += batch
        }
    }
}
#endif
