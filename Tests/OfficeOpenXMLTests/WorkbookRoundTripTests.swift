import OfficeOpenXML
import Testing

/// What the writer writes, the reader reads back: text (shared), numbers as written, dates, the
/// defined names and several sheets; and the same document makes the same bytes.
@Suite struct WorkbookRoundTripTests {
    static func document() -> WorkbookDocument {
        var first = SheetDocument(name: "Return form")
        first.put(row: 1, [.text("Quarterly return", .title)])
        first.put(row: 3, [.text("Area", .bold), .text("Solihull MBC")])
        first.put(row: 4, [.text("Total"), WrittenCell(.number("1873187.50"), CellStyle(format: .money(symbol: "£")))])
        first.put(row: 5, [.text("Share"), WrittenCell(.number("0.45"), CellStyle(format: .percent))])
        first.put(row: 6, [.text("Received"), WrittenCell(.date(CalendarDate(year: 2016, month: 12, day: 5)!), CellStyle(format: .date, isInput: true))])
        first.put(row: 7, [.text("Notes"), WrittenCell(.empty, CellStyle(format: .text, isInput: true, wraps: true))])
        first.put(row: 8, [.text("  spaced \"quoted\" <tag> & _x0041_ \u{7}\nline  ")])
        first.columnWidths = [1: 18, 2: 30.5]
        first.frozenRows = 2
        var second = SheetDocument(name: "Table 1")
        second.put(row: 1, [.text("Local Authority", .bold), .text("Allocation", .bold)])
        second.put(row: 2, [.text("Solihull MBC"), WrittenCell(.number("-1"), CellStyle(format: .money(symbol: "£")))])
        let received = SheetCell(sheet: "Return form", cell: CellReference("B6")!)
        return WorkbookDocument(sheets: [first, second],
                                definedNames: [NamedCell(name: "received", target: received),
                                               NamedCell(name: "notes", target: SheetCell(sheet: "Return form", cell: CellReference("B7")!))],
                                title: "A test")
    }

    @Test func readsBackWhatItWrote() throws {
        let bytes = try Self.document().xlsx(file: "test.xlsx")
        var workbook = try Workbook.open(bytes: bytes, file: "test.xlsx")
        #expect(workbook.sheetNames == ["Return form", "Table 1"])
        #expect(workbook.dateSystem == .from1900)
        #expect(workbook.definedName("RECEIVED")?.cell == SheetCell(sheet: "Return form", cell: CellReference("B6")!))
        let form = try workbook.worksheet(at: 0)
        #expect(form[CellReference("A1")!] == .text("Quarterly return"))
        #expect(form[CellReference("B4")!] == .number("1873187.5"))
        #expect(form[CellReference("B5")!] == .number("0.45"))
        #expect(form[CellReference("B6")!] == .date(CalendarDate(year: 2016, month: 12, day: 5)!))
        #expect(form[CellReference("B7")!] == nil, "an empty input cell holds nothing")
        #expect(form[CellReference("A8")!] == .text("  spaced \"quoted\" <tag> & _x0041_ \u{7}\nline  "))
        let table = try #require(try workbook.worksheet(named: "table 1"))
        #expect(table.rows.map { $0.map(\.value.text) } == [["Local Authority", "Allocation"], ["Solihull MBC", "-1"]])
    }

    @Test func theSameDocumentMakesTheSameBytes() throws {
        #expect(try Self.document().xlsx(file: "a.xlsx") == Self.document().xlsx(file: "b.xlsx"))
    }

    @Test func refusesWhatExcelWouldRefuse() {
        func problem(_ change: (inout WorkbookDocument) -> Void) -> String? {
            var document = Self.document()
            change(&document)
            do {
                _ = try document.xlsx(file: "bad.xlsx")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(problem { $0.sheets[1].name = "A/B" } == "bad.xlsx: error: cannot have a sheet named \"A/B\": a sheet name cannot hold /")
        #expect(problem { $0.sheets[1].name = String(repeating: "x", count: 32) }?.contains("1 to 31 characters") == true)
        #expect(problem { $0.sheets[1].name = "RETURN FORM" }?.contains("two sheets named") == true)
        #expect(problem { $0.definedNames[0].name = "C7" }?.contains("not a name Excel allows") == true)
        #expect(problem { $0.definedNames[0].target.sheet = "Gone" }?.contains("which it does not have") == true)
        #expect(problem { $0.sheets = [] }?.contains("no sheets") == true)
        #expect(problem { $0.sheets[1].put(row: 3, [.text(String(repeating: "x", count: 32_768))]) }
            == "bad.xlsx:'Table 1'!A3: error: holds 32768 characters of text; a cell holds at most 32767")
        #expect(problem { $0.sheets[1].put(row: 3, [WrittenCell(.number("1e5"))]) }?.contains("no plain decimal number") == true)
    }
}
