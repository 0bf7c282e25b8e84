/// The years, themes and decisions views: each a document of lines that scrolls as one.
enum DocumentScreen {
    static func document(_ state: DashboardState, width: Int) -> [[Span]] {
        if let cached = state.documentCache, cached.key == state.documentKey(width: width) { return cached.lines }
        switch state.view {
        case .years: return YearsScreen.document(state, width: width)
        case .themes: return ThemesScreen.document(state, width: width)
        case .decisions: return DecisionsScreen.document(state, width: width)
        default: return []
        }
    }

    /// The width a document is laid out to on a screen of `size`.
    static func width(_ size: Size) -> Int { max(1, ScreenLayout(size).body.width - 2) }

    static func lineCount(_ state: DashboardState) -> Int {
        document(state, width: width(state.size)).count
    }

    static func draw(_ grid: inout Grid, _ layout: ScreenLayout, _ state: DashboardState) -> Point? {
        let body = Rect(x: layout.body.x + 1, y: layout.body.y, width: width(state.size), height: layout.body.height)
        let lines = document(state, width: body.width)
        let scroll = min(state.documentScroll, max(0, lines.count - body.height))
        for (offset, line) in lines.dropFirst(scroll).prefix(body.height).enumerated() {
            // A table wider than the screen loses its last columns whole, never half a figure.
            grid.put(Text.wholeSpans(line, body.width, cuttingWordsWith: state.glyphs), x: body.x, y: body.y + offset, clip: body)
        }
        return Point(x: body.x, y: body.y)
    }

    /// A titled table as lines: a bold title, then the header and rows laid out to fit.
    static func table(headers: [(String, Bool)], rows: [[Span]]) -> [[Span]] {
        let columns = TableView.columns(headers: headers, rows: rows.map { $0.map(\.text) }, flexibleLast: false)
        return AreaDetailScreen.layoutRows(columns: columns, rows: rows)
    }
}
