import Cells

/// A table: header rows, body rows, one selected row, laid out by `ColumnLayout` (figures whole,
/// text shrunk with `…`, the first column frozen and the rest scrolled from `columnOffset` when
/// they still do not fit). Drawn into a rectangle (scrolling by rows) or given as lines for the
/// screens that scroll as one document.
struct TableView {
    struct Column {
        var header: String
        var rightAligned: Bool
        /// Width the column needs: its widest cell or header word.
        var width: Int
        /// A text column may be cut (with an ellipsis) down to `minimumWidth`; a figure never is.
        var shrinks = false
        var minimumWidth: Int
    }

    var columns: [Column]
    var rows: [[Span]]
    var selected: Int?
    var scroll: Int
    var columnOffset: Int
    var glyphs: Glyphs

    /// Column widths from the cells and header words; the columns in `shrinking` are text.
    static func columns(headers: [(String, Bool)], rows: [[String]], shrinking: Set<Int> = []) -> [Column] {
        headers.enumerated().map { index, header in
            let cellWidth = rows.map { index < $0.count ? $0[index].count : 0 }.max() ?? 0
            let wordWidth = header.0.split(separator: " ").map(\.count).max() ?? 0
            let width = max(cellWidth, wordWidth, 3)
            let shrinks = shrinking.contains(index)
            let minimum = shrinks ? min(width, max(wordWidth, ColumnLayout.textFloor)) : width
            return Column(header: header.0, rightAligned: header.1, width: width, shrinks: shrinks, minimumWidth: minimum)
        }
    }

    func layout(width: Int) -> ColumnLayout {
        ColumnLayout(columns, width: width, offset: columnOffset)
    }

    /// The largest useful `columnOffset` at `width` (0 when every column fits).
    func lastColumnOffset(width: Int) -> Int { ColumnLayout.lastOffset(columns, width: width) }

    /// How many rows the header takes once its words are wrapped to the column widths.
    func headerHeight(width: Int) -> Int {
        layout(width: width).placed.map { Text.wrap(columns[$0.index].header, $0.width).count }.max() ?? 1
    }

    /// The header's lines and the rule under it, which ends with the columns in view when some
    /// are scrolled out (`columns 1-4 of 7 →`).
    func headLines(width: Int) -> [[Span]] {
        let layout = self.layout(width: width)
        let wrapped = layout.placed.map { Text.wrap(columns[$0.index].header, $0.width) }
        let height = wrapped.map(\.count).max() ?? 1
        var lines: [[Span]] = []
        for row in 0..<height {
            var spans: [Span] = []
            for (placed, words) in zip(layout.placed, wrapped) {
                let line = row - (height - words.count)
                let text = line >= 0 ? words[line] : ""
                let padded = columns[placed.index].rightAligned ? Text.padLeft(text, placed.width) : Text.padRight(text, placed.width)
                if !spans.isEmpty { spans.append(Span("  ")) }
                spans.append(Span(padded, Style(.header)))
            }
            lines.append(spans)
        }
        let used = layout.placed.reduce(-ColumnLayout.gap) { $0 + $1.width + ColumnLayout.gap }
        var rule = [Span(String(repeating: glyphs.horizontal, count: max(0, min(width, used))), Style(.border))]
        if let position = layout.position(glyphs) {
            let mark = " \(position)"
            let ruleLength = max(2, min(used, width) - mark.count)
            rule = [Span(String(repeating: glyphs.horizontal, count: ruleLength), Style(.border)),
                    Span(Text.truncate(mark, width - ruleLength, glyphs: glyphs), Style(.header, bold: true))]
        }
        return lines + [rule]
    }

    /// One body row at the layout's widths: text cut with an ellipsis, figures whole.
    func rowLine(_ rowIndex: Int, layout: ColumnLayout) -> [Span] {
        let isSelected = rowIndex == selected
        var spans: [Span] = []
        for placed in layout.placed {
            let cells = rows[rowIndex]
            let span = placed.index < cells.count ? cells[placed.index] : Span("")
            let column = columns[placed.index]
            var text = Text.truncate(span.text, placed.width, glyphs: glyphs)
            text = column.rightAligned ? Text.padLeft(text, placed.width) : Text.padRight(text, placed.width)
            var style = span.style
            if isSelected { style.reverse = true }
            if !spans.isEmpty { spans.append(Span("  ", isSelected ? Style(reverse: true) : .normal)) }
            spans.append(Span(text, style))
        }
        return spans
    }

    /// The whole table as lines (a document's table: every row, no selection scrolling).
    func lines(width: Int) -> [[Span]] {
        let layout = self.layout(width: width)
        return headLines(width: width) + rows.indices.map { rowLine($0, layout: layout) }
    }

    /// Draws into `rect`, rows from `scroll`; returns the position of the selected row's start
    /// (for the cursor) and whether columns are scrolled out of view.
    @discardableResult
    func draw(_ grid: inout Grid, _ rect: Rect) -> (cursor: Point?, scrolled: Bool) {
        let layout = self.layout(width: rect.width)
        let head = headLines(width: rect.width)
        for (offset, line) in head.enumerated() where offset < rect.height {
            grid.put(line, x: rect.x, y: rect.y + offset, clip: rect)
        }
        var cursor: Point?
        let bodyTop = rect.y + head.count
        for line in 0..<max(0, rect.maxY - bodyTop) {
            let rowIndex = scroll + line
            guard rowIndex < rows.count else { break }
            let y = bodyTop + line
            grid.put(rowLine(rowIndex, layout: layout), x: rect.x, y: y, clip: rect)
            if rowIndex == selected { cursor = Point(x: rect.x, y: y) }
        }
        return (cursor, layout.isScrolled)
    }
}
