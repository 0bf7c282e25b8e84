import Cells

/// A screen's lines laid out to a width, and how far its tables scroll sideways there.
struct Document: Sendable {
    var lines: [[Span]] = []
    /// The largest column offset any of its tables can use (0 when every column of every table fits).
    var lastColumnOffset = 0

    init(_ lines: [[Span]] = []) { self.lines = lines }

    /// Appends `table` laid out to `width`, scrolled to `offset` (each table stops at its own last column).
    mutating func append(_ table: TableView, width: Int, offset: Int) {
        var table = table
        let last = table.lastColumnOffset(width: width)
        table.columnOffset = min(offset, last)
        lastColumnOffset = max(lastColumnOffset, last)
        lines += table.lines(width: width)
    }

    /// Every line longer than `width` wrapped at spaces, so that no figure runs off the screen.
    func wrapped(to width: Int, glyphs: Glyphs) -> Document {
        var result = self
        result.lines = lines.flatMap { Text.wrap($0, width, glyphs: glyphs) }
        return result
    }
}

/// The years, themes and decisions views: each a document of lines that scrolls as one, its
/// tables sideways together with `←` `→`.
enum DocumentScreen {
    static func document(_ state: DashboardState, _ shown: DocumentView, width: Int) -> Document {
        if let cached = state.documentCache, cached.key == state.documentKey(shown, width: width) { return cached.document }
        let offset = shown.columns.top
        let document: Document
        switch shown.kind {
        case .years: document = YearsScreen.document(state, width: width, columnOffset: offset)
        case .themes: document = ThemesScreen.document(state, width: width, columnOffset: offset)
        case .decisions: document = DecisionsScreen.document(state, width: width)
        }
        return document.wrapped(to: width, glyphs: state.glyphs)
    }

    /// The width a document is laid out to on a screen of `size`.
    static func width(_ size: Size) -> Int { max(1, ScreenLayout(size).body.width - 2) }

    static func lineCount(_ state: DashboardState, _ shown: DocumentView) -> Int {
        document(state, shown, width: width(state.size)).lines.count
    }

    static func lastColumnOffset(_ state: DashboardState, _ shown: DocumentView) -> Int {
        document(state, shown, width: width(state.size)).lastColumnOffset
    }

    static func draw(_ grid: inout Grid, _ layout: ScreenLayout, _ state: DashboardState, _ shown: DocumentView) -> Point? {
        let body = Rect(x: layout.body.x + 1, y: layout.body.y, width: width(state.size), height: layout.body.height)
        let lines = document(state, shown, width: body.width).lines
        let scroll = shown.lines.firstLine(lines: lines.count, window: body.height)
        for (offset, line) in lines.dropFirst(scroll).prefix(body.height).enumerated() {
            // A table wider than the screen loses its last columns whole, never half a figure.
            grid.put(Text.wholeSpans(line, body.width, cuttingWordsWith: state.glyphs), x: body.x, y: body.y + offset, clip: body)
        }
        return Point(x: body.x, y: body.y)
    }

    /// A table of a document: `headers` (title, right-aligned), the text columns in `shrinking`.
    static func table(headers: [(String, Bool)], rows: [[Span]], shrinking: Set<Int> = [0], glyphs: Glyphs) -> TableView {
        let columns = TableView.columns(headers: headers, rows: rows.map { $0.map(\.text) }, shrinking: shrinking)
        return TableView(columns: columns, rows: rows, selected: nil, scroll: 0, columnOffset: 0, glyphs: glyphs)
    }
}
