import OfficeOpenXML
import Testing

@Suite struct CellReferenceTests {
    @Test(arguments: [("A1", 1, 1), ("C7", 3, 7), ("$C$7", 3, 7), ("c7", 3, 7), ("AA10", 27, 10), ("XFD1048576", 16_384, 1_048_576)])
    func readsAReference(text: String, column: Int, row: Int) throws {
        let reference = try #require(CellReference(text))
        #expect(reference.column == column && reference.row == row)
    }

    @Test(arguments: ["", "A", "7", "A0", "A07", "XFE1", "A1048577", "AAAA1", "C7 ", "Ä1", "$$C7"])
    func refusesWhatIsNoReference(text: String) {
        #expect(CellReference(text) == nil, "\(text)")
    }

    @Test func namesColumnsAsExcelDoes() {
        #expect([1, 26, 27, 52, 53, 702, 703, 16_384].map(CellReference.columnName) == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"])
        #expect(CellReference(column: 3, row: 7)?.absolute == "$C$7")
    }

    @Test func readsADefinedNamesTarget() throws {
        #expect(SheetCell("Sheet1!$C$7") == SheetCell(sheet: "Sheet1", cell: try #require(CellReference("C7"))))
        #expect(SheetCell("'Return form'!$C$7")?.sheet == "Return form")
        #expect(SheetCell("'It''s'!B2")?.sheet == "It's")
        #expect(SheetCell("Return!$B$4:$B$4")?.cell == CellReference("B4"))
        for text in ["#REF!", "Return!$B$4:$C$9", "Return!", "$B$4", "'Open!B4", "SUM(Return!B4)"] {
            #expect(SheetCell(text) == nil, "\(text)")
        }
        #expect(SheetCell(sheet: "Return form", cell: CellReference(column: 2, row: 4)!).description == "'Return form'!$B$4")
        #expect(SheetCell(sheet: "Return", cell: CellReference(column: 2, row: 4)!).description == "Return!$B$4")
    }
}

@Suite struct CalendarDateTests {
    private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

    /// Serials checked against Excel's own: 42709 is 5 December 2016 in the 1900 system, and the
    /// same day is 41247 in the 1904 system (1,462 days fewer).
    @Test func serialsOfThe1900System() {
        let system = DateSystem.from1900
        #expect(system.date(serial: 1) == day(1900, 1, 1))
        #expect(system.date(serial: 59) == day(1900, 2, 28))
        #expect(system.date(serial: 60) == nil, "29 February 1900 never was")
        #expect(system.date(serial: 61) == day(1900, 3, 1))
        #expect(system.date(serial: 42709) == day(2016, 12, 5))
        #expect(system.date(serial: 2_958_465) == day(9999, 12, 31))
        #expect(system.date(serial: 0) == nil && system.date(serial: 2_958_466) == nil)
        for serial in [1, 2, 58, 59, 61, 62, 366, 42709, 2_958_465] {
            #expect(system.serial(of: system.date(serial: serial)!) == serial)
        }
        #expect(system.serial(of: day(1899, 12, 31)) == nil)
    }

    @Test func serialsOfThe1904System() {
        let system = DateSystem.from1904
        #expect(system.date(serial: 0) == day(1904, 1, 1))
        #expect(system.date(serial: 41247) == day(2016, 12, 5))
        #expect(system.date(serial: -1) == nil)
        #expect(system.serial(of: day(2016, 12, 5)) == 41247)
        #expect(day(2016, 12, 5).description == "2016-12-05")
        #expect(CalendarDate(year: 2017, month: 2, day: 29) == nil)
    }
}

@Suite struct DecimalTextTests {
    @Test(arguments: [
        ("214454", "214454"), ("214454.0", "214454"), ("12.50", "12.5"), ("0.5", "0.5"), (".5", "0.5"),
        ("1.5E-3", "0.0015"), ("1.5e3", "1500"), ("1E+20", "100000000000000000000"), ("-1", "-1"), ("-0", "0"),
        ("0", "0"), ("000123", "123"), ("+7", "7"),
        // The binary residue of a sum: Excel keeps and shows 15 significant digits.
        ("133454.00000000001", "133454"), ("0.30000000000000004", "0.3"), ("12345.670000000002", "12345.67"),
        ("999999999999999.5", "1000000000000000"), ("-2.9999999999999996", "-3"),
    ])
    func readsNumberText(text: String, plain: String) {
        #expect(DecimalText.plain(text) == plain, "\(text)")
    }

    @Test(arguments: ["", "abc", "1,000", "£5", "1.2.3", "1E", "1E999", "-", "."])
    func refusesWhatIsNoNumber(text: String) {
        #expect(DecimalText.plain(text) == nil, "\(text)")
    }

    @Test func knowsPlainText() {
        #expect(DecimalText.isPlain("1873187.50") && DecimalText.isPlain("-1") && DecimalText.isPlain("0"))
        #expect(!DecimalText.isPlain("1e5") && !DecimalText.isPlain("1.") && !DecimalText.isPlain("") && !DecimalText.isPlain("£1"))
    }
}
