import Foundation
import Testing

/// `csdash generate`: a valid folder, the same bytes every time, and no folder overwritten unasked.
struct GenerateCommandTests {
    private let small = ["--funders", "2", "--areas", "6", "--years", "2", "--projects", "3", "--seed", "5"]

    private func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("csdash-generate-\(UUID().uuidString)")
    }

    private func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".csv") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func writesAFolderThatChecksCleanAndIsTheSameEveryTime() throws {
        let first = scratch(), second = scratch()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let made = try csdash(["generate", first.path] + small)
        #expect(made.status == 0, "\(made)")
        #expect(made.stdout.contains("2 funders, 6 areas, 12 allocations, 48 returns, 36 projects"), "\(made)")
        let check = try csdash("check", first.path)
        #expect(check.status == 0, "\(check)")
        #expect(check.stderr.isEmpty, "no warning either: \(check)")
        #expect(try csdash(["generate", second.path] + small).status == 0)
        let files = try contents(first)
        #expect(files.count == 7)
        #expect(files == (try contents(second)))
    }

    @Test func refusesAFolderThatIsNotEmptyUnlessForced() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("keep me\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let refused = try csdash(["generate", folder.path] + small)
        #expect(refused.status == 73, "\(refused)")
        #expect(refused.stderr.contains("not empty; pass --force"), "\(refused)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        let forced = try csdash(["generate", folder.path, "--force"] + small)
        #expect(forced.status == 0, "\(forced)")
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me\n")
        #expect(try csdash("check", folder.path).status == 0)
    }

    @Test func aShapeThatCannotBeMadeIsAUsageError() throws {
        let result = try csdash("generate", scratch().path, "--funders", "5", "--areas", "2")
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("--areas must be at least --funders"), "\(result)")
    }
}
