import Cells

/// A key figure of a presentation page: a label and a value, the value in large digits when
/// the page has room.
struct Figure {
    var label: String
    var value: String
    /// Said after the label when there is room: `87% allocated`.
    var note = ""
    /// The note in plain text when the long one does not fit: `87%`.
    var shortNote = ""
}

/// Key figures laid out large (a label over five rows of block digits, two figures to a row) or
/// in ordinary bold text (one aligned line per figure).
enum FigureBlocks {
    /// Columns between the two figures of a row, at the least.
    static let columnGap = 6

    /// Rows of one or two figures, a blank line between rows. `spread`: the second column starts
    /// halfway across when there is room (two figures of their own); otherwise just after the
    /// first (a figure and its share).
    static func big(_ rows: [[Figure]], spread: Bool = true, glyphs: Glyphs) -> [PageBlock] {
        func widest(_ column: Int) -> Int {
            rows.compactMap { $0.count > column ? $0[column] : nil }
                .map { max(BigText.width($0.value) ?? Int.max / 4, $0.label.count) }.max() ?? 0
        }
        let first = widest(0), second = widest(1)
        let needed = second == 0 ? first : first + columnGap + second
        var blocks: [PageBlock] = []
        for (index, row) in rows.enumerated() {
            if index > 0 { blocks.append(.gap(priority: 0)) }
            blocks.append(PageBlock(height: 1 + BigText.height, width: needed) { grid, rect in
                let secondX = rect.x + max(first + columnGap, spread ? rect.width / 2 : 0)
                for (column, figure) in row.enumerated() {
                    let x = column == 0 ? rect.x : secondX
                    let cell = Rect(x: x, y: rect.y, width: rect.maxX - x, height: rect.height)
                    drawBig(figure, in: cell, &grid, glyphs: glyphs, room: column == 0 && row.count > 1 ? secondX - x - 2 : cell.width)
                }
            })
        }
        return blocks
    }

    private static func drawBig(_ figure: Figure, in rect: Rect, _ grid: inout Grid, glyphs: Glyphs, room: Int) {
        var label = [Span(figure.label, Presenting.plain)]
        if !figure.note.isEmpty && figure.label.count + 3 + figure.note.count <= room {
            label.append(Span(" \(glyphs.middleDot) \(figure.note)", Presenting.plain))
        }
        grid.put(Presenting.fitted(label, room, glyphs: glyphs), x: rect.x, y: rect.y, clip: rect)
        BigText.draw(&grid, figure.value, in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: BigText.height),
                     style: Presenting.strong, glyphs: glyphs)
    }

    /// One line per figure: labels padded to one width, values right-aligned, then the note
    /// that fits (long, else short, else none).
    static func plain(_ figures: [Figure], glyphs: Glyphs) -> [PageBlock] {
        let labelWidth = figures.map(\.label.count).max() ?? 0
        let valueWidth = figures.map(\.value.count).max() ?? 0
        return figures.map { figure in
            PageBlock(height: 1) { grid, rect in
                var spans = [Span(Text.padRight(figure.label, labelWidth) + "  ", Presenting.plain),
                             Span(Text.padLeft(figure.value, valueWidth), Presenting.strong)]
                let room = rect.width - labelWidth - 2 - valueWidth - 2
                if let note = [figure.note, figure.shortNote].first(where: { !$0.isEmpty && $0.count <= room }) {
                    spans.append(Span("  " + note, Presenting.plain))
                }
                grid.put(Presenting.fitted(spans, rect.width, glyphs: glyphs), x: rect.x, y: rect.y, clip: rect)
            }
        }
    }
}
