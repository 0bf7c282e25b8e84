import Foundation
import GrantModel
import Testing

/// `csdash import` of what a person sends back: a form made by `csdash template` and filled in
/// through its names (by openpyxl, and saved again by LibreOffice), a table of returns in a
/// workbook (1900 and 1904 date systems), a CSV saved by Excel in Windows-1252. Each records
/// exactly what the same return typed as a UTF-8 CSV file records: returns.csv byte for byte.
struct WorkbookImportCommandTests {
    static let header = "area_id,year,quarter,received,planned,spend,notes"
    static let formReturn = "solihull,2016/17,Q2,2016-12-05,214454,160000,Filled in by openpyxl"

    /// returns.csv after `csdash import` of `file` into a fresh copy of the sample data; the run
    /// and the folder, for more checks.
    static func importing(_ file: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (run: RunResult, returns: String, folder: SampleDataCopy) {
        let folder = try SampleDataCopy()
        let run = try csdash("import", folder.path, file)
        #expect(run.status == 0, "\(run)", sourceLocation: sourceLocation)
        return (run, try FolderBytes.read(folder.path, "returns.csv"), folder)
    }

    /// returns.csv after importing `rows` typed as a UTF-8 CSV file: what a workbook of them must give.
    static func expectedReturns(_ rows: [String]) throws -> String {
        let typed = try ScratchFile("typed.csv", ([header] + rows).joined(separator: "\n") + "\n")
        return try importing(typed.path).returns
    }

    @Test func aFilledFormAndTheSameFormSavedByLibreOfficeImportAsTheReturnTyped() throws {
        let work = try SampleDataCopy()
        let form = work.url.appendingPathComponent("solihull-q2.xlsx").path, filled = work.url.appendingPathComponent("filled.xlsx").path
        let template = try csdash("template", "sample-data", "--area", "solihull", "--year", "2016/17", "--quarter", "Q2", "--output", form)
        try #require(template.status == 0, "\(template)")
        _ = try SpreadsheetClients.openpyxl(["fill", form, filled, "2016-12-05", "214454", "160000", "Filled in by openpyxl"])
        let outdir = work.url.appendingPathComponent("resaved")
        try SpreadsheetClients.libreOffice([filled], to: SpreadsheetClients.excelWorkbook, outdir: outdir, work: work.url)
        let expected = try Self.expectedReturns([Self.formReturn])

        for path in [filled, outdir.appendingPathComponent("filled.xlsx").path] {
            let imported = try Self.importing(path)
            #expect(imported.returns == expected, "\(path)")
            #expect(imported.run.stderr == "", "\(imported.run)")
            #expect(imported.run.stdoutLines.contains("4 field changes written"), "\(imported.run)")
            let audit = try FolderBytes.auditRows(imported.folder.path).dropFirst()
            #expect(audit.count == 4 && audit.allSatisfy { $0[2] == "import \(path)" }, "\(audit)")
            // As of the board, the day after: Solihull's Q2 is in, late, no longer overdue.
            let returns = try csdash("returns", imported.folder.path, "--as-of", "2016-12-06", "--status", "all", "--format", "json")
            let statuses = try #require(try JSONSerialization.jsonObject(with: Data(returns.stdout.utf8)) as? [[String: Any]])
            let q2 = statuses.first { $0["area_id"] as? String == "solihull" && $0["year"] as? String == "2016/17" && $0["quarter"] as? String == "Q2" }
            #expect(q2?["status"] as? String == "late" && q2?["received"] as? String == "2016-12-05", "\(String(describing: q2))")
        }
    }

    @Test func aDryRunOfAFormWritesNothing() throws {
        let folder = try SampleDataCopy()
        let form = folder.url.appendingPathComponent("form.xlsx").path
        #expect(try csdash("template", folder.path, "--area", "solihull", "--year", "2016/17", "--quarter", "Q2", "--output", form).status == 0)
        let filled = folder.url.appendingPathComponent("filled.xlsx").path
        _ = try SpreadsheetClients.openpyxl(["fill", form, filled, "2016-12-05", "214454", "160000", "Filled in by openpyxl"])
        let before = try FolderBytes.snapshot(folder.path)
        let dryRun = try csdash("import", folder.path, filled, "--dry-run")
        #expect(dryRun.status == 0 && dryRun.stdoutLines.contains("dry run: nothing was written (4 field changes)"), "\(dryRun)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    /// openpyxl's table of two returns, in both date systems: the rows typed as CSV.
    @Test(arguments: [false, true])
    func aTableOfReturnsImportsAsTheRowsTyped(mac: Bool) throws {
        let work = try SampleDataCopy()
        let table = work.url.appendingPathComponent("returns.xlsx").path
        _ = try SpreadsheetClients.openpyxl(["table", table] + (mac ? ["--1904"] : []))
        let imported = try Self.importing(table)
        #expect(imported.returns == (try Self.expectedReturns([
            "solihull,2016/17,Q2,2016-12-05,214454,160000,late",
            "dudley,2016/17,Q3,06/01/2017,\"£176,000.00\",98765.43,",
        ])))
    }

    /// Excel's plain "CSV" save: Windows-1252, CRLF, Accounting amounts, empty columns at the right.
    @Test func aWindows1252CSVImportsWithOneWarning() throws {
        let text = "\(Self.header),,\r\nsolihull,2016/17,Q2,05/12/2016,\" £ 214,454.00 \",\"£160,000.00\",Café £5,,\r\n"
        let file = try ScratchFile("solihull-q2.csv", "")
        try Data(text.unicodeScalars.map { UInt8($0.value) }).write(to: file.url)
        let imported = try Self.importing(file.path)
        #expect(imported.run.stderrLines == ["\(file.path): warning: read as Windows-1252 (the file is not UTF-8); save as \"CSV UTF-8\" to avoid this"],
                "\(imported.run)")
        #expect(imported.returns == (try Self.expectedReturns(["solihull,2016/17,Q2,2016-12-05,214454,160000,Café £5"])))
    }
}
