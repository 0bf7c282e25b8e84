import Cells
import GrantModel

/// The walkthrough's first page: the funder's totals, the returns outstanding and the areas by
/// number, so the presenter can jump to one.
enum PresentationSummary {
    static func blocks(_ page: PageContext) -> [PageBlock] {
        let report = page.report, totals = report.totals, glyphs = page.glyphs
        let quarter = report.period.quarter
        let count = report.positions.count
        var blocks: [PageBlock] = [
            .line([Span("Summary \(glyphs.middleDot) \(count) area\(count == 1 ? "" : "s")", Presenting.strong)], glyphs: glyphs),
            .gap(priority: 8),
        ]
        let total = Figure(label: "Total allocation", value: page.money(totals.total))
        // A total is unknown when some area's return did not state that figure: say so, not just `—`.
        let unstated = "not stated in every return"
        let planned = Figure(label: "Planned at \(quarter)", value: page.money(totals.planned), note: totals.planned == nil ? unstated : "")
        let spent = Figure(label: "Spent at \(quarter)", value: page.money(totals.spend), note: totals.spend == nil ? unstated : "")
        let plannedShare = totals.percentAllocated.map { Percent.text($0) } ?? glyphs.unknown
        let spentShare = totals.percentSpend.map { Percent.text($0) } ?? glyphs.unknown
        if page.big {
            let shareLabel = "% of total allocation"
            blocks += FigureBlocks.big([[total], [planned, Figure(label: shareLabel, value: plannedShare)],
                                        [spent, Figure(label: shareLabel, value: spentShare)]], spread: false, glyphs: glyphs)
        } else {
            var plainPlanned = planned, plainSpent = spent
            if totals.planned != nil { (plainPlanned.note, plainPlanned.shortNote) = ("\(plannedShare) of the total", plannedShare) }
            if totals.spend != nil { (plainSpent.note, plainSpent.shortNote) = ("\(spentShare) of the total", spentShare) }
            blocks += FigureBlocks.plain([total, plainPlanned, plainSpent], glyphs: glyphs)
        }
        blocks += [.gap(priority: 7)] + outstanding(page) + areas(page)
        return blocks
    }

    /// How many returns are outstanding and whose; the overdue ones spelled out, a few at most:
    /// the closing page lists every one.
    static func outstanding(_ page: PageContext) -> [PageBlock] {
        let glyphs = page.glyphs
        let rows = page.state.presentedOutstandingRows
        let year = page.report.period.year
        guard !rows.isEmpty else {
            return [.wrapped("\(glyphs.tick) No \(year) returns are outstanding", width: page.width, style: Presenting.strong)]
        }
        let overdue = rows.filter(\.status.withholdsPayment).count
        let heading = "\(rows.count) \(year) return\(rows.count == 1 ? " is" : "s are") outstanding"
            + Presenting.overduePhrase(overdue: overdue, held: rows.filter(page.state.isPaymentHeld).count)
        var blocks: [PageBlock] = [.wrapped(heading, width: page.width, style: Presenting.strong)]
        let shown = 3
        for row in rows.prefix(shown) {
            guard let line = Presenting.outstandingLine(row.quarter, row.status, due: row.due, held: page.state.isPaymentHeld(row),
                                                        glyphs: glyphs) else { continue }
            let text = "\(glyphs.text(row.area.name)) \(glyphs.middleDot) \(line)"
            blocks.append(row.status.withholdsPayment ? .band(text, width: page.width)
                          : .band(text, width: page.width, style: Presenting.strong, priority: 4))
        }
        if rows.count > shown {
            blocks.append(.band("and \(rows.count - shown) more: End lists every one", width: page.width, style: Presenting.plain, priority: 4))
        }
        return blocks
    }

    /// The areas by number, with their marks, in as many columns as fit.
    static func areas(_ page: PageContext) -> [PageBlock] {
        let glyphs = page.glyphs
        let positions = page.report.positions
        guard !positions.isEmpty else { return [] }
        let numberWidth = String(positions.count).count
        let items = positions.enumerated().map { index, position -> [Span] in
            var spans = [Span(Text.padLeft("\(index + 1)", numberWidth) + "  ", Presenting.strong), Span(glyphs.text(position.area.name), Presenting.plain)]
            if page.state.funderPayments.isHeld(position.area.id) {
                spans.append(Span("  \(glyphs.cross) PAYMENT HELD", Presenting.strong))
            } else if PresentationAreaPage.overspent(position) != nil {
                spans.append(Span("  \(glyphs.alert) OVERSPENT", Presenting.strong))
            } else if position.isBehindProfile {
                spans.append(Span("  \(glyphs.behind) behind profile", Presenting.plain))
            }
            return spans
        }
        let itemWidth = (items.map { $0.map(\.text.count).reduce(0, +) }.max() ?? 0) + 4
        let columns = max(1, min(items.count, page.width / itemWidth))
        let rows = (items.count + columns - 1) / columns
        // One block: the list shows whole or not at all.
        let list = PageBlock(height: 1 + rows, priority: 5) { grid, rect in
            grid.put(Text.truncate("Areas: a number goes to its page", rect.width, glyphs: glyphs), x: rect.x, y: rect.y, style: Presenting.plain, clip: rect)
            for index in items.indices {
                // Numbered down the columns, as a reader scans a list.
                let (column, row) = (index / rows, index % rows)
                grid.put(Presenting.fitted(items[index], rect.width - column * itemWidth, glyphs: glyphs, cutting: 1),
                         x: rect.x + column * itemWidth, y: rect.y + 1 + row, clip: rect)
            }
        }
        return [.gap(priority: 7), list]
    }
}
