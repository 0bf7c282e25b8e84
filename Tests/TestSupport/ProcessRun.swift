import Foundation

/// What one run of a program did.
public struct RunResult: CustomStringConvertible, Sendable {
    public var arguments: [String]
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(arguments: [String], status: Int32, stdout: String, stderr: String) {
        self.arguments = arguments
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    public var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    public var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

    public var description: String {
        "csdash \(arguments.joined(separator: " ")) → exit \(status)\n--- stdout:\n\(stdout)\n--- stderr:\n\(stderr)"
    }
}

/// Runs `binary` with `arguments` in `directory`, with the environment of the tests changed by
/// `environment` (nil removes a variable), and waits for it. Output goes through files, so that a
/// long listing cannot block on a full pipe.
public func run(_ binary: URL, _ arguments: [String], in directory: URL? = nil,
                environment: [String: String?] = [:]) throws -> RunResult {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)

    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var variables = ProcessInfo.processInfo.environment
    for (key, value) in environment { variables[key] = value }
    process.environment = variables
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return RunResult(arguments: arguments, status: process.terminationStatus,
                     stdout: try String(contentsOf: outURL, encoding: .utf8),
                     stderr: try String(contentsOf: errURL, encoding: .utf8))
}
