import Foundation
import Testing

/// DIR defaults to $CSDASH_DATA, else the current folder; a DIR given wins.
struct DataFolderDefaultTests {
    @Test func csdashDataIsUsedWhenDirIsOmitted() throws {
        let result = try csdash("check", environment: ["CSDASH_DATA": "sample-data"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("sample-data: 0 errors, 1 warning"))
        #expect(result.stderr.hasPrefix("sample-data/returns.csv:43:37: warning:"))
    }

    @Test func reportFromCsdashDataMatchesTheExplicitFolder() throws {
        let fromEnvironment = try csdash(["report", "--as-of", "2016-12-06", "--format", "json"], environment: ["CSDASH_DATA": "sample-data"])
        let explicit = try csdash("report", "sample-data", "--as-of", "2016-12-06", "--format", "json")
        #expect(fromEnvironment.status == 0, "\(fromEnvironment)")
        #expect(fromEnvironment.stdout == explicit.stdout)
    }

    @Test func anExplicitDirWinsOverCsdashData() throws {
        let result = try csdash(["check", "sample-data"], environment: ["CSDASH_DATA": "/nonexistent-csdash-folder"])
        #expect(result.status == 0, "\(result)")
    }

    @Test func csdashDataNamingNoFolderExits66() throws {
        let result = try csdash(["check"], environment: ["CSDASH_DATA": "/nonexistent-csdash-folder"])
        #expect(result.status == 66, "\(result)")
        #expect(result.stderr.contains("/nonexistent-csdash-folder: error: no such data folder"))
    }

    @Test func currentFolderIsTheLastDefault() throws {
        let inSample = try csdash(["check"], in: sampleDataURL)
        #expect(inSample.status == 0, "\(inSample)")
        #expect(inSample.stdout.hasPrefix(".: 0 errors"))
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let inEmpty = try csdash(["check"], in: empty)
        #expect(inEmpty.status == 66, "\(inEmpty)")
    }

    @Test func bareCsdashOutsideATerminalPrintsTheReport() throws {
        let result = try csdash(["sample-data", "--as-of", "2016-12-06"])
        let report = try csdash(Seed002.reportArguments)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == report.stdout)
    }
}
