/// A sheet's part, worksheets/sheetN.xml: its view (a frozen header), column widths and cells,
/// text through the shared strings, numbers as written, dates as serial numbers of the 1900 system.
struct SheetXML {
    static let maxTextLength = 32_767

    static func make(_ sheet: SheetDocument, selected: Bool, file: String,
                     strings: inout SharedStringTable, styles: inout StyleTable) throws(WorkbookError) -> String {
        let cells = sheet.cells.sorted { $0.key < $1.key }
        var xml = XMLWriting.declaration
            + "<worksheet xmlns=\"\(XMLWriting.mainNamespace)\" xmlns:r=\"\(XMLWriting.relationshipNamespace)\">"
            + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        if let first = cells.first?.key {
            let lastRow = cells.last?.key.row ?? first.row
            let lastColumn = cells.map(\.key.column).max() ?? first.column
            let corner = CellReference(column: lastColumn, row: lastRow) ?? first
            xml += "<dimension ref=\"\(CellReference(column: 1, row: 1)!):\(corner)\"/>"
        }
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if sheet.frozenRows > 0, let topLeft = CellReference(column: 1, row: sheet.frozenRows + 1) {
            xml += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(topLeft)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (column, width) in sheet.columnWidths.sorted(by: { $0.key < $1.key }) {
                xml += "<col min=\"\(column)\" max=\"\(column)\" width=\"\(SheetXML.width(width))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        var currentRow = 0
        for (reference, cell) in cells {
            if reference.row != currentRow {
                if currentRow != 0 { xml += "</row>" }
                currentRow = reference.row
                let height = sheet.rowHeights[currentRow].map { " ht=\"\(SheetXML.width($0))\" customHeight=\"1\"" } ?? ""
                xml += "<row r=\"\(currentRow)\"\(height)>"
            }
            xml += try SheetXML.cell(cell, at: reference, sheet: sheet.name, file: file, strings: &strings, styles: &styles)
        }
        if currentRow != 0 { xml += "</row>" }
        xml += "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        let orientation = sheet.printsLandscape ? "landscape" : "portrait"
        xml += "<pageSetup paperSize=\"9\" orientation=\"\(orientation)\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        return xml + "</worksheet>"
    }

    private static func cell(_ cell: WrittenCell, at reference: CellReference, sheet: String, file: String,
                             strings: inout SharedStringTable, styles: inout StyleTable) throws(WorkbookError) -> String {
        func refuse(_ message: String) -> WorkbookError {
            WorkbookError(.unwritable, file: file, sheet: sheet, cell: reference, message: message)
        }
        let style = styles.index(of: cell.style)
        let start = "<c r=\"\(reference)\"\(style == 0 ? "" : " s=\"\(style)\"")"
        switch cell.value {
        case .empty:
            return start + "/>"
        case .text(let text):
            guard text.utf16.count <= maxTextLength else {
                throw refuse("holds \(text.utf16.count) characters of text; a cell holds at most \(maxTextLength)")
            }
            return start + " t=\"s\"><v>\(strings.index(of: text))</v></c>"
        case .number(let number):
            guard DecimalText.isPlain(number) else { throw refuse("would hold \"\(number)\", which is no plain decimal number") }
            return start + "><v>\(number)</v></c>"
        case .date(let date):
            guard let serial = DateSystem.from1900.serial(of: date) else { throw refuse("would hold \(date), a day no workbook shows") }
            return start + "><v>\(serial)</v></c>"
        }
    }

    /// `12.5`, `30`: a width or height without binary noise.
    private static func width(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}

/// Each text once, numbered in order of first use, and sharedStrings.xml listing them.
struct SharedStringTable {
    private(set) var strings: [String] = []
    private var numbers: [String: Int] = [:]
    private(set) var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        if let known = numbers[text] { return known }
        strings.append(text)
        numbers[text] = strings.count - 1
        return strings.count - 1
    }

    var xml: String {
        var xml = XMLWriting.declaration + "<sst xmlns=\"\(XMLWriting.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            let escaped = XMLWriting.escape(EscapedText.encode(text))
            let keepsSpaces = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
            xml += keepsSpaces ? "<si><t xml:space=\"preserve\">\(escaped)</t></si>" : "<si><t>\(escaped)</t></si>"
        }
        return xml + "</sst>"
    }
}
