import Foundation
import Testing

/// Workbooks `csdash import` refuses, each with the one error line it must print (at the sheet
/// and cell where there is one) before "nothing was written", exit 65, and nothing written: the
/// data folder's bytes as they were.
struct WorkbookImportRefusalTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// `workbooks.py set` assignments on Solihull's 2016/17 Q2 form; nil: `bytes` instead.
        var assignments: [String]?
        var bytes: [UInt8] = []
        var expected: String
        var testDescription: String { name }
    }

    static let filled = ["received=05/12/2016", "planned=214454", "spend=160000"]

    static let cases: [Case] = [
        Case(name: "a form left empty", assignments: [],
             expected: "form.xlsx:Return!B20: error: the form is empty: nothing is filled in at received, planned, spend, notes; fill in the return, save the workbook, and import it again"),
        Case(name: "a form for another area than it says", assignments: filled + ["area_name=Dudley MBC"],
             expected: "form.xlsx:Return!B4: error: the form is for \"Dudley MBC\" but its area_id solihull is Solihull MBC in this data folder: a form for one area is not a return of another; make the form again with csdash template --area solihull"),
        Case(name: "a form for a year with no allocation", assignments: filled + ["year=2014/15"],
             expected: "form.xlsx:Return!B6: error: Solihull MBC has no allocation for 2014/15 in this data folder, so there is no such return: check the year, or make the form again with csdash template"),
        Case(name: "a form for a quarter that does not exist", assignments: filled + ["quarter=Q5"],
             expected: "form.xlsx:Return!B7: error: quarter \"Q5\" is not a quarter: write Q1, Q2, Q3 or Q4"),
        Case(name: "a negative figure in brackets", assignments: ["received=05/12/2016", "planned=(214,454)"],
             expected: "form.xlsx:Return!B21: error: planned \"(214,454)\" is negative (a figure in brackets is negative, as Excel's Accounting format writes it): amounts may not be negative; write zero or more"),
        Case(name: "a received date that does not exist", assignments: filled + ["received=31/11/2016"],
             expected: "form.xlsx:Return!B20: error: received \"31/11/2016\" is not a date that exists: November 2016 has 30 days"),
        Case(name: "a CSV renamed", bytes: Array("area_id,year,quarter\n".utf8),
             expected: "form.xlsx: error: is a text file (a CSV renamed?), not an .xlsx workbook: give it a .csv name to import it as CSV, or save it from the spreadsheet as Excel Workbook (.xlsx)"),
        Case(name: "an old .xls or a password-protected workbook", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504),
             expected: "form.xlsx: error: is password-protected or old .xls: csdash reads .xlsx workbooks without a password; in Excel, remove the password (File > Info > Protect Workbook) or save as Excel Workbook (.xlsx)"),
        Case(name: "an empty file", bytes: [], expected: "form.xlsx: error: is empty, not an .xlsx workbook"),
    ]

    @Test(arguments: cases)
    func isRefusedAtItsCellAndWritesNothing(_ refused: Case) throws {
        let folder = try SampleDataCopy()
        let work = try ScratchFile("form.xlsx", "")
        let scratch = work.url.deletingLastPathComponent()
        if let assignments = refused.assignments {
            let blank = scratch.appendingPathComponent("blank.xlsx").path
            let template = try csdash("template", folder.path, "--area", "solihull", "--year", "2016/17", "--quarter", "Q2", "--output", blank)
            try #require(template.status == 0, "\(template)")
            _ = try SpreadsheetClients.openpyxl(["set", blank, work.path] + assignments)
            try FileManager.default.removeItem(atPath: blank)
        } else {
            try Data(refused.bytes).write(to: work.url)
        }
        let before = try FolderBytes.snapshot(folder.path)
        let result = try csdash(["import", folder.path, "form.xlsx"], in: scratch)
        #expect(result.status == 65, "\(result)")
        #expect(result.stderrLines == [refused.expected, "nothing was written"], "\(result)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }
}
