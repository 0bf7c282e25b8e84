import Foundation
import GrantStore
import Testing

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
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
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
