import GrantModel

/// A plain-text table for a terminal: headers wrapped onto several lines so that long board-paper
/// headings do not make every column wide, a rule under the header and above the totals.
struct TextTable {
    var columns: [BoardTable.Column]
    var rows: [[String]]
    var totals: [String]?

    init(_ table: BoardTable) {
        columns = table.columns
        rows = table.rows
        totals = table.totals
    }

    init(columns: [BoardTable.Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
        totals = nil
    }

    func render() -> String {
        let bodies = rows + (totals.map { [$0] } ?? [])
        let widths = columns.indices.map { index in
            let data = bodies.map { width(of: $0[index]) }.max() ?? 0
            let longestWord = columns[index].header.split(separator: " ").map { width(of: String($0)) }.max() ?? 0
            return max(data, longestWord, 4)
        }
        let headerLines = columns.indices.map { wrap(columns[$0].header, width: widths[$0]) }
        let headerHeight = headerLines.map(\.count).max() ?? 1
        var lines: [String] = []
        for lineIndex in 0..<headerHeight {
            let cells = columns.indices.map { index -> String in
                let wrapped = headerLines[index]
                // Headers sit on the bottom line, as in the board papers.
                let offset = headerHeight - wrapped.count
                let text = lineIndex >= offset ? wrapped[lineIndex - offset] : ""
                return pad(text, widths[index], columns[index].alignment)
            }
            lines.append(join(cells))
        }
        let rule = join(widths.map { String(repeating: "-", count: $0) })
        lines.append(rule)
        for row in rows { lines.append(join(columns.indices.map { pad(row[$0], widths[$0], columns[$0].alignment) })) }
        if let totals {
            lines.append(rule)
            lines.append(join(columns.indices.map { pad(totals[$0], widths[$0], columns[$0].alignment) }))
        }
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }

    private func join(_ cells: [String]) -> String { cells.joined(separator: "  ") }

    private func width(of text: String) -> Int { text.count }

    private func pad(_ text: String, _ width: Int, _ alignment: BoardTable.Alignment) -> String {
        let padding = String(repeating: " ", count: max(0, width - self.width(of: text)))
        return alignment == .right ? padding + text : text + padding
    }

    private func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        lines.append(current)
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
