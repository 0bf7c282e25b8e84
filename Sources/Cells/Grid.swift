/// One character cell: a grapheme and its style.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style

    public init(_ character: Character = " ", style: Style = .normal) {
        self.character = character
        self.style = style
    }

    public static let blank = Cell()
}

/// A rectangle of cells that screens render into: the whole frame, in memory, with no terminal.
/// Every character is taken as one column wide.
public struct Grid: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(_ size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Writes `text` from (x, y), clipped to `clip` (default: the whole grid). Returns the column
    /// after the last character written, so calls can be chained along a line.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard y >= area.y && y < area.maxY && y >= 0 && y < size.height else { return x + text.count }
        var column = x
        for character in text {
            if column >= area.maxX || column >= size.width { break }
            if column >= area.x && column >= 0 {
                self[column, y] = Cell(character, style: style)
            }
            column += 1
        }
        return column
    }

    /// Sets the style of every cell of `rect`, keeping the characters.
    public mutating func style(_ rect: Rect, _ style: Style) {
        for y in max(rect.y, 0)..<min(rect.maxY, size.height) {
            for x in max(rect.x, 0)..<min(rect.maxX, size.width) {
                self[x, y].style = style
            }
        }
    }

    /// Fills `rect` with `character` in `style`.
    public mutating func fill(_ rect: Rect, _ character: Character = " ", style: Style = .normal) {
        guard !rect.isEmpty else { return }
        for y in max(rect.y, 0)..<min(rect.maxY, size.height) {
            for x in max(rect.x, 0)..<min(rect.maxX, size.width) {
                self[x, y] = Cell(character, style: style)
            }
        }
    }

    /// The grid as plain text lines, trailing spaces kept, for snapshot tests.
    public var lines: [String] {
        (0..<size.height).map { y in String((0..<size.width).map { self[$0, y].character }) }
    }
}

/// What a screen shows: the cells and where the hardware cursor should sit (on the selected item,
/// so that screen readers and braille displays follow the selection).
public struct Frame: Hashable, Sendable {
    public var grid: Grid
    public var cursor: Point?

    public init(grid: Grid, cursor: Point? = nil) {
        self.grid = grid
        self.cursor = cursor
    }
}
