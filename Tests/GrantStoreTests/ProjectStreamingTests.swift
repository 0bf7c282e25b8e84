import Foundation
import GrantModel
import Testing
@testable import GrantStore

/// projects.csv read a block at a time (`ProjectRecords+Streaming.swift`) against the same file read
/// whole, in blocks of a few bytes to a few rows, so that every kind of row and field meets a
/// block's end: the diagnostics (each message, place and their order) and the projects must be
/// the same. A file that needs no reading whole must have been read in blocks, or the
/// comparison would prove nothing.
struct ProjectStreamingTests {
    private static let blockSizes = [1, 16, 64, 200]

    @Test func aFolderReadsTheSameWithItsProjectsInBlocks() throws {
        let folder = try DataFolderFixture()
        var made = MadeUpProjects(numbers: SplitMix64(seed: 2024))
        for _ in 0..<400 {
            let bytes = made.file()
            try folder.write("projects.csv", bytes: bytes)
            // Bytes given by a writer are read whole, as every file was before.
            let whole = try DataFolder.load(folder.path, replacing: ["projects.csv": bytes])
            for size in ProjectStreamingTests.blockSizes {
                let blocks = try DataFolder.load(folder.path, blockSize: size)
                #expect(blocks.diagnostics == whole.diagnostics, "blocks of \(size) bytes: \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                #expect(blocks.grants?.projects == whole.grants?.projects, "blocks of \(size) bytes")
                #expect(blocks.tables.keys.sorted() == whole.tables.keys.sorted())
            }
        }
    }

    /// In `Validation`, which keeps the projects read even when a row has an error; and read in
    /// blocks whenever the file read whole says it could have been.
    @Test func projectsAreReadInBlocksUnlessOnlyTheWholeFileCanSay() throws {
        let folder = try DataFolderFixture()
        let others = try folder.load().tables
        let file = folder.path + "/projects.csv"
        var made = MadeUpProjects(numbers: SplitMix64(seed: 7))
        var inBlocks = 0, inBlocksWithErrors = 0, readWhole = 0
        for round in 0..<800 {
            let bytes = made.file()
            try folder.write("projects.csv", bytes: bytes)
            let size = ProjectStreamingTests.blockSizes[round % ProjectStreamingTests.blockSizes.count]
            let blocks = Validation(tables: others, projectsFile: file, blockSize: size)
            guard case .success(let table) = CSVTable.parse(path: file, bytes: bytes), FileSchema.projects.check(table).isEmpty else {
                #expect(blocks.projectsMustBeReadWhole, "read in blocks, though the file is refused")
                readWhole += 1
                continue
            }
            var tables = others
            tables["projects.csv"] = table
            let whole = Validation(tables: tables)
            var runs = GroupedUniqueKeys<Grants.AllocationKey, String>()
            let keysStandTogether = whole.grants.projects.allSatisfy { runs.add(group: ProjectRecords.group($0), item: $0.projectID) }
            #expect(blocks.projectsMustBeReadWhole == !keysStandTogether, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            guard !blocks.projectsMustBeReadWhole else {
                readWhole += 1
                continue
            }
            inBlocks += 1
            #expect(blocks.diagnostics == whole.diagnostics, "blocks of \(size) bytes: \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            #expect(blocks.grants.projects == whole.grants.projects, "blocks of \(size) bytes")
            if whole.diagnostics.contains(where: { $0.severity == .error }) { inBlocksWithErrors += 1 }
        }
        #expect(inBlocks > 300 && inBlocksWithErrors > 150 && readWhole > 50, "\(inBlocks) \(inBlocksWithErrors) \(readWhole)")
    }

    /// Every case of the bad-input corpus (`Corpus/README.md`), its projects.csv in blocks.
    @Test(arguments: CorpusCase.all) func aCorpusCaseReadsTheSameWithItsProjectsInBlocks(_ corpusCase: CorpusCase) throws {
        let folder = try corpusCase.folder()
        let projects = folder.url.appendingPathComponent("projects.csv")
        let replacing = FileManager.default.fileExists(atPath: projects.path)
            ? ["projects.csv": Array(try Data(contentsOf: projects))] : [:]
        let whole = try DataFolder.load(folder.path, replacing: replacing)
        for size in ProjectStreamingTests.blockSizes {
            let blocks = try DataFolder.load(folder.path, blockSize: size)
            #expect(blocks.diagnostics == whole.diagnostics, "blocks of \(size) bytes")
        }
    }

    /// A note with line ends and commas, longer than a block, is one field of one row.
    @Test func aQuotedFieldLongerThanABlockIsOneField() throws {
        let note = "first line, with a comma\nsecond \"\"quoted\"\" line\r\nthird"
        let text = """
            area_id,year,project_id,title,theme,budget,spend,notes
            bham,2016/17,P1,Youth diversion,Youth,300,50,"\(note)"
            bham,2016/17,P2,Mentoring,Youth,12O,,
            solihull,2016/17,P1,Outreach,Youth,100,,

            """
        let folder = try DataFolderFixture([.replace("projects.csv", text)])
        let blocks = try DataFolder.load(folder.path, blockSize: 8)
        #expect(blocks.diagnostics.map(\.description) == [
            "\(folder.path)/projects.csv:5:33: error: budget \"12O\" is not an amount of money (\"O\" cannot be part of an amount); write e.g. 1873187, 1873187.50, 1,873,187 or £1,873,187",
        ])
        let validation = Validation(tables: try DataFolderFixture().load().tables, projectsFile: folder.path + "/projects.csv",
                                    blockSize: 8)
        #expect(!validation.projectsMustBeReadWhole)
        #expect(validation.grants.projects.map(\.notes) == [note.replacingOccurrences(of: "\"\"", with: "\"").replacingOccurrences(of: "\r\n", with: "\n"), ""])
    }

    /// A key met again in a later block is reported as the whole file reports it.
    @Test func aKeyRepeatedInALaterBlockIsReportedAsTheWholeFileReportsIt() throws {
        let text = """
            area_id,year,project_id,title,theme,budget,spend,notes
            bham,2016/17,P1,Youth diversion,Youth,300,50,
            bham,2016/17,P2,Mentoring,Youth,200,,
            bham,2016/17,P1,Youth diversion,Youth,300,50,

            """
        let folder = try DataFolderFixture([.replace("projects.csv", text)])
        let blocks = try DataFolder.load(folder.path, blockSize: 16)
        #expect(blocks.diagnostics.map(\.description) == [
            "\(folder.path)/projects.csv:4:1: error: duplicate area_id + year + project_id (bham, 2016/17, P1): line 2 of projects.csv has the same key; each area_id + year + project_id may appear only once, so remove or merge one of the two rows",
        ])
    }

    /// The reader's refusal, at its line and column, however far into the file.
    @Test func anUnterminatedQuoteInALaterBlockIsReportedWhereTheReaderFindsIt() throws {
        let rows = (1...30).map { "bham,2016/17,P\($0),Youth diversion,Youth,300,50," }
        let text = (["area_id,year,project_id,title,theme,budget,spend,notes"] + rows + ["bham,2016/17,P31,\"Never closed,Youth,1,,"])
            .joined(separator: "\n") + "\n"
        let folder = try DataFolderFixture([.replace("projects.csv", text)])
        let blocks = try DataFolder.load(folder.path, blockSize: 64)
        #expect(blocks.diagnostics.map(\.description) == [
            "\(folder.path)/projects.csv:32:18: error: this quoted field is never closed: add the closing \" where the field ends (a quote inside a field is written \"\")",
        ])
    }

    /// Excel's empty columns right of the header's names: left out while every row leaves them
    /// empty, however the file is cut; a value in one in a later block names the column as the
    /// whole file does (found by the fuzzer), and a short row there is only a short row.
    @Test(arguments: [
        ("solihull,2016/17,P1,Outreach,Youth,100,,,", [String]()),
        ("solihull,2016/17,P1,Outreach,Youth,100,,,stray", ["a column has no name in the header row: name it, or delete the empty column"]),
        ("solihull,2016/17,P1,Outreach", ["this row has 4 fields but the header has 8: check for a missing or extra comma, or a comma that should be inside quotes"]),
    ])
    func aNamelessColumnIsJudgedOnTheWholeFileInBlocks(lastRow: String, errors: [String]) throws {
        let rows = (1...30).map { "bham,2016/17,P\($0),Youth diversion,Youth,300,50,," }
        let text = (["area_id,year,project_id,title,theme,budget,spend,notes,"] + rows + [lastRow])
            .joined(separator: "\n") + "\n"
        let folder = try DataFolderFixture([.replace("projects.csv", text)])
        let whole = try DataFolder.load(folder.path, replacing: ["projects.csv": Array(text.utf8)])
        for size in ProjectStreamingTests.blockSizes {
            let blocks = try DataFolder.load(folder.path, blockSize: size)
            #expect(blocks.diagnostics == whole.diagnostics, "blocks of \(size) bytes")
        }
        #expect(whole.errors.map(\.message) == errors)
    }
}
