import Foundation
import GrantModel
import GrantStore
import OfficeOpenXML
import Testing

/// Returns read from workbooks (`ReturnWorkbook`): a filled form by its names, a table on the
/// first sheet by its header; each cell's text with its sheet and cell; problems as
/// `FILE:Sheet1!C7: error: …`.
@Suite struct ReturnWorkbookTests {
    /// A workbook written to a scratch file, as `name`.
    final class ScratchWorkbook {
        let folder: URL
        let path: String

        init(_ document: WorkbookDocument, name: String = "returns.xlsx") throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-workbook-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            path = folder.appendingPathComponent(name).path
            try Data(try document.xlsx(file: name)).write(to: URL(fileURLWithPath: path))
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    static func cell(_ text: String) -> CellReference { CellReference(text)! }
    static let money = CellStyle(format: .money(symbol: "£"))
    static let date = CellStyle(format: .date)

    static func form(received: WrittenCell?, spend: WrittenCell, names: [String] = ["area_id", "year", "quarter", "received", "planned", "spend", "notes", "area_name"]) -> WorkbookDocument {
        var sheet = SheetDocument(name: "Return form")
        sheet.put(row: 4, column: 2, [.text("Solihull MBC")])
        sheet.put(row: 5, column: 2, [.text("solihull")])
        sheet.put(row: 6, column: 2, [.text("2016/17")])
        sheet.put(row: 7, column: 2, [.text("Q2")])
        if let received { sheet.put(row: 20, column: 2, [received]) }
        sheet.put(row: 21, column: 2, [WrittenCell(.number("214454"), money)])
        sheet.put(row: 22, column: 2, [spend])
        sheet.put(row: 23, column: 2, [.text("  late, sorry\n")])
        let rows = ["area_name": 4, "area_id": 5, "year": 6, "quarter": 7, "received": 20, "planned": 21, "spend": 22, "notes": 23]
        let defined = names.map { NamedCell(name: $0, target: SheetCell(sheet: "Return form", cell: CellReference(column: 2, row: rows[$0]!)!)) }
        return WorkbookDocument(sheets: [sheet, SheetDocument(name: "Other")], definedNames: defined)
    }

    @Test func aFilledFormIsOneRowFoundByItsNames() throws {
        let file = try ScratchWorkbook(Self.form(received: WrittenCell(.date(CalendarDate(year: 2016, month: 12, day: 5)!), Self.date),
                                                 spend: WrittenCell(.number("160000.5"), Self.money)))
        let read = try ReturnWorkbook.read(path: file.path, file: "solihull-q2.xlsx")
        #expect(read.layout == .form)
        #expect(read.columnNames == ["area_id", "year", "quarter", "received", "planned", "spend", "notes"])
        let row = try #require(read.rows.first)
        #expect(read.rows.count == 1)
        #expect(["area_id", "year", "quarter", "received", "planned", "spend", "notes"].map(row.text)
            == ["solihull", "2016/17", "Q2", "2016-12-05", "214454", "160000.5", "late, sorry"])
        #expect(row.cells["spend"]?.location.description == "solihull-q2.xlsx:'Return form'!B22")
        #expect(read.formAreaName?.text == "Solihull MBC")
        #expect(row.cells["received"]?.location.diagnostic("is after today").description
            == "solihull-q2.xlsx:'Return form'!B20: error: is after today")
    }

    @Test func anUnfilledCellIsThereEmptyAndDatesMayBeText() throws {
        let file = try ScratchWorkbook(Self.form(received: .text(" 05/12/2016 "), spend: .text("£160,000.00")))
        let row = try #require(try ReturnWorkbook.read(path: file.path).rows.first)
        #expect(row.text("received") == "05/12/2016")
        #expect(row.text("spend") == "£160,000.00")
        let empty = try ScratchWorkbook(Self.form(received: nil, spend: WrittenCell(.empty, Self.money)))
        let blank = try #require(try ReturnWorkbook.read(path: empty.path, file: "f.xlsx").rows.first)
        #expect(blank.text("received") == "" && blank.cells["received"]?.location.description == "f.xlsx:'Return form'!B20")
    }

    @Test func aFormWithOnlySomeOfItsKeyNamesIsRefused() throws {
        let file = try ScratchWorkbook(Self.form(received: nil, spend: .text("1"), names: ["area_id", "year", "spend"]))
        #expect(throws: WriteError.invalid([Diagnostic(path: "f.xlsx", message: "looks like a return form (it names area_id, year) but has no cell named quarter: make a new one with csdash template")])) {
            _ = try ReturnWorkbook.read(path: file.path, file: "f.xlsx")
        }
    }

    /// A table as a spreadsheet saves one: a title-less header, numbers, date cells, text dates
    /// and amounts, padding, a blank row, trailing empty columns.
    static func table(extra: (inout SheetDocument) -> Void = { _ in }) -> WorkbookDocument {
        var sheet = SheetDocument(name: "Sheet1")
        sheet.put(row: 1, ["area_id", "year", "quarter", "received", "planned", "spend", "notes", ""].map { WrittenCell.text($0) })
        sheet.put(row: 2, [.text("solihull "), .text("2016/17"), .text("Q2"), WrittenCell(.date(CalendarDate(year: 2016, month: 12, day: 5)!), date),
                           WrittenCell(.number("214454"), money), WrittenCell(.number("160000"), money)])
        sheet.put(row: 3, [.text("  "), .text("")])
        sheet.put(row: 4, [.text("dudley"), .text("2016/17"), .text("Q3"), .text("06/01/2017"), .text("£ 176,000.00"), .text(" £-   "),
                           .text("x"), WrittenCell(.empty, money)])
        extra(&sheet)
        return WorkbookDocument(sheets: [sheet, SheetDocument(name: "Notes")])
    }

    @Test func aTableIsRowsKeyedByItsHeader() throws {
        let file = try ScratchWorkbook(Self.table())
        let read = try ReturnWorkbook.read(path: file.path, file: "q.xlsx")
        #expect(read.layout == .table)
        #expect(read.columnNames == ["area_id", "year", "quarter", "received", "planned", "spend", "notes"])
        #expect(read.columns.map(\.location.description).last == "q.xlsx:Sheet1!G1")
        #expect(read.rows.count == 2, "the blank row left out")
        #expect(read.rows.map { ["area_id", "received", "planned", "spend", "notes"].map($0.text) } == [
            ["solihull", "2016-12-05", "214454", "160000", ""],
            ["dudley", "06/01/2017", "£ 176,000.00", "£-", "x"],
        ])
        #expect(read.rows[0].cells["notes"]?.location.description == "q.xlsx:Sheet1!G2", "an empty cell where the value would be")
        #expect(read.rows[1].cells["spend"]?.location.description == "q.xlsx:Sheet1!F4")
    }

    @Test func everyProblemOfATableIsNamedAtItsCell() throws {
        let file = try ScratchWorkbook(Self.table { sheet in
            sheet.put(row: 2, column: 10, [.text("stray")])
            sheet.put(row: 4, column: 1, [.text("dudley"), .text("2016/17"), .text("Q3"), .text("06/01/2017")])
        })
        #expect(throws: WriteError.invalid([Diagnostic(path: "q.xlsx:Sheet1!J2", message: "holds \"stray\" in a column with no name in the header row (row 1): name the column or clear it")])) {
            _ = try ReturnWorkbook.read(path: file.path, file: "q.xlsx")
        }
        var missing = SheetDocument(name: "Data")
        missing.put(row: 3, ["area", "year", "quarter"].map { WrittenCell.text($0) })
        let noKey = try ScratchWorkbook(WorkbookDocument(sheets: [missing]))
        #expect(throws: WriteError.invalid([Diagnostic(path: "q.xlsx:Data", message: "has no column area_id in its first row (3): a return workbook is either a form made by csdash template, or a table whose first row holds returns.csv's column names (area_id, year, quarter, received, planned, spend, notes)")])) {
            _ = try ReturnWorkbook.read(path: noKey.path, file: "q.xlsx")
        }
        var twice = SheetDocument(name: "Data")
        twice.put(row: 1, ["area_id", "year", "quarter", "year"].map { WrittenCell.text($0) })
        let duplicate = try ScratchWorkbook(WorkbookDocument(sheets: [twice]))
        #expect(throws: WriteError.invalid([Diagnostic(path: "q.xlsx:Data!D1", message: "the column year appears twice (first at B1)")])) {
            _ = try ReturnWorkbook.read(path: duplicate.path, file: "q.xlsx")
        }
    }

    @Test func aFileThatIsNoWorkbookOrNotThere() throws {
        #expect(throws: WriteError.noFolder(.unreadable(path: "gone.xlsx", reason: "does not exist"))) {
            _ = try ReturnWorkbook.read(path: "/no/such/gone.xlsx", file: "gone.xlsx")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-csv-\(UUID().uuidString).xlsx")
        try Data("area_id,year,quarter\n".utf8).write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: WriteError.invalid([Diagnostic(path: "r.xlsx", message: "is a text file (a CSV renamed?), not an .xlsx workbook: give it a .csv name to import it as CSV, or save it from the spreadsheet as Excel Workbook (.xlsx)")])) {
            _ = try ReturnWorkbook.read(path: folder.path, file: "r.xlsx")
        }
    }
}
