/// A cell's place in a sheet, `C7`: column 3, row 7 (both 1-based), within Excel's grid of
/// 16,384 columns (A to XFD) and 1,048,576 rows.
public struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let maxColumn = 16_384
    public static let maxRow = 1_048_576

    public let column: Int
    public let row: Int

    /// nil outside Excel's grid.
    public init?(column: Int, row: Int) {
        guard (1...CellReference.maxColumn).contains(column), (1...CellReference.maxRow).contains(row) else { return nil }
        self.column = column
        self.row = row
    }

    /// `C7`, `$C$7` or `c7`; nil for anything else.
    public init?(_ text: some StringProtocol) {
        var letters = 0, column = 0, row = 0, digits = 0
        var rest = text.utf8[...]
        if rest.first == UInt8(ascii: "$") { rest = rest.dropFirst() }
        while let byte = rest.first, (byte | 0x20) >= UInt8(ascii: "a"), (byte | 0x20) <= UInt8(ascii: "z") {
            guard letters < 3 else { return nil }
            column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a") + 1)
            letters += 1
            rest = rest.dropFirst()
        }
        if rest.first == UInt8(ascii: "$") { rest = rest.dropFirst() }
        guard letters > 0, let first = rest.first, first != UInt8(ascii: "0") else { return nil }
        for byte in rest {
            guard byte >= 0x30, byte <= 0x39, digits < 7 else { return nil }
            row = row * 10 + Int(byte - 0x30)
            digits += 1
        }
        self.init(column: column, row: row)
    }

    /// `A`, `Z`, `AA`, `XFD`.
    public static func columnName(_ column: Int) -> String {
        var name: [Character] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            name.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))), at: 0)
            rest = (rest - 1) / 26
        }
        return String(name)
    }

    public var columnName: String { CellReference.columnName(column) }
    public var description: String { "\(columnName)\(row)" }
    /// `$C$7`: the form a defined name points with.
    public var absolute: String { "$\(columnName)$\(row)" }

    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }

    /// A sheet name as a reference writes it: bare when it is letters, digits and underscores
    /// not starting with a digit, otherwise in single quotes with any quote doubled.
    public static func quoted(sheet: String) -> String {
        let plain = !sheet.isEmpty && sheet.first?.isNumber == false
            && sheet.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
            && CellReference(sheet) == nil
        return plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

/// A defined name's target: one cell of one sheet, `Sheet1!$C$7` or `'Return form'!$C$7`.
public struct SheetCell: Hashable, Sendable, CustomStringConvertible {
    public var sheet: String
    public var cell: CellReference

    public init(sheet: String, cell: CellReference) {
        self.sheet = sheet
        self.cell = cell
    }

    /// Reads `Sheet1!$C$7`, `'It''s'!C7`, or a one-cell range `Sheet1!$C$7:$C$7`; nil for a range
    /// of several cells, `#REF!` and anything else.
    public init?(_ text: String) {
        let text = text.hasPrefix("=") ? String(text.dropFirst()) : text
        guard let bang = text.lastIndex(of: "!") else { return nil }
        var sheet = String(text[..<bang])
        if sheet.hasPrefix("'") {
            guard sheet.count >= 2, sheet.hasSuffix("'") else { return nil }
            sheet = String(sheet.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        let target = text[text.index(after: bang)...]
        let ends = target.split(separator: ":", omittingEmptySubsequences: false)
        guard !sheet.isEmpty, (1...2).contains(ends.count), let cell = CellReference(ends[0]) else { return nil }
        if ends.count == 2, CellReference(ends[1]) != cell { return nil }
        self.init(sheet: sheet, cell: cell)
    }

    /// `'Return form'!$C$7`.
    public var description: String { "\(CellReference.quoted(sheet: sheet))!\(cell.absolute)" }
}
