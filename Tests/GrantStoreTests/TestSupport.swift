import Foundation
import GrantModel
import GrantStore
import Testing
@_exported import CSDashTestSupport

/// Reads a string (UTF-8) as a CSV file.
func tokenize(_ text: String) -> Result<[CSVRecord], CSVReader.Failure> {
    CSVReader.records(from: Array(text.utf8))
}

/// The records of `bytes`, or a test failure.
func records(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> [CSVRecord] {
    switch CSVReader.records(from: bytes) {
    case .success(let records): return records
    case .failure(let failure):
        Issue.record("unexpected failure \(failure)", sourceLocation: sourceLocation)
        return []
    }
}

func records(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [CSVRecord] {
    records(Array(text.utf8), sourceLocation: sourceLocation)
}

/// The reader's refusal of `bytes`, or a test failure.
func refusal(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> CSVReader.Failure? {
    switch CSVReader.records(from: bytes) {
    case .success(let records):
        Issue.record("expected a refusal, got \(records.count) records", sourceLocation: sourceLocation)
        return nil
    case .failure(let failure): return failure
    }
}

func refusal(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> CSVReader.Failure? {
    refusal(Array(text.utf8), sourceLocation: sourceLocation)
}

/// A change to the minimal valid folder.
enum FolderChange {
    /// The whole file's text.
    case replace(String, String)
    /// Line `n` (1-based, the header is line 1) replaced by a row.
    case replaceLine(String, Int, String)
    /// A row added at the end.
    case append(String, String)
    /// The file left out.
    case remove(String)
}

/// A temporary data folder: the minimal valid one below, with changes. Removed when released.
final class DataFolderFixture {
    /// One funder (wm), two areas (bham, solihull), their 2016/17 allocations and Q1 returns, one
    /// project, one decision (referenced by bham's allocation) and one reserve. Loads with no
    /// diagnostics at all (checked by `MinimalFolderTests`).
    static let minimal: [String: String] = [
        "funders.csv": """
            funder_id,name,currency,return_due_days,notes
            wm,West Midlands PCC,GBP,30,

            """,
        "areas.csv": """
            area_id,funder_id,name,kind,part_of,notes
            bham,wm,Birmingham,csp,,
            solihull,wm,Solihull,csp,,

            """,
        "allocations.csv": """
            area_id,year,allocation,carry_forward,source,decision_ref,notes
            bham,2016/17,1000,100,Police grant,PCC/D/2016/01,
            solihull,2016/17,500,0,Police grant,,

            """,
        "returns.csv": """
            area_id,year,quarter,received,planned,spend,notes
            bham,2016/17,Q1,2016-07-20,400,100,
            solihull,2016/17,Q1,2016-07-21,200,50,

            """,
        "projects.csv": """
            area_id,year,project_id,title,theme,budget,spend,notes
            bham,2016/17,P1,Youth diversion,Youth,300,50,

            """,
        "decisions.csv": """
            decision_ref,funder_id,date,title,area_id,amount,first_year,years,source,match_funding,match_partner,notes
            PCC/D/2016/01,wm,2016-04-01,Birmingham grant,bham,1000,2016/17,1,Police grant,,,

            """,
        "reserves.csv": """
            funder_id,reserve,balance,as_of,notes
            wm,General reserve,5000,2016-04-01,

            """,
    ]

    let url: URL
    var path: String { url.path }

    /// A new folder in the temporary directory holding `files` after `changes`.
    init(_ changes: [FolderChange] = [], files: [String: String] = DataFolderFixture.minimal) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        var files = files
        for change in changes {
            switch change {
            case .replace(let name, let text):
                files[name] = text
            case .replaceLine(let name, let number, let row):
                var lines = files[name, default: ""].components(separatedBy: "\n")
                precondition(number >= 1 && number <= lines.count, "no line \(number) in \(name)")
                lines[number - 1] = row
                files[name] = lines.joined(separator: "\n")
            case .append(let name, let row):
                files[name, default: ""] += row + "\n"
            case .remove(let name):
                files[name] = nil
            }
        }
        for (name, text) in files { try write(name, text) }
    }

    /// A copy of the sample data folder.
    static func sampleDataCopy() throws -> DataFolderFixture {
        let fixture = try DataFolderFixture([], files: [:])
        for name in try FileManager.default.contentsOfDirectory(atPath: sampleDataPath) where name.hasSuffix(".csv") {
            try FileManager.default.copyItem(atPath: sampleDataPath + "/" + name, toPath: fixture.path + "/" + name)
        }
        return fixture
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: url.appendingPathComponent(name))
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    func load() throws -> LoadedFolder { try DataFolder.load(path) }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// All diagnostics, one per line, for failure messages.
func listing(_ loaded: LoadedFolder) -> String {
    loaded.diagnostics.isEmpty ? "(no diagnostics)" : loaded.diagnostics.map(\.description).joined(separator: "\n")
}

/// The diagnostic of `folder` starting `file:line:column: severity: ` whose message contains every
/// phrase; records an issue (listing every diagnostic) when there is none. An error also means
/// that the folder's data is withheld (`grants` is nil).
@discardableResult
func expectDiagnostic(
    _ loaded: LoadedFolder, in folder: DataFolderFixture, at location: String,
    _ severity: Diagnostic.Severity = .error, containing phrases: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) -> Diagnostic? {
    let prefix = "\(folder.path)/\(location): \(severity.rawValue): "
    let match = loaded.diagnostics.first { diagnostic in
        diagnostic.severity == severity && diagnostic.description.hasPrefix(prefix)
            && phrases.allSatisfy { diagnostic.message.contains($0) }
    }
    if match == nil {
        Issue.record("no diagnostic \"\(prefix)…\(phrases.joined(separator: "…"))…\" among:\n\(listing(loaded))",
                     sourceLocation: sourceLocation)
    }
    if severity == .error {
        #expect(loaded.grants == nil, "a folder with an error must not yield data", sourceLocation: sourceLocation)
    }
    return match
}

/// Like `expectDiagnostic`, and the folder has exactly this one error.
@discardableResult
func expectOnlyError(
    _ loaded: LoadedFolder, in folder: DataFolderFixture, at location: String, containing phrases: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) -> Diagnostic? {
    #expect(loaded.errors.count == 1, "expected exactly one error, got:\n\(listing(loaded))", sourceLocation: sourceLocation)
    return expectDiagnostic(loaded, in: folder, at: location, .error, containing: phrases, sourceLocation: sourceLocation)
}

/// One folder, one expected error: the arguments of the parameterized error tests.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    var change: ChangeSpec
    var location: String
    var phrases: [String]

    init(_ change: ChangeSpec, _ location: String, _ phrases: String...) {
        self.change = change
        self.location = location
        self.phrases = phrases
    }

    var testDescription: String { "\(location) \(phrases.joined(separator: " … "))" }
}

/// A `FolderChange` that is `Sendable` for test arguments.
enum ChangeSpec: Sendable {
    case replaceLine(String, Int, String)
    case append(String, String)
    case replace(String, String)

    var change: FolderChange {
        switch self {
        case .replaceLine(let file, let line, let row): return .replaceLine(file, line, row)
        case .append(let file, let row): return .append(file, row)
        case .replace(let file, let text): return .replace(file, text)
        }
    }
}

/// Loads the minimal folder with `spec`'s change and expects exactly its one error.
func checkOnlyError(_ spec: ErrorCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = try DataFolderFixture([spec.change.change])
    let loaded = try folder.load()
    expectOnlyError(loaded, in: folder, at: spec.location, containing: spec.phrases, sourceLocation: sourceLocation)
}
