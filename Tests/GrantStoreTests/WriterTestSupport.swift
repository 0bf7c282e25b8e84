import Foundation
import GrantModel
import GrantStore
import Testing

/// Helpers for the tests of the write path: every byte of a folder, edits, the audit log.
enum WriterFixture {
    /// Every file of `folder` (hidden ones included) with its bytes.
    static func snapshot(_ folder: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
        }
        return files
    }

    /// Expects `folder` to hold exactly the files and bytes of `before`; the only file a failed
    /// writer may leave is an empty lock file (it takes the lock before it knows the change is bad).
    static func expectUnchanged(_ folder: String, since before: [String: [UInt8]],
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        var after = try snapshot(folder)
        if before[FolderLock.fileName] == nil, let lock = after[FolderLock.fileName] {
            #expect(lock.isEmpty, "the lock file holds data", sourceLocation: sourceLocation)
            after[FolderLock.fileName] = nil
        }
        #expect(Set(after.keys) == Set(before.keys),
                "files appeared or went: before \(before.keys.sorted()), after \(after.keys.sorted())",
                sourceLocation: sourceLocation)
        for (name, bytes) in before where after[name] != bytes {
            let message = "\(name) changed:\n--- before\n\(String(decoding: bytes, as: UTF8.self))\n--- after\n"
                + String(decoding: after[name] ?? [], as: UTF8.self)
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

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

    /// The rows of audit.csv (header included), parsed.
    static func auditRows(_ folder: String) throws -> [[String]] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + AuditLog.fileName)))
        switch CSVTokenizer.records(from: bytes) {
        case .success(let records): return records.filter { !$0.isBlank }.map { $0.fields.map(\.value) }
        case .failure(let failure):
            Issue.record("audit.csv is not valid CSV: \(failure)")
            return []
        }
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
