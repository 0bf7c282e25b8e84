import Foundation
import GrantStore
import Testing

/// `csdash returns --status overdue --format csv|markdown`: the list of returns to chase, with
/// the area's name, whether payment is held, and whom to call (areas.csv's optional contact).
struct ChaseListTests {
    static let wolverhamptonContact = "Karen Samuels, Head of Community Safety, 01902 551341, Karen.samuels@wolverhampton.gov.uk"

    /// The CSV's rows as dictionaries by column name.
    func csvRows(_ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> (header: [String], rows: [[String: String]]) {
        try #require(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        guard case .success(let records) = CSVReader.records(from: Array(result.stdout.utf8)) else {
            Issue.record("not CSV: \(result)", sourceLocation: sourceLocation)
            return ([], [])
        }
        let lines = records.filter { !$0.isBlank }.map { $0.fields.map(\.value) }
        let header = try #require(lines.first, sourceLocation: sourceLocation)
        return (header, lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
    }

    @Test func overdueCSVNamesTheAreaPaymentHeldAndContact() throws {
        let (header, rows) = try csvRows(try csdash("returns", sampleDataURL.path, "--as-of", "2017-03-01", "--status", "overdue", "--format", "csv"))
        for column in ["area_id", "quarter", "due", "days_overdue", "area_name", "payment_held", "contact"] {
            #expect(header.contains(column), "\(header)")
        }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["status"] == "overdue" && $0["payment_held"] == "true" }, "\(rows)")
        let wolverhampton = try #require(rows.first { $0["area_id"] == "wolverhampton" }, "\(rows)")
        #expect(wolverhampton["area_name"] == "Wolverhampton CC")
        #expect(wolverhampton["year"] == "2016/17")
        #expect(wolverhampton["quarter"] == "Q3")
        #expect(wolverhampton["due"] == "2017-01-30")
        #expect(wolverhampton["days_overdue"] == "30")
        #expect(wolverhampton["contact"] == Self.wolverhamptonContact)
        #expect(rows.first { $0["area_id"] == "solihull" }?["contact"] == "", "no contact: an empty cell")
        // Most overdue first: Solihull's Q2 (122 days) leads.
        #expect(rows.first?["area_id"] == "solihull" && rows.first?["days_overdue"] == "122")
    }

    @Test func overdueMarkdownShowsTheContact() throws {
        let result = try csdash("returns", sampleDataURL.path, "--as-of", "2017-03-01", "--status", "overdue", "--format", "markdown")
        #expect(result.status == 0, "\(result)")
        let line = try #require(result.stdoutLines.first { $0.contains("Wolverhampton CC") }, "\(result)")
        for cell in ["Q3", "2017-01-30", "30", "held", Self.wolverhamptonContact] {
            #expect(line.contains(cell), "\(cell) in \(line)")
        }
        #expect(result.stdoutLines.contains { $0.hasPrefix("|") && $0.contains("Contact") }, "\(result)")
    }

    @Test func theContactColumnIsOptional() throws {
        let folder = try SampleDataCopy()
        let areas = try FolderBytes.read(folder.path, "areas.csv")
        // Drop the contact column: the sixth field of each row (quoted contacts contain commas, so go through the reader).
        guard case .success(let records) = CSVReader.records(from: Array(areas.utf8)) else {
            Issue.record("areas.csv is not CSV")
            return
        }
        let rows = records.filter { !$0.isBlank }.map { $0.fields.map(\.value) }
        let contactIndex = try #require(rows.first?.firstIndex(of: "contact"))
        try Data(CSVWriter.text(rows.map { row in row.enumerated().filter { $0.offset != contactIndex }.map(\.element) }).utf8)
            .write(to: folder.url.appendingPathComponent("areas.csv"))

        let (header, chase) = try csvRows(try csdash("returns", folder.path, "--as-of", "2017-03-01", "--status", "overdue", "--format", "csv"))
        #expect(header.contains("contact"))
        #expect(!chase.isEmpty)
        #expect(chase.allSatisfy { $0["contact"] == "" })
    }
}
