import OfficeOpenXML
import Testing

/// Workbooks laid out as Excel writes them: shared strings (rich text, phonetic guides, escapes),
/// styles telling dates from numbers, formulas with cached results, inline strings, booleans,
/// errors, cells without references, and the 1904 date system.
@Suite struct ExcelStyleWorkbookTests {
    static let sheet = """
        <row r="1" spans="1:4" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>\
        <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" s="2"><v>42709</v></c><c r="C2" s="3"><v>214454</v></c><c r="D2" s="3"><f>C2-54454</f><v>160000.00000000003</v></c></row>\
        <row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve"> inline </t></is></c><c r="B3" s="1"><v>42709.75</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>\
        <row r="4"><c r="A4" t="str"><f>A2&amp;"!"</f><v>solihull!</v></c><c s="4"><v>0.45</v></c><c r="D4" s="5"><v>0.5</v></c><c r="E4" s="3"/></row>\
        <row r="9"><c r="B9" t="s"><v>5</v></c></row>
        """

    static let strings = [
        "area_id", "received", "planned", "spend", "solihull",
        "<r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space=\"preserve\"> text_x000D_</t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh>",
    ]

    @Test func readsSharedStringsStylesAndFormulas() throws {
        let bytes = try ZipFixture.workbook(sheets: [("Sheet1", Self.sheet)], sharedStrings: Self.strings, styles: ZipFixture.excelStyles)
        var workbook = try Workbook.open(bytes: bytes, file: "excel.xlsx")
        let sheet = try workbook.worksheet(at: 0)
        let cells = Dictionary(uniqueKeysWithValues: sheet.cells.map { ($0.reference.description, $0.value) })
        #expect(cells["A1"] == .text("area_id") && cells["D1"] == .text("spend"))
        #expect(cells["B2"] == .date(CalendarDate(year: 2016, month: 12, day: 5)!), "a custom dd/mm/yyyy date")
        #expect(cells["B3"] == .date(CalendarDate(year: 2016, month: 12, day: 5)!), "the built-in short date, a time of day dropped")
        #expect(cells["C2"] == .number("214454"))
        #expect(cells["D2"] == .number("160000"), "a formula's cached result, its binary residue gone")
        #expect(cells["A3"] == .text(" inline "))
        #expect(cells["C3"] == .boolean(true))
        #expect(cells["D3"] == .error("#DIV/0!"))
        #expect(cells["A4"] == .text("solihull!"))
        #expect(cells["B4"] == .number("0.45"), "a cell without a reference follows the one before it")
        #expect(cells["D4"] == .number("0.5"), "a time of day is not a date")
        #expect(cells["E4"] == nil, "a styled blank holds nothing")
        #expect(cells["B9"] == .text("Rich text\r"), "runs joined, the phonetic guide left out, _x000D_ read")
        #expect(sheet.rows.count == 5)
    }

    @Test func readsThe1904DateSystem() throws {
        let bytes = try ZipFixture.workbook(sheets: [("Mac", "<row r=\"1\"><c r=\"A1\" s=\"2\"><v>41247</v></c></row>")],
                                            styles: ZipFixture.excelStyles, workbookPr: "<workbookPr date1904=\"1\"/>")
        var workbook = try Workbook.open(bytes: bytes, file: "mac.xlsx")
        #expect(workbook.dateSystem == .from1904)
        #expect(try workbook.worksheet(at: 0)[CellReference("A1")!] == .date(CalendarDate(year: 2016, month: 12, day: 5)!))
    }

    @Test func readsDefinedNamesOfTheWorkbookAndOfASheet() throws {
        let names = """
            <definedName name="_xlnm.Print_Area" localSheetId="0">Return!$A$1:$D$20</definedName>\
            <definedName name="received">Return!$C$14</definedName>\
            <definedName name="spend" localSheetId="0">Return!$C$16</definedName>\
            <definedName name="planned">#REF!</definedName>
            """
        let bytes = try ZipFixture.workbook(sheets: [("Return", "")], definedNames: names)
        let workbook = try Workbook.open(bytes: bytes, file: "form.xlsx")
        #expect(workbook.definedName("received")?.cell?.description == "Return!$C$14")
        #expect(workbook.definedName("spend")?.sheetIndex == 0)
        #expect(workbook.definedName("planned")?.cell == nil)
        #expect(workbook.definedName("notes") == nil)
    }
}
