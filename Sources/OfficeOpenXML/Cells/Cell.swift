/// A cell that holds something, as the workbook stores it.
public struct Cell: Hashable, Sendable {
    public var reference: CellReference
    public var value: CellValue

    public init(reference: CellReference, value: CellValue) {
        self.reference = reference
        self.value = value
    }
}

public enum CellValue: Hashable, Sendable {
    /// A string: shared, inline, or a formula's text result.
    case text(String)
    /// A number (or a formula's numeric result), as plain decimal text (`DecimalText.plain`).
    case number(String)
    /// A number in a date format, or an ISO 8601 date cell, as the day it shows.
    case date(CalendarDate)
    case boolean(Bool)
    /// An error value, `#N/A`, `#DIV/0!`.
    case error(String)

    /// The cell as text for a table: a number as plain decimal text, a date as `2016-12-05`,
    /// `TRUE` or `FALSE`, an error as Excel shows it.
    public var text: String {
        switch self {
        case .text(let text), .number(let text), .error(let text): return text
        case .date(let date): return date.description
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        }
    }
}

/// One sheet's cells that hold a value, in row order.
public struct Worksheet: Sendable {
    public var name: String
    public private(set) var cells: [Cell]
    private var index: [CellReference: Int]

    public init(name: String, cells: [Cell]) {
        self.name = name
        self.cells = cells.sorted { $0.reference < $1.reference }
        var index: [CellReference: Int] = [:]
        for (position, cell) in self.cells.enumerated() where index[cell.reference] == nil { index[cell.reference] = position }
        self.index = index
    }

    public subscript(_ reference: CellReference) -> CellValue? { index[reference].map { cells[$0].value } }

    /// The cells by row, each row's in column order, rows without a value left out.
    public var rows: [[Cell]] {
        var rows: [[Cell]] = []
        for cell in cells {
            if let last = rows.last?.last, last.reference.row == cell.reference.row {
                rows[rows.count - 1].append(cell)
            } else {
                rows.append([cell])
            }
        }
        return rows
    }
}
