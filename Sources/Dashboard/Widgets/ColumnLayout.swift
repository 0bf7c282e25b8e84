import Cells

/// How a table's columns share a width, the one rule every table follows: a figure column (money,
/// a date, a count, a status with its days) keeps the width of its widest cell and is never cut;
/// text columns (names, titles, comments, contacts) shrink first, down to a floor, and show `…`
/// where they are cut; when the columns still do not fit, the first column stays put and the
/// others scroll sideways from `offset`, and the layout says which columns are in view.
struct ColumnLayout: Hashable {
    /// Spaces between two columns.
    static let gap = 2
    /// The narrowest a text column shrinks to before the table scrolls instead (or its header's
    /// longest word, or its widest cell, when that is narrower).
    static let textFloor = 12

    struct Placed: Hashable {
        var index: Int
        var width: Int
    }

    /// The columns in view, left to right, with the widths they are drawn at.
    let placed: [Placed]
    let columnCount: Int
    /// Columns scrolled out of view on the left (between the first column and the window).
    let hiddenLeft: Bool
    let hiddenRight: Bool

    var isScrolled: Bool { hiddenLeft || hiddenRight }

    /// The rule: everything at its natural width if it fits; else text columns shrunk evenly
    /// (widest first) if that fits; else the first column and a window of the rest from `offset`.
    init(_ columns: [TableView.Column], width: Int, offset: Int) {
        columnCount = columns.count
        guard !columns.isEmpty else {
            (placed, hiddenLeft, hiddenRight) = ([], false, false)
            return
        }
        if let widths = ColumnLayout.shrunk(columns, into: width) {
            placed = widths.enumerated().map { Placed(index: $0.offset, width: $0.element) }
            (hiddenLeft, hiddenRight) = (false, false)
            return
        }
        let start = max(1, min(offset + 1, columns.count - 1))
        var result: [Placed] = []
        let first = columns[0]
        var firstWidth = first.width
        if columns.count > 1 && first.shrinks {
            // Scrolling: the frozen names take at most a third of the width, and leave room for
            // the window's first column at its narrowest.
            let beside = width - ColumnLayout.gap - columns[start].minimumWidth
            firstWidth = max(first.minimumWidth, min(first.width, width / 3, beside))
        }
        result.append(Placed(index: 0, width: min(firstWidth, width)))
        var used = result[0].width
        var index = start
        while index < columns.count {
            let column = columns[index]
            let room = width - used - ColumnLayout.gap
            if column.width <= room {
                result.append(Placed(index: index, width: column.width))
                used += ColumnLayout.gap + column.width
            } else if column.shrinks && room >= column.minimumWidth {
                result.append(Placed(index: index, width: room))
                used = width
            } else if index == start && room > 0 {
                // Narrower than the minimum terminal would need: show what there is room for.
                result.append(Placed(index: index, width: room))
                used = width
            } else {
                break
            }
            index += 1
            if used >= width { break }
        }
        placed = result
        hiddenLeft = columns.count > 1 && start > 1
        hiddenRight = (result.last?.index ?? 0) < columns.count - 1
    }

    /// Natural widths, with text columns cut down to a common cap (no lower than their floors),
    /// when that fits `width`; nil when even the floors do not fit.
    static func shrunk(_ columns: [TableView.Column], into width: Int) -> [Int]? {
        let gaps = gap * (columns.count - 1)
        func widths(cap: Int) -> [Int] {
            columns.map { $0.shrinks ? max($0.minimumWidth, min($0.width, cap)) : $0.width }
        }
        func total(_ widths: [Int]) -> Int { widths.reduce(gaps, +) }
        let widest = columns.map(\.width).max() ?? 0
        if total(widths(cap: widest)) <= width { return widths(cap: widest) }
        guard total(widths(cap: 0)) <= width else { return nil }
        // The largest cap that fits, then what is left over goes to the widest cut columns.
        var low = 0, high = widest
        while low < high {
            let mid = (low + high + 1) / 2
            if total(widths(cap: mid)) <= width { low = mid } else { high = mid - 1 }
        }
        var result = widths(cap: low)
        var spare = width - total(result)
        for index in result.indices where spare > 0 && columns[index].shrinks && result[index] < columns[index].width {
            result[index] += 1
            spare -= 1
        }
        return result
    }

    /// The smallest offset that brings the last column into view at `width`: `→` stops there.
    static func lastOffset(_ columns: [TableView.Column], width: Int) -> Int {
        guard columns.count > 2 else { return 0 }
        for offset in 0..<(columns.count - 1) {
            let layout = ColumnLayout(columns, width: width, offset: offset)
            if !layout.hiddenRight { return offset }
        }
        return columns.count - 2
    }

    /// `columns 1-4 of 7 →`, `← columns 1, 5-7 of 7`: which columns show and which way the rest
    /// are; nil when every column shows.
    func position(_ glyphs: Glyphs) -> String? {
        guard isScrolled, let last = placed.last?.index else { return nil }
        let window = placed.count > 1 ? placed[1].index : 0
        let shown: String
        if !hiddenLeft {
            shown = "1-\(last + 1)"
        } else {
            shown = window == last ? "1, \(last + 1)" : "1, \(window + 1)-\(last + 1)"
        }
        let left = glyphs.isUnicode ? "←" : "<", right = glyphs.isUnicode ? "→" : ">"
        return (hiddenLeft ? "\(left) " : "") + "columns \(shown) of \(columnCount)" + (hiddenRight ? " \(right)" : "")
    }
}
