import Foundation
import GrantModel
import GrantStore
import Testing

/// One case of the bad-input corpus (`Corpus/README.md`): a data folder with one file broken, and
/// the diagnostic lines csdash must report first, paths relative to the folder.
struct CorpusCase: Sendable, CustomTestStringConvertible {
    static let root = packageRoot.appendingPathComponent("Tests/GrantStoreTests/Corpus")
    static let base = root.appendingPathComponent("base")

    /// Every case folder, by name.
    static let all: [CorpusCase] = {
        let cases = root.appendingPathComponent("cases")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cases.path)) ?? []
        return names.sorted().map { CorpusCase(name: $0, url: cases.appendingPathComponent($0)) }
    }()

    static func named(_ name: String) -> CorpusCase {
        guard let found = all.first(where: { $0.name == name }) else { fatalError("no corpus case \(name)") }
        return found
    }

    var name: String
    var url: URL
    var testDescription: String { name }

    /// The lines of `expected.txt`.
    func expected() throws -> [String] {
        try String(contentsOf: url.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    /// The case as a folder to read: the case itself, or a temporary copy with its `generate`
    /// marker expanded.
    func folder() throws -> CorpusFolder {
        let marker = url.appendingPathComponent("generate")
        guard FileManager.default.fileExists(atPath: marker.path) else { return CorpusFolder(url: url, isTemporary: false) }
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-corpus-\(name)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: url, to: copy)
        let folder = CorpusFolder(url: copy, isTemporary: true)
        for line in try String(contentsOf: marker, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 3).map(String.init)
            guard parts.count == 4, let count = Int(parts[2]) else { throw CorpusError(description: "bad generate line \(line) in \(name)") }
            let file = copy.appendingPathComponent(parts[0])
            let text = try String(contentsOf: file, encoding: .utf8)
            guard text.contains(parts[1]) else { throw CorpusError(description: "\(parts[1]) is not in \(name)/\(parts[0])") }
            let piece = parts[3].replacingOccurrences(of: "\\n", with: "\n")
            try Data(text.replacingOccurrences(of: parts[1], with: String(repeating: piece, count: count)).utf8).write(to: file)
        }
        return folder
    }
}

struct CorpusError: Error, CustomStringConvertible {
    var description: String
}

/// A folder to read; a temporary one is removed when released.
final class CorpusFolder {
    let url: URL
    let isTemporary: Bool
    var path: String { url.path }

    init(url: URL, isTemporary: Bool) {
        self.url = url
        self.isTemporary = isTemporary
    }

    /// `diagnostic` as `csdash check` prints it, with this folder's path taken off the front.
    func relative(_ line: String) -> String {
        line.hasPrefix(path + "/") ? String(line.dropFirst(path.count + 1)) : line
    }

    deinit { if isTemporary { try? FileManager.default.removeItem(at: url) } }
}

/// True when `text` holds a C0 or C1 control character other than the line feeds between lines.
func hasRawControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0 != "\n" && ControlCharacter.isControl($0) }
}

/// The built `csdash` beside this test executable (`swift test` builds every product first), or
/// `CSDASH_BINARY`.
let corpusBinary: URL? = builtCSDash()

/// Runs `csdash arguments`; output through files, so that a long listing cannot fill a pipe.
func runCSDash(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let binary = try #require(corpusBinary, "csdash is not built beside the tests; set CSDASH_BINARY")
    let result = try run(binary, arguments, environment: ["CSDASH_DATA": nil])
    return (result.status, result.stdout, result.stderr)
}
