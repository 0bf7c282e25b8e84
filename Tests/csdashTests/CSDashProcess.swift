import Foundation
import Testing

@_exported import CSDashTestSupport

/// The built `csdash` executable beside this test bundle (see `builtCSDash`).
let csdashBinary: URL = {
    guard let binary = builtCSDash() else { fatalError("csdash binary not found beside the test bundle; set CSDASH_BINARY") }
    return binary
}()

/// Runs csdash with `arguments` in `directory` (default: the package root, so `sample-data`
/// resolves), with the environment of the tests minus CSDASH_DATA, plus `environment`.
func csdash(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:]) throws -> RunResult {
    var changes: [String: String?] = ["CSDASH_DATA": nil, "TERM": "dumb"]
    for (key, value) in environment { changes[key] = value }
    return try run(csdashBinary, arguments, in: directory, environment: changes)
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
