/// A scrolling table: header rows, body rows, one selected row, a frozen first column and a
/// horizontal column offset for tables wider than the screen.
struct TableView {
    struct Column {
        var header: String
        var rightAligned: Bool
        /// Width the column needs: its widest cell or header word.
        var width: Int
        /// A flexible column takes what room is left (Comments); it is cut with an ellipsis.
        var flexible = false
    }

    var columns: [Column]
    var rows: [[Span]]
    var selected: Int?
    var scroll: Int
    var columnOffset: Int
    var glyphs: Glyphs

    /// Column widths from the cells and header words.
    static func columns(headers: [(String, Bool)], rows: [[String]], flexibleLast: Bool) -> [Column] {
        headers.enumerated().map { index, header in
            let cellWidth = rows.map { index < $0.count ? $0[index].count : 0 }.max() ?? 0
            let wordWidth = header.0.split(separator: " ").map(\.count).max() ?? 0
            return Column(header: header.0, rightAligned: header.1, width: max(cellWidth, wordWidth, 3),
                          flexible: flexibleLast && index == headers.count - 1)
        }
    }

    /// Which columns fit: the first always, then from `columnOffset` on while there is room.
    func visibleColumns(width: Int) -> [(index: Int, width: Int)] {
        guard let first = columns.first else { return [] }
        var result = [(0, min(first.width, width))]
        var used = result[0].1
        var index = max(1, columnOffset + 1)
        while index < columns.count {
            let column = columns[index]
            let room = width - used - 2
            if room <= 0 { break }
            if column.width <= room {
                result.append((index, column.width))
                used += 2 + column.width
            } else if column.flexible && room >= 8 {
                result.append((index, room))
                used += 2 + room
            } else {
                break
            }
            index += 1
        }
        return result
    }

    /// How many rows the header takes once its words are wrapped to the column widths.
    func headerHeight(width: Int) -> Int {
        visibleColumns(width: width).map { Text.wrap(columns[$0.index].header, $0.width).count }.max() ?? 1
    }

    /// Draws into `rect`; returns the position of the selected row's start (for the cursor) and
    /// whether columns are hidden to the right.
    @discardableResult
    func draw(_ grid: inout Grid, _ rect: Rect) -> (cursor: Point?, moreRight: Bool) {
        let visible = visibleColumns(width: rect.width)
        let headerRows = headerHeight(width: rect.width)
        var x = rect.x
        for (index, width) in visible {
            let column = columns[index]
            let lines = Text.wrap(column.header, width)
            for (offset, line) in lines.enumerated() {
                let y = rect.y + headerRows - lines.count + offset
                let text = column.rightAligned ? Text.padLeft(line, width) : line
                grid.put(text, x: x, y: y, style: Style(.header), clip: rect)
            }
            x += width + 2
        }
        let ruleY = rect.y + headerRows
        grid.put(String(repeating: glyphs.horizontal, count: min(rect.width, x - rect.x - 2)), x: rect.x, y: ruleY, style: Style(.border), clip: rect)
        var cursor: Point?
        let bodyTop = ruleY + 1
        let bodyRows = max(0, rect.maxY - bodyTop)
        for line in 0..<bodyRows {
            let rowIndex = scroll + line
            guard rowIndex < rows.count else { break }
            let y = bodyTop + line
            let isSelected = rowIndex == selected
            var x = rect.x
            for (index, width) in visible {
                let span = index < rows[rowIndex].count ? rows[rowIndex][index] : Span("")
                var text = Text.truncate(span.text, width, glyphs: glyphs)
                text = columns[index].rightAligned ? Text.padLeft(text, width) : Text.padRight(text, width)
                var style = span.style
                if isSelected { style.reverse = true }
                grid.put(text, x: x, y: y, style: style, clip: rect)
                if isSelected && x + width < rect.maxX {
                    grid.put("  ", x: x + width, y: y, style: Style(reverse: true), clip: rect)
                }
                x += width + 2
            }
            if isSelected { cursor = Point(x: rect.x, y: y) }
        }
        let moreRight = (visible.last?.index ?? 0) < columns.count - 1
        return (cursor, moreRight)
    }
}
