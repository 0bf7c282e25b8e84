import Foundation
import Testing

/// The package root (the folder holding Package.swift), found by walking up from this file.
let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        url = url.deletingLastPathComponent()
    }
    fatalError("no Package.swift above \(#filePath)")
}()

let sampleDataURL = packageRoot.appendingPathComponent("sample-data")

/// The built `csdash` executable: the one beside this test bundle in the same build folder, so
/// that `swift test --scratch-path X` tests X's binary, and `-c release` the release one.
///
/// `swift test` builds every product before it runs the tests, the executable included. The test
/// bundle is `<scratch>/<triple>/<config>/<package>PackageTests.xctest` (a file on Linux, a bundle
/// folder on macOS), and `csdash` sits in the same `<config>` folder. `CSDASH_BINARY` overrides.
let csdashBinary: URL = {
    let fileManager = FileManager.default
    func isExecutable(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && fileManager.isExecutableFile(atPath: url.path)
    }
    if let override = ProcessInfo.processInfo.environment["CSDASH_BINARY"], !override.isEmpty {
        return URL(fileURLWithPath: override)
    }
    // Where the test code runs from: the test bundle (macOS) or the test executable (Linux).
    var starts = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
    starts += [Bundle.main.bundleURL, Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])]
        .compactMap { $0 }
    for start in starts {
        var folder = start.standardizedFileURL
        // Up from the bundle (…/debug/csdashPackageTests.xctest[/Contents/MacOS/…]) to its build folder.
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("csdash")
            if folder.path.contains("/.build") || folder.lastPathComponent == "debug" || folder.lastPathComponent == "release",
               isExecutable(candidate) {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
    }
    // Last resort: the default build folder of the package.
    for config in ["debug", "release"] {
        let candidate = packageRoot.appendingPathComponent(".build/\(config)/csdash")
        if isExecutable(candidate) { return candidate }
    }
    fatalError("csdash binary not found beside the test bundle (looked from \(starts.map(\.path))); set CSDASH_BINARY")
}()

/// What one run of csdash did.
struct RunResult: CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var stdout: String
    var stderr: String

    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

    var description: String {
        "csdash \(arguments.joined(separator: " ")) → exit \(status)\n--- stdout:\n\(stdout)\n--- stderr:\n\(stderr)"
    }
}

/// Runs csdash with `arguments` in `directory` (default: the package root, so `sample-data`
/// resolves), with the environment of the tests minus CSDASH_DATA, plus `environment`.
/// Output goes through files, so a large output cannot block on a full pipe.
func csdash(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:]) throws -> RunResult {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)

    let process = Process()
    process.executableURL = csdashBinary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["CSDASH_DATA"] = nil
    env["TERM"] = "dumb"
    for (key, value) in environment { env[key] = value }
    process.environment = env
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

func csdash(_ arguments: String..., in directory: URL = packageRoot, environment: [String: String] = [:]) throws -> RunResult {
    try csdash(arguments, in: directory, environment: environment)
}

/// Parses JSON output, or fails the test.
func jsonObject(_ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
    try #require(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
}

/// A JSON number as an exact decimal; nil for anything else (a string, true/false, null).
/// JSONSerialization gives NSNumbers for both numbers and booleans; a boolean's type is "c".
func number(_ value: Any?) -> Decimal? {
    guard let number = value as? NSNumber else { return nil }
    switch String(cString: number.objCType) {
    case "c": return nil
    // Whole numbers exactly (NSNumber.decimalValue goes through a Double on Linux).
    case "i", "s", "l", "q", "I", "S", "L", "Q": return Decimal(number.int64Value)
    default: return Decimal(string: "\(number.doubleValue)")
    }
}

/// A JSON true or false; nil for anything else (0 and 1 included).
func bool(_ value: Any?) -> Bool? {
    guard let number = value as? NSNumber, String(cString: number.objCType) == "c" else { return nil }
    return number.boolValue
}

func isNull(_ value: Any?) -> Bool { value is NSNull }

/// A temporary copy of sample-data, for breaking; removed when released.
final class SampleDataCopy {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: sampleDataURL.path) where name.hasSuffix(".csv") {
            try FileManager.default.copyItem(at: sampleDataURL.appendingPathComponent(name), to: url.appendingPathComponent(name))
        }
    }

    /// Replaces `old` by `new` in `file` (which must contain it).
    func edit(_ file: String, replacing old: String, with new: String) throws {
        let fileURL = url.appendingPathComponent(file)
        let text = try String(contentsOf: fileURL, encoding: .utf8)
        precondition(text.contains(old), "\(file) has no \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: fileURL)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The binary under test is the one built with these tests, not a stale one from another build folder.
struct BinaryLocationTests {
    @Test func binaryIsBesideTheTestBundle() throws {
        let folder = csdashBinary.deletingLastPathComponent()
        if ProcessInfo.processInfo.environment["CSDASH_BINARY"] == nil {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(names.contains { $0.hasSuffix(".xctest") }, "\(csdashBinary.path)")
        }
        #expect(FileManager.default.isExecutableFile(atPath: csdashBinary.path))
    }
}
