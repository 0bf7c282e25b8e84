import Foundation
import GrantModel
import GrantStore
import Testing

/// Helpers for the tests of the write path: edits, files, refusals (every byte of a folder and
/// the audit log: `FolderBytes`).
enum WriterFixture {
    /// Names in `folder` that look like a writer's temporary file.
    static func temporaryFiles(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
    }

    static func bytes(_ folder: DataFolderFixture, _ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.url.appendingPathComponent(name)))
    }

    /// An edit of `area`'s 2016/17 `quarter`.
    static func edit(_ area: String, _ quarter: Quarter, year: String = "2016/17", _ fields: [String: String]) -> ReturnEdit {
        ReturnEdit(areaID: area, year: fy(year), quarter: quarter, fields: fields)
    }

    /// The error a write threw, or a test failure when it succeeded.
    static func writeError(_ body: () throws(WriteError) -> ReturnsWriter.Outcome,
                           sourceLocation: SourceLocation = #_sourceLocation) -> WriteError? {
        do {
            let outcome = try body()
            Issue.record("expected the write to fail; it changed \(outcome.changes)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    /// The minimal folder's returns.csv with an unknown column (`officer`), a quoted note with a
    /// comma, a quote and a line break, a UK-style date and an extra not-yet-received row.
    static let returnsWithOfficer = """
        area_id,year,quarter,received,planned,spend,officer,notes
        bham,2016/17,Q1,20/07/2016,400,100,Ann Smith,"late, chased twice; said ""soon""
        second line of the note"
        solihull,2016/17,Q1,2016-07-21,200,50,Bob Jones,
        bham,2016/17,Q2,,,,Cat Lee,awaiting

        """
}
