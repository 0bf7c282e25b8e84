#if PostgreSQL
import GrantStore

/// One file of the data folder as a table: the file's columns as text (as the file holds them,
/// so that a folder comes back as it went in), its row order in `position`, the columns csdash
/// does not know in `extra` (jsonb), and the file's keys and references as constraints.
struct TableLayout: Sendable {
    let schema: FileSchema
    let keyColumns: [String]
    /// Column to the table it names (by that table's key). Optional references are left to
    /// validation: an empty cell names nothing.
    let references: [(column: String, table: String, key: String)]

    var table: String { String(schema.fileName.dropLast(".csv".count)) }

    static let all: [TableLayout] = [
        TableLayout(schema: .funders, keyColumns: ["funder_id"], references: []),
        TableLayout(schema: .areas, keyColumns: ["area_id"], references: [("funder_id", "funders", "funder_id")]),
        TableLayout(schema: .allocations, keyColumns: ["area_id", "year"], references: [("area_id", "areas", "area_id")]),
        TableLayout(schema: .returns, keyColumns: ["area_id", "year", "quarter"], references: [("area_id", "areas", "area_id")]),
        TableLayout(schema: .projects, keyColumns: ["area_id", "year", "project_id"], references: [("area_id", "areas", "area_id")]),
        TableLayout(schema: .decisions, keyColumns: ["decision_ref"], references: [("funder_id", "funders", "funder_id")]),
        TableLayout(schema: .reserves, keyColumns: ["funder_id", "reserve"], references: [("funder_id", "funders", "funder_id")]),
        TableLayout(schema: .payments, keyColumns: ["area_id", "year", "quarter"], references: [("area_id", "areas", "area_id")]),
    ]

    static func of(_ schema: FileSchema) -> TableLayout {
        all.first { $0.schema.fileName == schema.fileName }!
    }

    var createStatement: String {
        var lines = ["position integer NOT NULL"]
        lines += schema.columns.map { "\(quoted($0)) text NOT NULL DEFAULT ''" }
        lines.append("extra jsonb NOT NULL DEFAULT '{}'")
        lines.append("PRIMARY KEY (\(keyColumns.map(quoted).joined(separator: ", ")))")
        for reference in references {
            lines.append("FOREIGN KEY (\(quoted(reference.column))) REFERENCES \(reference.table) (\(quoted(reference.key))) DEFERRABLE INITIALLY DEFERRED")
        }
        return "CREATE TABLE \(table) (\n  \(lines.joined(separator: ",\n  "))\n)"
    }

    /// The row's known columns as one text array and its other columns as jsonb text, in order.
    var selectStatement: String {
        "SELECT ARRAY[\(schema.columns.map(quoted).joined(separator: ", "))]::text[], extra::text FROM \(table) ORDER BY position"
    }
}

/// A name in double quotes (`year`, `user` and `reserve` are words SQL knows).
func quoted(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
#endif
