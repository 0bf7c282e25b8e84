import Foundation
import GrantStore
import Testing

/// Every workbook csdash writes, opened by readers that are not csdash's: LibreOffice (headless,
/// one run converting them all) and openpyxl. Their figures are compared cell by cell with
/// `report --format csv`; a form filled in through its names by openpyxl, and saved again by
/// LibreOffice, reads back the same; workbooks openpyxl writes (shared strings, styles, the 1904
/// date system) read as tables of returns.
@Suite struct SpreadsheetClientTests {
    static let libreOffice = BoardWorkbookComparison(
        amount: { BoardWorkbookComparison.plain($0) },
        percent: { $0.hasSuffix("%") ? BoardWorkbookComparison.plain(String($0.dropLast())) : nil })
    static let openpyxl = BoardWorkbookComparison(
        amount: { BoardWorkbookComparison.plain($0) },
        percent: { BoardWorkbookComparison.plain($0).flatMap { Decimal(string: $0) }.map { "\($0 * 100)" } })
    static let sheets = ["Table 1 west-midlands", "Table 2 west-midlands", "Table 1 west-mercia", "Table 2 west-mercia"]

    @Test func libreOfficeAndOpenpyxlShowTheFiguresOfTheCSV() throws {
        let folder = try ReportWorkbookTests.twoFunderFolder()
        let written = try ReportWorkbookTests.write(folder, into: folder.url)
        let form = folder.url.appendingPathComponent("solihull-q2.xlsx").path
        let template = try csdash("template", folder.path, "--area", "solihull", "--year", "2016/17", "--quarter", "Q2",
                                  "--output", form, "--as-of", "2016-12-06")
        try #require(template.status == 0, "\(template)")
        let outdir = folder.url.appendingPathComponent("csv")
        try SpreadsheetClients.libreOffice(written.map(\.workbook) + [form], to: SpreadsheetClients.everySheetAsCSV, outdir: outdir, work: folder.url)
        let dumped = try SpreadsheetClients.dump(written.map(\.workbook) + [form])

        for report in written {
            let csv = try BoardWorkbookComparison.csvRows(report.csv)
            let opened = try #require(dumped[report.workbook])
            #expect(opened["order"] as? [String] == Self.sheets)
            for sheet in Self.sheets {
                let funder = String(sheet.split(separator: " ").last ?? "")
                let converted = try SpreadsheetClients.csv(outdir.appendingPathComponent("\(report.name)-\(sheet).csv"))
                #expect(Self.libreOffice.differences(sheet: converted, funder: funder, csv: csv) == [], "LibreOffice: \(report.name) \(sheet)")
                let (rows, formats, bold) = try SpreadsheetClients.sheet(opened, sheet)
                #expect(Self.openpyxl.differences(sheet: rows, funder: funder, csv: csv) == [], "openpyxl: \(report.name) \(sheet)")
                #expect(formats["B4"] == "\"£\"#,##0.00", "an amount in a £ format: \(report.name) \(sheet)")
                #expect(bold.contains("A3") && bold.contains("A\(rows.count)"), "bold headers and totals: \(report.name) \(sheet)")
            }
            let table1 = try SpreadsheetClients.sheet(opened, Self.sheets[0])
            #expect(table1.formats["G4"] == "0%", "a percentage in a % format")
        }

        let convertedForm = try SpreadsheetClients.csv(outdir.appendingPathComponent("solihull-q2-Return.csv"))
        #expect(convertedForm.count >= 22 && convertedForm[4][1] == "solihull" && convertedForm[11][1] == "214454", "\(convertedForm)")
        let openedForm = try #require(dumped[form])
        let names = try #require(openedForm["names"] as? [String: [String]])
        #expect(names == ["area_name": ["Return!$B$4"], "area_id": ["Return!$B$5"], "year": ["Return!$B$6"], "quarter": ["Return!$B$7"],
                          "received": ["Return!$B$20"], "planned": ["Return!$B$21"], "spend": ["Return!$B$22"], "notes": ["Return!$B$23"]])
        let (rows, formats, _) = try SpreadsheetClients.sheet(openedForm, "Return")
        #expect(rows[7][1] == "2016-10-30" && formats["B8"] == "d mmm yyyy", "the due date is a date cell")
        #expect(rows[14][1] == "2016-07-25", "the last return's received date")
        #expect(formats["B21"] == "\"£\"#,##0.00" && formats["B20"] == "d mmm yyyy", "the cells to fill in have their formats")
    }

    /// Filled in through its names as a person would in Excel, then opened and saved by LibreOffice:
    /// csdash reads both as the same return, and the unfilled form saved by LibreOffice as it was.
    @Test func aFormFilledByOpenpyxlAndSavedByLibreOfficeReadsTheSame() throws {
        let work = try SampleDataCopy()
        let form = work.url.appendingPathComponent("form.xlsx").path, filled = work.url.appendingPathComponent("filled.xlsx").path
        let template = try csdash("template", "sample-data", "--area", "solihull", "--year", "2016/17", "--quarter", "Q2", "--output", form)
        try #require(template.status == 0, "\(template)")
        _ = try SpreadsheetClients.openpyxl(["fill", form, filled, "2016-12-05", "214454", "160000", "Filled in by openpyxl"])
        let outdir = work.url.appendingPathComponent("resaved")
        try SpreadsheetClients.libreOffice([form, filled], to: SpreadsheetClients.excelWorkbook, outdir: outdir, work: work.url)

        let columns = ["area_id", "year", "quarter", "received", "planned", "spend", "notes"]
        let expected = [["solihull", "2016/17", "Q2", "2016-12-05", "214454", "160000", "Filled in by openpyxl"]]
        for path in [filled, outdir.appendingPathComponent("filled.xlsx").path] {
            let read = try ReturnWorkbook.read(path: path)
            #expect(read.layout == .form, "\(path)")
            #expect(read.rows.map { columns.map($0.text) } == expected, "\(path)")
            #expect(read.formAreaName?.text == "Solihull MBC", "\(path)")
        }
        let original = try ReturnWorkbook.read(path: form, file: "form.xlsx")
        let resaved = try ReturnWorkbook.read(path: outdir.appendingPathComponent("form.xlsx").path, file: "form.xlsx")
        #expect(resaved.rows == original.rows && resaved.columns == original.columns)
    }

    /// Tables of returns as openpyxl writes them (shared strings, a bold header, date and money
    /// formats), in the 1900 and the 1904 date systems: the same rows either way.
    @Test(arguments: [false, true])
    func openpyxlTablesReadAsReturns(mac: Bool) throws {
        let work = try SampleDataCopy()
        let path = work.url.appendingPathComponent("table.xlsx").path
        _ = try SpreadsheetClients.openpyxl(["table", path] + (mac ? ["--1904"] : []))
        #expect(try #require(SpreadsheetClients.dump([path])[path])["epoch"] as? String == (mac ? "1904" : "1900"))
        let read = try ReturnWorkbook.read(path: path, file: "table.xlsx")
        #expect(read.layout == .table)
        #expect(read.rows.map { ["area_id", "year", "quarter", "received", "planned", "spend", "notes"].map($0.text) } == [
            ["solihull", "2016/17", "Q2", "2016-12-05", "214454", "160000", "late"],
            ["dudley", "2016/17", "Q3", "06/01/2017", "£176,000.00", "98765.43", ""],
        ])
        #expect(read.rows[0].cells["received"]?.location.description == "table.xlsx:'Returns Q2'!D2")
    }
}
