/// A workbook to be written: sheets of cells with styles, column widths and frozen header rows,
/// and names for cells. `xlsx()` checks it against the format's rules (sheet names, cell sizes,
/// names) and makes the file's bytes; the same document always makes the same bytes.
public struct WorkbookDocument: Sendable {
    public var sheets: [SheetDocument]
    public var definedNames: [NamedCell]
    /// The document's title, in the file's properties.
    public var title: String

    public init(sheets: [SheetDocument] = [], definedNames: [NamedCell] = [], title: String = "") {
        self.sheets = sheets
        self.definedNames = definedNames
        self.title = title
    }
}

/// A workbook-level name for one cell: `received` for `Return!$C$14`.
public struct NamedCell: Hashable, Sendable {
    public var name: String
    public var target: SheetCell

    public init(name: String, target: SheetCell) {
        self.name = name
        self.target = target
    }
}

public struct SheetDocument: Sendable {
    public var name: String
    /// Widths in characters, by column number (1 is A); other columns keep the default.
    public var columnWidths: [Int: Double] = [:]
    /// Rows kept in view while the rest scrolls (a table's title and header).
    public var frozenRows = 0
    /// Heights in points, by row number, for rows whose wrapped text needs more than one line;
    /// other rows keep the default (15).
    public var rowHeights: [Int: Double] = [:]
    /// Printed on A4 scaled to one page wide, across the page when `printsLandscape`.
    public var printsLandscape = false
    public private(set) var cells: [CellReference: WrittenCell] = [:]

    public init(name: String) { self.name = name }

    public subscript(_ reference: CellReference) -> WrittenCell? {
        get { cells[reference] }
        set { cells[reference] = newValue }
    }

    /// Puts `values` in `row` from `column` on, one a column.
    public mutating func put(row: Int, column: Int = 1, _ values: [WrittenCell]) {
        for (offset, value) in values.enumerated() {
            guard let reference = CellReference(column: column + offset, row: row) else { continue }
            cells[reference] = value
        }
    }
}

/// A value and how it looks.
public struct WrittenCell: Hashable, Sendable {
    public var value: WrittenValue
    public var style: CellStyle

    public init(_ value: WrittenValue, _ style: CellStyle = CellStyle()) {
        self.value = value
        self.style = style
    }

    public static func text(_ text: String, _ style: CellStyle = CellStyle()) -> WrittenCell { WrittenCell(.text(text), style) }
}

public enum WrittenValue: Hashable, Sendable {
    case text(String)
    /// Plain decimal text (`1873187.50`, `-1`): written as it is, so no binary rounding.
    case number(String)
    case date(CalendarDate)
    /// A cell with a style and no value: an input cell waiting to be filled in.
    case empty
}

public struct CellStyle: Hashable, Sendable {
    public enum Emphasis: Hashable, Sendable { case normal, bold, title }

    public enum Format: Hashable, Sendable {
        case general
        /// `"£"#,##0.00`: two decimals, thousands grouped, the currency symbol before.
        case money(symbol: String)
        /// `0%`: a whole percent of the value (0.45 shows as 45%).
        case percent
        /// `d mmm yyyy`: `5 Dec 2016`, which no reader can take for 12 May.
        case date
        /// `@`: what is typed stays text.
        case text
    }

    public var emphasis: Emphasis
    public var format: Format
    /// Shaded and boxed: a cell for the reader to fill in.
    public var isInput: Bool
    public var wraps: Bool

    public init(_ emphasis: Emphasis = .normal, format: Format = .general, isInput: Bool = false, wraps: Bool = false) {
        self.emphasis = emphasis
        self.format = format
        self.isInput = isInput
        self.wraps = wraps
    }

    public static let bold = CellStyle(.bold)
    public static let title = CellStyle(.title)
}
