import CSDashTestSupport
import Foundation
import GrantStore
import Testing

/// `csdash init`: a new folder with every file's header row and a README of every column, all
/// or nothing; and what `check` says of it.
struct InitCommandTests {
    /// A path in a fresh scratch folder, not yet made.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-init-\(UUID().uuidString)")
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test func makesEveryFileWithItsHeaderAndTheFundersRow() throws {
        let scratch = Scratch()
        let folder = scratch.path("office/grants")
        let result = try csdash("init", folder, "--funder", "west-midlands", "--name", "West Midlands PCC, community safety")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        for schema in FileSchema.all {
            let lines = try FolderBytes.read(folder, schema.fileName).split(separator: "\n").map(String.init)
            #expect(lines.first == schema.columns.joined(separator: ","), "\(schema.fileName)")
            #expect(lines.count == (schema.fileName == "funders.csv" ? 2 : 1), "\(schema.fileName)")
        }
        #expect(try FolderBytes.read(folder, "funders.csv").hasSuffix("\nwest-midlands,\"West Midlands PCC, community safety\",GBP,30,,,,,\n"))
        let readme = try FolderBytes.read(folder, "README.md")
        for schema in FileSchema.all {
            #expect(readme.contains("## \(schema.fileName)"))
            for column in schema.requiredColumns { #expect(readme.contains("| `\(column.name)` | required | \(column.meaning) | `\(column.example)` |")) }
            for column in schema.optionalColumns { #expect(readme.contains("| `\(column.name)` | optional | \(column.meaning) | `\(column.example)` |")) }
        }

        let check = try csdash("check", folder)
        #expect(check.status == 0, "\(check)")
        #expect(check.stderr.isEmpty, "\(check)")
        #expect(check.stdoutLines.filter { !$0.isEmpty } == [
            "\(folder): 0 errors, 0 warnings; 1 funders, 0 areas, 0 allocations, 0 returns",
            "still to do: no areas yet: add a row to areas.csv for each area a funder pays (area_id, funder_id, name)",
            "still to do: no allocations yet: add each area's allocation for the year to allocations.csv (area_id, year, allocation)",
        ])
    }

    @Test func checkOfAFolderWithoutAFunderSaysWhatToDo() throws {
        let scratch = Scratch()
        let folder = scratch.path("empty")
        #expect(try csdash("init", folder).status == 0)
        let check = try csdash("check", folder)
        #expect(check.status == 0, "\(check)")
        #expect(check.stdout.contains("still to do: no funders yet: add a row to funders.csv (funder_id, name, currency, return_due_days), or start a new folder with csdash init DIR --funder ID --name NAME"))
    }

    @Test func fillsAnEmptyFolderButRefusesOneWithFiles() throws {
        let scratch = Scratch()
        let empty = scratch.path("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(try csdash("init", empty).status == 0)

        let before = try FolderBytes.snapshot(empty)
        let again = try csdash("init", empty, "--funder", "f", "--name", "F")
        #expect(again.status == 73, "\(again)")
        #expect(again.stderr.contains("already holds files"), "\(again)")
        #expect(again.stderr.contains("nothing was written"), "\(again)")
        try FolderBytes.expectUnchanged(empty, since: before)

        let sample = try SampleDataCopy()
        let data = try FolderBytes.snapshot(sample.path)
        #expect(try csdash("init", sample.path).status == 73)
        try FolderBytes.expectUnchanged(sample.path, since: data)
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var phrase: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        Refusal(arguments: ["--funder", "f"], phrase: "--funder and --name go together"),
        Refusal(arguments: ["--name", "F"], phrase: "--funder and --name go together"),
        Refusal(arguments: ["--funder", "west midlands", "--name", "F"], phrase: "without spaces or commas"),
        Refusal(arguments: ["--funder", "f", "--name", " "], phrase: "--name is empty"),
        Refusal(arguments: ["--funder", "f", "--name", "F\u{1B}[2J"], phrase: "control character"),
        Refusal(arguments: ["--funder", "f", "--name", "F", "--currency", "XYZ"], phrase: "not one csdash knows"),
        Refusal(arguments: ["--funder", "f", "--name", "F", "--return-due-days", "400"], phrase: "from 0 to 366"),
    ])
    func refusesBadOptionsWritingNothing(refusal: Refusal) throws {
        let scratch = Scratch()
        let folder = scratch.path("new")
        let result = try csdash(["init", folder] + refusal.arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains(refusal.phrase), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}
