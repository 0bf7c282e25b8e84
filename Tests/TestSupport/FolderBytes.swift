// A release build of every target (`make bench`) compiles this module without the Testing
// library; only the tests use what needs it.
#if canImport(Testing)
import Foundation
import GrantStore
import Testing

/// Every byte of a data folder, to prove that a refused change wrote nothing; and its audit log.
public enum FolderBytes {
    /// Every file of `folder` (hidden ones included) with its bytes.
    public static func snapshot(_ folder: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
        }
        return files
    }

    /// Expects `folder` to hold exactly the files and bytes of `before`; the only file a failed
    /// writer may leave is an empty lock file (it takes the lock before it knows the change is bad).
    public static func expectUnchanged(_ folder: String, since before: [String: [UInt8]],
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

    /// The rows of DIR/audit.csv, header included (none when there is no audit log yet); every
    /// line must be whole (8 fields).
    public static func auditRows(_ folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String]] {
        let path = folder + "/" + AuditLog.fileName
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        switch CSVReader.records(from: bytes) {
        case .success(let records):
            let rows = records.filter { !$0.isBlank }.map { $0.fields.map(\.value) }
            #expect(rows.allSatisfy { $0.count == 8 }, "a torn audit line:\n\(String(decoding: bytes, as: UTF8.self))",
                    sourceLocation: sourceLocation)
            return rows
        case .failure(let failure):
            Issue.record("audit.csv is not valid CSV: \(failure)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// A file of `folder` as text.
    public static func read(_ folder: String, _ name: String) throws -> String {
        try String(contentsOf: URL(fileURLWithPath: folder + "/" + name), encoding: .utf8)
    }
}
#endif
