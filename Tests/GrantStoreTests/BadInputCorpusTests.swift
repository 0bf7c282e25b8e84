import Foundation
import GrantModel
@testable import GrantStore
import Testing

/// The bad-input corpus (`Corpus/README.md`): every case is reported first with the exact lines of
/// its `expected.txt`, both when read in process and by `csdash check`, which exits 65. No line
/// quoting a bad value carries a raw control character.
@Suite struct BadInputCorpusTests {
    @Test func theCorpusHasItsCases() {
        #expect(CorpusCase.all.count >= 50, "\(CorpusCase.all.map(\.name))")
    }

    @Test func theBaseIsValidWithNoDiagnosticAtAll() throws {
        let loaded = try DataFolder.load(CorpusCase.base.path)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.grants?.areas.count == 4)
        let run = try runCSDash(["check", CorpusCase.base.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
    }

    /// So that each case's error comes from its one change: the case holds the base's files, and
    /// exactly one of them differs (or is missing).
    @Test(arguments: CorpusCase.all) func eachCaseBreaksOneFileOfTheBase(_ corpusCase: CorpusCase) throws {
        let baseFiles = try FileManager.default.contentsOfDirectory(atPath: CorpusCase.base.path).filter { $0.hasSuffix(".csv") }
        let caseFiles = try FileManager.default.contentsOfDirectory(atPath: corpusCase.url.path).filter { $0.hasSuffix(".csv") }
        #expect(Set(caseFiles).isSubset(of: Set(baseFiles)), "\(caseFiles)")
        let differing = baseFiles.filter { name in
            FileManager.default.contents(atPath: corpusCase.url.appendingPathComponent(name).path)
                != FileManager.default.contents(atPath: CorpusCase.base.appendingPathComponent(name).path)
        }
        #expect(differing.count == 1, "files that differ from the base: \(differing)")
    }

    @Test(arguments: CorpusCase.all) func reportedFirstInProcessAndByCheck(_ corpusCase: CorpusCase) throws {
        let expected = try corpusCase.expected()
        try #require(!expected.isEmpty, "\(corpusCase.name)/expected.txt is empty")
        for line in expected {
            #expect(line.wholeMatch(of: /[a-z]+\.csv(:[0-9]+:[0-9]+)?: error: .+/) != nil, "not path:line:column: error: message: \(line)")
        }
        let folder = try corpusCase.folder()

        let loaded = try DataFolder.load(folder.path)
        #expect(loaded.grants == nil, "a folder with an error yields no data")
        let lines = loaded.diagnostics.map { folder.relative($0.description) }
        #expect(Array(lines.prefix(expected.count)) == expected, "in process, every diagnostic:\n\(lines.joined(separator: "\n"))")
        #expect(!lines.contains(where: hasRawControl), "a diagnostic carries a raw control character")

        let run = try runCSDash(["check", folder.path])
        #expect(run.status == 65, "csdash check exited \(run.status)\n\(run.stderr)")
        let printed = run.stderr.split(separator: "\n").map { folder.relative(String($0)) }
        #expect(Array(printed.prefix(expected.count)) == expected, "csdash check printed:\n\(printed.joined(separator: "\n"))")
        #expect(!hasRawControl(run.stderr) && !hasRawControl(run.stdout), "raw control character on the terminal")
    }

    /// csdash check lists at most 200 problems, then says how many more there are: 250 bad rows.
    @Test func checkListsTwoHundredProblemsThenHowManyMore() throws {
        let folder = try CorpusCase.named("many-bad-rows").folder()
        let loaded = try DataFolder.load(folder.path)
        #expect(loaded.errors.count == 250)
        let run = try runCSDash(["check", folder.path])
        #expect(run.status == 65)
        let printed = run.stderr.split(separator: "\n").map { folder.relative(String($0)) }
        try #require(printed.count == 202, "\(printed.count) lines")
        #expect(printed[0] == "returns.csv:5:14: error: quarter \"Q5\" is not a quarter: write Q1, Q2, Q3 or Q4")
        #expect(printed[199] == "returns.csv:204:14: error: quarter \"Q5\" is not a quarter: write Q1, Q2, Q3 or Q4")
        #expect(printed[200] == "and 50 more")
        #expect(printed[201].hasSuffix(": 250 errors, 0 warnings"))
    }

    /// Defence in depth: the reader refuses control characters, but were one to reach the
    /// checks (tables built in memory), every message quoting the value escapes it (`\e`), in
    /// every column of every file, and so does a folder path holding one.
    @Test(arguments: FileSchema.all.map(\.fileName))
    func aDiagnosticQuotingABadValueEscapesItsControls(file: String) throws {
        let hostile = "\u{1B}]0;PWNED\u{07}\u{9B}2J"
        let schema = try #require(FileSchema.all.first { $0.fileName == file })
        let base = try DataFolder.load(CorpusCase.base.path)
        // The folder's tables, projects.csv's too (a load keeps no table of it).
        var baseTables = base.tables
        let projects = CorpusCase.base.appendingPathComponent("projects.csv")
        baseTables["projects.csv"] = try CSVTable.parse(path: projects.path, bytes: Array(Data(contentsOf: projects))).get()
        // The base has no payments.csv (every case is a copy of the base): one instalment, in memory.
        let payments = "area_id,year,quarter,amount,paid,ref,notes\nbham,2016/17,Q1,25000,2016-07-25,BACS 1,\n"
        baseTables["payments.csv"] = try CSVTable.parse(path: "payments.csv", bytes: Array(payments.utf8)).get()
        let table = try #require(baseTables[file])
        var quoted = 0
        for column in schema.columns {
            guard let index = table.columnIndex[column] else { continue }
            var tables = baseTables
            var rows = table.records.map { $0.fields.map(\.value) }
            rows[0][index] = hostile
            tables[file] = CSVTable(path: "\u{1B}[2J/" + file, writing: [table.columnNames] + rows)
            let diagnostics = Validation(tables: tables).diagnostics
            for diagnostic in diagnostics {
                #expect(!hasRawControl(diagnostic.description), "\(column): \(diagnostic.description.debugDescription)")
                if diagnostic.path.hasPrefix("\u{1B}") { #expect(diagnostic.description.hasPrefix("\\e[2J/\(file):")) }
            }
            if diagnostics.contains(where: { $0.description.contains("\\e]0;PWNED\\a\\u{9B}2J") }) { quoted += 1 }
        }
        #expect(quoted > 0, "no message quoted the bad value")
    }
}
