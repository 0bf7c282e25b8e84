import Foundation
import OfficeOpenXML
import Testing

/// `report --format xlsx`: Tables 1 and 2 per funder, a sheet each, the same figures as
/// `report --format csv`, amounts and percentages as numbers (read here by csdash's own reader;
/// SpreadsheetClientTests reads them with LibreOffice and openpyxl).
@Suite struct ReportWorkbookTests {
    /// sample-data with a West Mercia allocation in 2016/17 (two funders, four sheets) and
    /// payments (the Paid to Date column).
    static func twoFunderFolder() throws -> SampleDataCopy {
        let folder = try SampleDataCopy()
        let allocations = folder.url.appendingPathComponent("allocations.csv")
        let line = "telford-wrekin,2016/17,250000,1000.50,Revenue budget,,made up for the test\n"
        try (try String(contentsOf: allocations, encoding: .utf8) + line).write(to: allocations, atomically: true, encoding: .utf8)
        try "area_id,year,quarter,amount,paid,ref,notes\nbirmingham,2016/17,Q1,470000,2016-08-01,,\ncoventry,2016/17,Q2,100000.25,,,\n"
            .write(to: folder.url.appendingPathComponent("payments.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    static let cases: [(name: String, options: [String])] = [("board", []), ("forecast", ["--forecast"])]

    /// Each case's workbook and CSV, written from `folder` into `work`.
    static func write(_ folder: SampleDataCopy, into work: URL) throws -> [(name: String, workbook: String, csv: String)] {
        try cases.map { item in
            let path = work.appendingPathComponent("\(item.name).xlsx").path
            let options = ["--as-of", "2016-12-06"] + item.options
            let written = try csdash(["report", folder.path, "--format", "xlsx", "--output", path] + options)
            guard written.status == 0 else { throw ReportFailure(result: written) }
            let csv = try csdash(["report", folder.path, "--format", "csv"] + options)
            guard csv.status == 0 else { throw ReportFailure(result: csv) }
            return (item.name, path, csv.stdout)
        }
    }

    struct ReportFailure: Error { var result: RunResult }

    static let ownReader = BoardWorkbookComparison(amount: { BoardWorkbookComparison.plain($0) },
                                                   percent: { text in BoardWorkbookComparison.plain(text).flatMap { Decimal(string: $0) }.map { "\($0 * 100)" } })

    @Test func everySheetShowsTheCSVsFigures() throws {
        let folder = try Self.twoFunderFolder()
        for written in try Self.write(folder, into: folder.url) {
            var workbook = try Workbook.open(path: written.workbook)
            #expect(workbook.sheetNames == ["Table 1 west-midlands", "Table 2 west-midlands", "Table 1 west-mercia", "Table 2 west-mercia"])
            let csv = try BoardWorkbookComparison.csvRows(written.csv)
            for index in workbook.sheetNames.indices {
                let sheet = try workbook.worksheet(at: index)
                let rows = Self.grid(sheet)
                let funder = String(sheet.name.split(separator: " ").last ?? "")
                #expect(Self.ownReader.differences(sheet: rows, funder: funder, csv: csv) == [], "\(written.name) \(sheet.name)")
                var altered = rows
                altered[3][3] = "1"
                #expect(Self.ownReader.differences(sheet: altered, funder: funder, csv: csv).count == 1, "the comparison sees a change")
                #expect(rows[0][0].hasSuffix("community safety 2016/17 at Q2, as of 2016-12-06"))
                #expect(rows[1][0] == sheet.name.components(separatedBy: " ").prefix(2).joined(separator: " "))
            }
            let table2 = try workbook.worksheet(at: 1)
            #expect(Self.grid(table2)[2].contains("Paid to Date"))
            #expect(Self.grid(table2)[2].contains("Forecast Outturn") == (written.name == "forecast"))
        }
    }

    /// A finance officer sums a column: the amounts are number cells, the percentages fractions.
    @Test func amountsAndPercentagesAreNumbers() throws {
        let work = try SampleDataCopy()
        let path = work.url.appendingPathComponent("board.xlsx").path
        let result = try csdash("report", "sample-data", "--as-of", "2016-12-06", "--format", "xlsx", "--output", path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "\(path): Tables 1 and 2 of 2016/17 at Q2, 1 funder (2 sheets)\n")
        var workbook = try Workbook.open(path: path)
        let table1 = try workbook.worksheet(at: 0)
        #expect(table1[CellReference("B4")!] == .number("1873187"), "Birmingham's allocation")
        #expect(table1[CellReference("G4")!] == .number("0.87"), "87% allocated")
        #expect(table1[CellReference("F10")!] == .number("-1"), "Wolverhampton's remainder")
        #expect(table1[CellReference("A11")!] == .text("Total") && table1[CellReference("B11")!] == .number("3863308"))
    }

    @Test func xlsxNeedsAFileAndOutputNeedsXLSX() throws {
        let bare = try csdash("report", "sample-data", "--format", "xlsx")
        #expect(bare.status == 64 && bare.stderr.contains("--format xlsx writes a workbook, not text: name its file with --output FILE.xlsx"), "\(bare)")
        #expect(bare.stdout.isEmpty)
        let text = try csdash("report", "sample-data", "--format", "csv", "--output", "x.csv")
        #expect(text.status == 64 && text.stderr.contains("--output is for --format xlsx"), "\(text)")
        let help = try csdash("report", "--help")
        #expect(help.stdout.contains("table, csv, json, markdown, html or xlsx"), "\(help)")
    }

    /// The sheet as rows of cell text, every row from row 1 as wide as its last cell.
    static func grid(_ sheet: Worksheet) -> [[String]] {
        guard let last = sheet.cells.last?.reference.row else { return [] }
        var rows = Array(repeating: [String](), count: last)
        for cell in sheet.cells {
            var row = rows[cell.reference.row - 1]
            while row.count < cell.reference.column { row.append("") }
            row[cell.reference.column - 1] = cell.value.text
            rows[cell.reference.row - 1] = row
        }
        return rows
    }
}
