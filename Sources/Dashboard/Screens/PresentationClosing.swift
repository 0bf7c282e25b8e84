import Cells
import GrantModel

/// The walkthrough's last page: every return of the funder and year still outstanding, most
/// overdue first, one to a line and double-spaced when there is room, so it reads from the back
/// of the room.
enum PresentationClosing {
    static func blocks(_ page: PageContext) -> [PageBlock] {
        let glyphs = page.glyphs
        let rows = page.state.presentedOutstandingRows
        let period = page.report.period
        var blocks: [PageBlock] = [
            .line([Span("Outstanding returns \(glyphs.middleDot) \(period.year)", Presenting.strong)], glyphs: glyphs),
            .gap(priority: 8),
        ]
        guard !rows.isEmpty else {
            return blocks + [.wrapped("\(glyphs.tick) No \(period.year) returns are outstanding as of \(Presenting.date(period.asOf)).",
                                      width: page.width, style: Presenting.strong)]
        }
        let overdue = rows.filter(\.status.withholdsPayment).count
        let summary = "return\(rows.count == 1 ? "" : "s") outstanding"
            + Presenting.overduePhrase(overdue: overdue, held: rows.filter(page.state.isPaymentHeld).count)
        if page.big {
            blocks += [countBlock(rows.count, summary, glyphs: glyphs), .gap(priority: 0)]
        } else {
            blocks += [.wrapped("\(rows.count) \(summary)", width: page.width, style: Presenting.strong), .gap(priority: 7)]
        }
        blocks += table(rows, page)
        return blocks
    }

    /// The count in large digits, and what it counts beside it.
    private static func countBlock(_ count: Int, _ summary: String, glyphs: Glyphs) -> PageBlock {
        let number = String(count)
        let bigWidth = BigText.width(number) ?? 0
        return PageBlock(height: BigText.height, width: bigWidth + 3 + summary.count) { grid, rect in
            BigText.draw(&grid, number, in: rect, style: Presenting.strong, glyphs: glyphs)
            grid.put(summary, x: rect.x + bigWidth + 3, y: rect.y + 2, style: Presenting.strong, clip: rect)
        }
    }

    /// A line per return in aligned columns; as many as the page holds, then how many more.
    private static func table(_ rows: [ReturnRow], _ page: PageContext) -> [PageBlock] {
        let lines = aligned(rows, width: page.width - 2, glyphs: page.glyphs, held: page.state.isPaymentHeld)
        // Rows already placed above the table: the heading and its gap, the count and its gap.
        let available = page.height - (page.big ? 2 + BigText.height + 1 : 4)
        // Double-spaced when every row fits so; more rows matter more than air between them.
        let spacing = page.big && 2 * rows.count - 1 <= available ? 2 : 1
        let room = max(1, (available + spacing - 1) / spacing)
        let shown = rows.count <= room ? rows.count : max(0, room - 1)
        var blocks: [PageBlock] = []
        for (index, row) in rows.prefix(shown).enumerated() {
            if index > 0 && spacing > 1 { blocks.append(.gap(spacing - 1, priority: 7)) }
            blocks.append(.band(lines[index], width: page.width, style: row.status.withholdsPayment ? Style(.presentAlert) : Presenting.strong))
        }
        if shown < rows.count {
            if spacing > 1 { blocks.append(.gap(spacing - 1, priority: 7)) }
            blocks.append(.band("and \(rows.count - shown) more: the dashboard's Outstanding view lists every one",
                                width: page.width, style: Presenting.plain))
        }
        return blocks
    }

    /// The rows as text in columns, in the fullest form that fits `width`: the due date long,
    /// then short, then left out (the payment column stays, shortened: it is what the board acts on).
    static func aligned(_ rows: [ReturnRow], width: Int, glyphs: Glyphs, held isHeld: (ReturnRow) -> Bool) -> [String] {
        func cells(_ row: ReturnRow, level: Int) -> [String] {
            let overdue = row.status.withholdsPayment, held = isHeld(row)
            let status = row.status.daysOverdue.map { "OVERDUE \(Presenting.days($0).uppercased())" } ?? "DUE NOW"
            let date = level == 0 ? Presenting.date(row.due) : row.due.longDescription
            let due = level >= 2 ? [] : [(overdue ? "was due " : "due by ") + date]
            let payment = held ? "PAYMENT HELD" : overdue ? "instalment paid" : level >= 2 ? "not yet held" : "payment not yet held"
            return [glyphs.text(row.area.name), "\(row.quarter)", status] + due + [payment]
        }
        var result: [String] = []
        for level in 0...2 {
            let table = rows.map { cells($0, level: level) }
            let separator = level == 0 ? "   " : "  "
            let widths = (0..<(table.first?.count ?? 0)).map { column in table.map { $0[column].count }.max() ?? 0 }
            result = table.map { zip($0, widths).map { Text.padRight($0, $1) }.joined(separator: separator).trimmingSpacesAtEnd() }
            if result.allSatisfy({ $0.count <= width }) { break }
        }
        return result
    }
}

private extension String {
    /// The last column's padding, which would only push a row past the width.
    func trimmingSpacesAtEnd() -> String {
        String(self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)])
    }
}
