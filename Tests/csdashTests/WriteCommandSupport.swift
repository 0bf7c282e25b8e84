import Foundation
import GrantStore
import Testing

/// Helpers for the tests of `record`, `import` and the folder they write: every byte of a
/// folder, the audit log, and csdash processes started in the background.
enum FolderBytes {
    /// Every file of `folder` (hidden ones included) with its bytes.
    static func snapshot(_ folder: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
        }
        return files
    }

    /// Expects `folder` to hold exactly the files and bytes of `before`, except that a writer that
    /// took the lock before it failed may leave an empty lock file.
    static func expectUnchanged(_ folder: String, since before: [String: [UInt8]],
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        var after = try snapshot(folder)
        if before[FolderLock.fileName] == nil, let lock = after[FolderLock.fileName] {
            #expect(lock.isEmpty, "the lock file holds data", sourceLocation: sourceLocation)
            after[FolderLock.fileName] = nil
        }
        #expect(after.keys.sorted() == before.keys.sorted(), "files appeared or went", sourceLocation: sourceLocation)
        for (name, bytes) in before where after[name] != bytes {
            Issue.record("\(name) changed", sourceLocation: sourceLocation)
        }
    }

    /// The rows of DIR/audit.csv, header included; every line must be whole (8 fields).
    static func auditRows(_ folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String]] {
        let path = folder + "/" + AuditLog.fileName
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        switch CSVTokenizer.records(from: bytes) {
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

    static func read(_ folder: String, _ name: String) throws -> String {
        try String(contentsOf: URL(fileURLWithPath: folder + "/" + name), encoding: .utf8)
    }
}

/// A csdash started in the background, its output going to files.
final class BackgroundCSDash {
    let process = Process()
    let arguments: [String]
    private let scratch: URL

    init(_ arguments: [String]) throws {
        self.arguments = arguments
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-bg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.executableURL = csdashBinary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CSDASH_DATA"] = nil
        environment["TERM"] = "dumb"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
    }

    /// Waits for it to end; its result.
    func finish() throws -> RunResult {
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return RunResult(arguments: arguments, status: status,
                         stdout: (try? String(contentsOf: scratch.appendingPathComponent("stdout"), encoding: .utf8)) ?? "",
                         stderr: (try? String(contentsOf: scratch.appendingPathComponent("stderr"), encoding: .utf8)) ?? "")
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: scratch)
    }
}

/// A file outside any data folder (an area's return file for import); removed when released.
final class ScratchFile {
    let url: URL
    var path: String { url.path }

    init(_ name: String, _ text: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
    }

    deinit { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
}
