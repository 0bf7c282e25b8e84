/// A worksheet part's cells: `<row r="7"><c r="C7" t="s" s="3"><v>12</v></c></row>`, with shared
/// strings looked up, inline strings read, formulas' cached results kept (the formula itself is
/// not evaluated), numbers in a date style turned into days, and empty cells left out.
/// Cells and rows without a reference follow the one before, as the format allows.
struct SheetParser {
    let name: String
    let sharedStrings: [String]
    let dateStyles: [Bool]
    let dateSystem: DateSystem
    let limits: WorkbookLimits
    let file: String

    func parse(_ bytes: [UInt8]) throws(WorkbookError) -> Worksheet {
        var reader = XMLReader(bytes)
        var cells: [Cell] = []
        var rowsWithValues = 0, lastRowWithValue = 0
        var row = 0, column = 0
        var pending: PendingCell?
        var inSheetData = false
        while let event = try next(&reader) {
            switch event {
            case .start(let element):
                switch element.name {
                case "sheetData": inSheetData = true
                case "row" where inSheetData:
                    row += 1
                    if let text = element["r"] {
                        guard let number = Int(text), (1...CellReference.maxRow).contains(number) else {
                            throw problem(nil, "has a row numbered \"\(text)\", outside 1 to \(CellReference.maxRow)")
                        }
                        row = number
                    }
                    column = 0
                case "c" where inSheetData:
                    let reference: CellReference
                    if let text = element["r"] {
                        guard let parsed = CellReference(text) else { throw problem(nil, "has a cell named \"\(text)\", which is no cell reference") }
                        reference = parsed
                    } else {
                        guard let next = CellReference(column: column + 1, row: max(row, 1)) else { throw problem(nil, "has a cell past column XFD") }
                        reference = next
                    }
                    column = reference.column
                    pending = PendingCell(reference: reference, type: element["t"] ?? "n",
                                          style: element["s"].flatMap { Int($0) } ?? 0)
                case "v", "t":
                    if let inPhonetic = pending?.inPhonetic { pending?.collecting = !inPhonetic }
                case "rPh": pending?.inPhonetic = true
                default: continue
                }
            case .text(let text):
                if pending?.collecting == true { pending?.text += text }
            case .end(let name):
                switch name {
                case "sheetData": inSheetData = false
                case "v", "t": pending?.collecting = false
                case "rPh": pending?.inPhonetic = false
                case "c":
                    guard let cell = pending else { continue }
                    pending = nil
                    guard let value = try value(of: cell) else { continue }
                    if cell.reference.row != lastRowWithValue {
                        rowsWithValues += 1
                        lastRowWithValue = cell.reference.row
                        guard rowsWithValues <= limits.rows else {
                            throw problem(nil, "has more than \(limits.rows) rows with values, more than csdash reads of a sheet")
                        }
                    }
                    cells.append(Cell(reference: cell.reference, value: value))
                    guard cells.count <= limits.cells else {
                        throw problem(nil, "has more than \(limits.cells) cells with values, more than csdash reads of a sheet")
                    }
                default: continue
                }
            }
        }
        return Worksheet(name: name, cells: cells)
    }

    private func next(_ reader: inout XMLReader) throws(WorkbookError) -> XMLReader.Event? {
        do {
            return try reader.next()
        } catch {
            throw problem(nil, "is not well-formed XML: its part \(error.message) (line \(error.line))")
        }
    }

    private struct PendingCell {
        var reference: CellReference
        var type: String
        var style: Int
        var text = ""
        var collecting = false
        var inPhonetic = false
    }

    /// nil for a cell that holds nothing (a styled blank, an empty string result).
    private func value(of cell: PendingCell) throws(WorkbookError) -> CellValue? {
        let text = cell.text
        switch cell.type {
        case "s":
            guard let index = Int(text.trimmed), sharedStrings.indices.contains(index) else {
                throw problem(cell.reference, "refers to shared string \"\(text)\", which the workbook does not have")
            }
            return sharedStrings[index].isEmpty ? nil : .text(sharedStrings[index])
        case "inlineStr", "str":
            let decoded = EscapedText.decode(text)
            return decoded.isEmpty ? nil : .text(decoded)
        case "b":
            switch text.trimmed {
            case "1", "true": return .boolean(true)
            case "0", "false": return .boolean(false)
            default: throw problem(cell.reference, "is a true/false cell holding \"\(text)\"")
            }
        case "e":
            return .error(text.trimmed)
        case "d":
            guard text.trimmed.count >= 10, let date = CalendarDate(iso: String(text.trimmed.prefix(10))) else {
                throw problem(cell.reference, "is a date cell holding \"\(text)\", which is no date")
            }
            return .date(date)
        case "n":
            let trimmed = text.trimmed
            if trimmed.isEmpty { return nil }
            guard let plain = DecimalText.plain(trimmed) else { throw problem(cell.reference, "is a number cell holding \"\(text)\", which is no number") }
            guard dateStyles.indices.contains(cell.style), dateStyles[cell.style] else { return .number(plain) }
            return .date(try day(plain, at: cell.reference))
        default:
            throw problem(cell.reference, "has a cell type \"\(cell.type)\" that SpreadsheetML does not have")
        }
    }

    /// The day a date cell shows: the whole part of its serial number (a time of day is dropped).
    private func day(_ plain: String, at reference: CellReference) throws(WorkbookError) -> CalendarDate {
        let whole = plain.firstIndex(of: ".").map { String(plain[..<$0]) } ?? plain
        guard let serial = Int(whole), let date = dateSystem.date(serial: serial) else {
            let reason = dateSystem == .from1900 && whole == "60"
                ? "29 February 1900, a day that never was (Excel's 1900 leap-year error)"
                : "outside the days a workbook can show"
            throw problem(reference, "is a date cell holding \(plain), which is \(reason)")
        }
        return date
    }

    private func problem(_ cell: CellReference?, _ message: String) -> WorkbookError {
        WorkbookError(file: file, sheet: name, cell: cell, message: message)
    }
}

extension String {
    /// Without the spaces, tabs and line ends around it (worked on the UTF-8 bytes: this runs
    /// for every cell).
    var trimmed: String {
        let bytes = utf8
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = bytes.first, let last = bytes.last, isSpace(first) || isSpace(last) else { return self }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }), let end = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}

extension CalendarDate {
    /// `2016-12-05`.
    init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
