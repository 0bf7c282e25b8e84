#if PostgreSQL
import CSDashTestSupport
import Foundation
import GrantStore
import Testing

/// The server writes each table's lines (`TableText`): the file `db pull` gives back must be the
/// bytes `CSVWriter` writes for the same fields, however awkward the values, and each row must
/// still be named by its key in diagnostics, after values that span lines too.
@Suite(.enabled(if: PrivateServer.isRunning, "needs the private PostgreSQL of scripts/test.sh"))
struct TableTextTests {
    static let awkward = [
        "plain", "a,comma", #"say "hi""#, "two\nlines", "carriage\rreturn", "windows\r\nline", " leading", "trailing ", "",
        "=SUM(A1:A2)", "+44 121 000", "-3", "@cmd", "Ynys Môn – Anglesey ✓", #"""#, ",", #""""#, "\n", "tab\there", "back\\slash",
        "$v$dollar", "'single'",
    ]
    /// The file's header: its known columns in another order than the schema's, and columns csdash
    /// does not know (one named awkwardly, one no row has a value for) between them.
    static let header = ["name", "funder_id", "contact, \"main\"", "currency", "unset", "return_due_days"]

    static func literal(_ text: String) -> String {
        "$q$" + text + "$q$"
    }

    /// A database holding one funder per value of `texts` (as name and currency, and reversed in an
    /// unknown column), under `header`; the rows the file must hold.
    static func funders(_ texts: [String]) throws -> (database: String, rows: [[String]]) {
        let database = try PrivateServer.initialised()
        var rows: [[String]] = [header]
        var values: [String] = []
        for (index, text) in texts.enumerated() {
            let id = "f\(index)"
            let other = texts.reversed()[index]
            rows.append([text, id, other, text, "", "30"])
            values.append("(\(index), \(literal(id)), \(literal(text)), \(literal(text)), '30', "
                          + "jsonb_build_object(\(literal("contact, \"main\"")), \(literal(other))))")
        }
        try PrivateServer.sql("""
            INSERT INTO csdash_headers (table_name, columns) VALUES ('funders', ARRAY[\(header.map(literal).joined(separator: ", "))]);
            INSERT INTO funders (position, funder_id, name, currency, return_due_days, extra) VALUES \(values.joined(separator: ", "))
            """, database: database)
        return (database, rows)
    }

    @Test func eachFieldIsWrittenAsCSVWriterWritesIt() throws {
        let (database, rows) = try Self.funders(Self.awkward)
        let pulled = ScratchFolder()
        let pull = try csdash("db", "pull", PrivateServer.url(database: database), pulled.path)
        try #require(pull.status == 0, "\(pull)")
        var writer = CSVWriter()
        for row in rows { writer.row(row) }
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: pulled.file("funders.csv"))))
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: writer.bytes, as: UTF8.self))
        #expect(written == writer.bytes)

        // A carriage return alone stops the file's reading as it would a folder's, named by its row.
        let check = try csdash("check", PrivateServer.url(database: database))
        #expect(check.stderr.hasPrefix("funders (f4): error: control character \\r"), "\(check.stderr)")
    }

    /// Every currency but GBP's, EUR's and USD's is an error, each named by its own row's key
    /// however many lines the rows before it span.
    @Test func eachRowIsNamedByItsKeyAfterValuesSpanningLines() throws {
        let texts = Self.awkward.filter { !$0.contains("\r") || $0.contains("\r\n") }
        let (database, _) = try Self.funders(texts)
        let check = try csdash("check", PrivateServer.url(database: database))
        #expect(check.status != 0)
        for (index, text) in texts.enumerated() where !["GBP", "EUR", "USD"].contains(text) {
            #expect(check.stderr.contains("funders (f\(index)): error:"), "\(check.stderr)")
        }
    }
}
#endif
