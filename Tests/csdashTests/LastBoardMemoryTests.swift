import Foundation
import Testing
import GrantModel
@testable import csdash

/// The last board's date remembered per data folder in the user's state directory, with
/// XDG_STATE_HOME pointed at a temporary folder.
@Suite struct LastBoardMemoryTests {
    static func temporaryStateHome() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aDateRemembersPerFolderAndReadsBackWhicheverWayTheFolderIsNamed() throws {
        let home = try Self.temporaryStateHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let memory = LastBoardMemory(environment: ["XDG_STATE_HOME": home.path, "HOME": "/nonexistent"])
        #expect(memory.path == home.path + "/csdash/last-board")
        let sample = sampleDataURL.path
        #expect(memory.day(for: sample) == nil)

        let first = Day(year: 2016, month: 9, day: 6)!, second = Day(year: 2016, month: 10, day: 6)!
        try memory.remember(first, for: sample)
        try memory.remember(second, for: home.path)
        #expect(memory.day(for: sample) == first)
        #expect(memory.day(for: sample + "/../" + sampleDataURL.lastPathComponent) == first)
        #expect(memory.day(for: home.path) == second)

        // Setting it again replaces the folder's line alone; no temporary file is left behind.
        try memory.remember(second, for: sample)
        #expect(memory.day(for: sample) == second)
        let text = try String(contentsOfFile: memory.path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path + "/csdash") == ["last-board"])
        #expect(!FileManager.default.fileExists(atPath: sample + "/" + LastBoardMemory.fileName))
    }

    @Test func aDatabaseIsRememberedByItsNameFromAnyCurrentFolder() throws {
        let home = try Self.temporaryStateHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let memory = LastBoardMemory(environment: ["XDG_STATE_HOME": home.path])
        let name = "postgres://jo@db.example.org:5432/grants"
        try memory.remember(Day(year: 2016, month: 9, day: 6)!, for: name)
        #expect(LastBoardMemory.key(name) == name, "not a path under the current folder")
        #expect(memory.day(for: name) == Day(year: 2016, month: 9, day: 6)!)
        #expect(try String(contentsOfFile: memory.path, encoding: .utf8) == "2016-09-06\t\(name)\n")
    }

    @Test func withoutXDGStateHomeItIsUnderHome() {
        #expect(LastBoardMemory(environment: ["HOME": "/home/someone"]).directory == "/home/someone/.local/state/csdash")
        // A relative XDG_STATE_HOME is ignored, as the XDG specification says.
        #expect(LastBoardMemory(environment: ["HOME": "/home/someone", "XDG_STATE_HOME": "state"]).directory
                == "/home/someone/.local/state/csdash")
    }

    @Test func linesThatAreNotADateAndAFolderAreSkipped() throws {
        let home = try Self.temporaryStateHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let memory = LastBoardMemory(environment: ["XDG_STATE_HOME": home.path])
        try FileManager.default.createDirectory(atPath: memory.directory, withIntermediateDirectories: true)
        let folder = LastBoardMemory.key(sampleDataURL.path)
        try "rubbish\n2016-13-40\t\(folder)\n2016-09-06\t\(folder)\n".write(toFile: memory.path, atomically: true, encoding: .utf8)
        #expect(memory.day(for: folder) == Day(year: 2016, month: 9, day: 6)!)
    }
}
