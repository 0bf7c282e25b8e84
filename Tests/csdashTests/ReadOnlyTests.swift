import Foundation
import Testing

/// Reading commands write nothing: every file of sample-data keeps its bytes and modification
/// time, and no file (a lock, an audit log) appears.
struct ReadOnlyTests {
    struct Snapshot: Equatable {
        var entries: [String: Entry]
        struct Entry: Equatable {
            var bytes: Data
            var modified: Date
        }
    }

    private func snapshot(_ folder: URL) throws -> Snapshot {
        var entries: [String: Snapshot.Entry] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)  // hidden files included
        for name in names {
            let path = folder.appendingPathComponent(name).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let modified = try #require(attributes[.modificationDate] as? Date)
            entries[name] = .init(bytes: FileManager.default.contents(atPath: path) ?? Data(), modified: modified)
        }
        return Snapshot(entries: entries)
    }

    @Test func readingCommandsLeaveSampleDataUntouched() throws {
        let before = try snapshot(sampleDataURL)
        #expect(before.entries.keys.contains("returns.csv") && before.entries.count >= 7)
        let runs: [[String]] = [
            ["report", "sample-data", "--as-of", "2016-12-06"],
            ["report", "sample-data", "--as-of", "2016-12-06", "--format", "json"],
            ["report", "sample-data", "--format", "csv"],
            ["report", "sample-data", "--format", "markdown", "--funder", "west-mercia", "--year", "2023/24"],
            ["returns", "sample-data", "--as-of", "2016-12-06", "--status", "outstanding"],
            ["returns", "sample-data", "--format", "json"],
            ["check", "sample-data"],
            ["sample-data", "--as-of", "2016-12-06"],
        ]
        for arguments in runs {
            let result = try csdash(arguments)
            #expect(result.status == 0, "\(result)")
        }
        let after = try snapshot(sampleDataURL)
        #expect(after.entries.keys.sorted() == before.entries.keys.sorted(), "no file added or removed")
        for (name, entry) in before.entries {
            #expect(after.entries[name]?.bytes == entry.bytes, "\(name) bytes")
            #expect(after.entries[name]?.modified == entry.modified, "\(name) modification time")
        }
    }

    @Test func checkOfABrokenFolderRepairsNothing() throws {
        let folder = try SampleDataCopy()
        try folder.edit("returns.csv", replacing: "solihull,2016/17,Q2,,,,", with: "solihull,2016/17,Q2,,1,,")
        let before = try snapshot(folder.url)
        let result = try csdash("check", folder.path)
        #expect(result.status == 65, "\(result)")
        #expect(try snapshot(folder.url) == before)
    }
}
