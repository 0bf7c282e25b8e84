import Cells
import GrantModel

/// One pane per area: total, bars of planned and spend against it, return badges and marks; where
/// the folder keeps reviews and payments, each quarter's review and payment beside its badge.
enum OverviewScreen {
    static func draw(_ grid: inout Grid, _ layout: ScreenLayout, _ state: DashboardState) -> Point? {
        guard let report = state.report, !report.positions.isEmpty else {
            let funder = state.funder.map { state.glyphs.text($0.name) } ?? "This funder"
            Message.draw(&grid, layout.body, [
                "\(funder) has no allocations in \(state.year).",
                "[ and ] change the year; f changes the funder.",
            ])
            return nil
        }
        let panes = state.overviewLayout
        let payments = state.funderPayments
        var cursor: Point?
        let shown = state.shownPositions
        let changed = state.changedAreas
        if shown.isEmpty, let filter = state.arrangement.filterPhrase(shown: 0, of: report.positions.count) {
            Message.draw(&grid, layout.body, ["\(filter).", "O shows the next filter, ending with every area."])
        }
        for (index, position) in shown.enumerated() {
            guard let rect = panes.rect(of: index, scroll: state.overviewRows.top) else { continue }
            let selected = position.area.id == state.selectedAreaID
            let facts = AreaPane.Payments(isHeld: payments.isHeld(position.area.id),
                                          quarters: payments.isTracked ? payments.quarters(of: position.area.id) : nil)
            AreaPane.draw(&grid, rect, position, facts, currency: report.funder.currency, selected: selected, glyphs: state.glyphs)
            if changed.contains(position.area.id) { ChangeMark.draw(&grid, rect, glyphs: state.glyphs) }
            if selected { cursor = Point(x: rect.x + 2, y: rect.y) }
        }
        if panes.rows > panes.visibleRows {
            let first = state.overviewRows.top * panes.columns + 1
            let last = min(shown.count, (state.overviewRows.top + panes.visibleRows) * panes.columns)
            let label = " areas \(first)-\(last) of \(shown.count) "
            grid.put(label, x: layout.body.maxX - label.count, y: layout.body.maxY - 1, style: Style(.dim))
        }
        drawTotals(&grid, layout.totals, report, held: payments.held.count, state.glyphs)
        return cursor
    }

    /// The totals line: as much as fits, dropping the least important parts first.
    static func drawTotals(_ grid: inout Grid, _ rect: Rect, _ report: FunderReport, held withheld: Int, _ glyphs: Glyphs) {
        guard !rect.isEmpty else { return }
        let totals = report.totals, currency = report.funder.currency
        func share(_ part: Money?, _ percent: Int?) -> String {
            part.map { "\(glyphs.money($0, currency)) \(BoardTables.percent(percent))" } ?? glyphs.unknown
        }
        let behind = report.positions.filter(\.isBehindProfile).count
        // (priority, span): lower numbers survive longer.
        var parts: [(Int, Span)] = [(0, Span("Total \(glyphs.money(totals.total, currency))", Style(.header, bold: true)))]
        if withheld > 0 { parts.append((1, Span("\(glyphs.cross) \(withheld) payment held", Style(.danger)))) }
        if behind > 0 { parts.append((2, Span("\(glyphs.behind) \(behind) behind profile", Style(.warning)))) }
        parts.append((3, Span("spent \(share(totals.spend, totals.percentSpend))", Style(.spend))))
        parts.append((4, Span("planned \(share(totals.planned, totals.percentAllocated))", Style(.planned))))
        if let remainder = totals.remainder { parts.append((5, Span("remainder \(glyphs.money(remainder, currency))"))) }
        let separator = " \(glyphs.middleDot) "
        while parts.count > 1 && parts.map(\.1.text.count).reduce(0, +) + separator.count * (parts.count - 1) + 1 > rect.width {
            parts.remove(at: parts.indices.max { parts[$0].0 < parts[$1].0 }!)
        }
        var spans = [Span(" ")]
        for (index, part) in parts.enumerated() {
            if index > 0 { spans.append(Span(separator, Style(.dim))) }
            spans.append(part.1)
        }
        grid.put(spans, x: rect.x, y: rect.y, clip: rect)
    }
}

/// One area's pane on the overview.
enum AreaPane {
    /// What a pane shows of the area's payments.
    struct Payments {
        /// A return overdue or queried holds a payment (`Grants.isPaymentHeld`).
        var isHeld: Bool
        /// Each quarter's review and payment, Q1 first; nil where the folder keeps neither.
        var quarters: [PaymentRow]?

        /// Paid in the year by the as-of date; nil where the folder keeps no payments.
        var paid: Money? { quarters.map { $0.filter { $0.paid != nil }.compactMap(\.amount).sum() } }
    }

    static func draw(_ grid: inout Grid, _ rect: Rect, _ position: AreaPosition, _ payments: Payments, currency: Currency,
                     selected: Bool, glyphs: Glyphs) {
        let (mark, markStyle) = self.mark(position, held: payments.isHeld, glyphs)
        // The selection is the reversed title alone: restyling the whole border would make every
        // arrow key repaint two boxes (see BENCHMARKS.md).
        Box.draw(&grid, rect, title: glyphs.text(position.area.name),
                 titleStyle: Style(selected ? .selectedBorder : .header, bold: true, reverse: selected),
                 mark: mark, markStyle: markStyle, border: Style(.border), glyphs: glyphs)
        drawSparkline(&grid, rect, position, glyphs: glyphs)
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        guard inner.width > 10 else { return }
        // The total, then each further part whole or not at all: no figure cut at the pane's edge.
        var summary = self.summary(position, held: payments.isHeld, currency, glyphs)
        if let paid = payments.paid { summary.append([Span("  paid ", Style(.dim)), Span(glyphs.money(paid, currency))]) }
        grid.put(Text.whole(summary, inner.width), x: inner.x, y: inner.y, clip: inner)
        drawBar(&grid, inner.row(1), label: "Planned", part: position.planned, position: position,
                percent: position.percentAllocated, currency: currency, style: Style(.planned), glyphs: glyphs)
        drawBar(&grid, inner.row(2), label: "Spent", part: position.spend, position: position,
                percent: position.percentSpend, currency: currency, style: Style(.spend), glyphs: glyphs)
        guard let quarters = payments.quarters, quarters.count == Quarter.allCases.count else {
            drawBadges(&grid, inner.row(3), position, glyphs)
            return
        }
        let items = quarters.map { PaneBadges.Quarterly(quarter: $0.quarter, returnStatus: position.statuses[$0.quarter] ?? .notDue, row: $0) }
        if inner.height >= 5, let lines = PaneBadges.twoLines(items, width: inner.width, currency: currency, glyphs: glyphs) {
            for (offset, line) in lines.enumerated() { grid.put(line, x: inner.x, y: inner.y + 3 + offset, clip: inner) }
        } else {
            grid.put(PaneBadges.line(items, width: inner.width, currency: currency, glyphs: glyphs), x: inner.x, y: inner.y + 3, clip: inner)
        }
    }

    /// The title's mark: payment held outranks behind profile; both show when there is room.
    static func mark(_ position: AreaPosition, held: Bool, _ glyphs: Glyphs) -> (String, Style) {
        if held {
            return (heldMark(glyphs), Style(.danger, bold: true))
        }
        if position.isBehindProfile { return (behindMark(glyphs), Style(.warning)) }
        return ("", .normal)
    }

    /// The pane's first line, in parts: each a label with its figure.
    static func summary(_ position: AreaPosition, held: Bool, _ currency: Currency, _ glyphs: Glyphs) -> [[Span]] {
        var parts = [[Span("Total ", Style(.dim)), Span(glyphs.money(position.total, currency), Style(.header, bold: true))]]
        // Spend past the total is marked in a symbol and a word, as planned past it is.
        if let spend = position.spend, BarShare.isOver(spend, position.total) {
            parts.append([Span("  \(glyphs.alert) overspent \(glyphs.money(spend - position.total, currency))", Style(.danger, bold: true))])
        }
        switch position.figures.source {
        case .carried(let from):
            parts.append([Span("  using \(from) figures", Style(.warning))])
        case .noReturn:
            parts.append([Span("  no return received", Style(.warning))])
        case .received:
            if let remainder = position.remainder {
                if remainder.isNegative {
                    parts.append([Span("  over-allocated \(glyphs.money(-remainder, currency))", Style(.warning))])
                } else {
                    parts.append([Span("  left ", Style(.dim)), Span(glyphs.money(remainder, currency))])
                }
            }
        }
        if held && position.isBehindProfile {
            parts.append([Span("  \(glyphs.behind) behind", Style(.warning))])
        }
        return parts
    }

    static func drawBar(_ grid: inout Grid, _ rect: Rect, label: String, part: Money?, position: AreaPosition,
                        percent: Int?, currency: Currency, style: Style, glyphs: Glyphs) {
        var labelWidth = 8
        // `>999%` fills the five columns: a space keeps it off the bar.
        var percentText = Text.padLeft(percent.map { Percent.text($0) } ?? glyphs.unknown, 5)
        if percentText.first != " " { percentText = " " + percentText }
        var moneyText = Text.padLeft(glyphs.money(part, currency), 11)
        // A figure is shown whole or not at all: when a huge amount leaves no room, the bar goes
        // first, then the label, then the amount.
        func needed() -> Int { labelWidth + percentText.count + (moneyText.isEmpty ? 0 : moneyText.count + 1) }
        if needed() > rect.width { labelWidth = 0 }
        if needed() > rect.width { moneyText = "" }
        if needed() > rect.width { percentText = "" }
        let barWidth = labelWidth == 0 ? 0 : rect.width - needed() - 1
        if labelWidth > 0 { grid.put(label, x: rect.x, y: rect.y, style: Style(.dim), clip: rect) }
        if barWidth >= 4 {
            Bar.draw(&grid, x: rect.x + labelWidth, y: rect.y, width: barWidth, part: part, whole: position.total, style: style, glyphs: glyphs)
        }
        let after = rect.x + labelWidth + max(barWidth, 0)
        grid.put(percentText, x: after, y: rect.y, style: Style(.header, bold: true), clip: rect)
        grid.put(" " + moneyText, x: after + percentText.count, y: rect.y, clip: rect)
    }

    /// `Q1 ✓ late 13d  Q2 ✓  Q3 ·  Q4 ·`, shortened when the long form does not fit.
    static func drawBadges(_ grid: inout Grid, _ rect: Rect, _ position: AreaPosition, _ glyphs: Glyphs) {
        for short in [false, true] {
            let spans = Quarter.allCases.flatMap { quarter -> [Span] in
                let status = position.statuses[quarter] ?? .notDue
                return [Span("\(quarter) ", Style(.dim)), Span(Badge.text(status, glyphs: glyphs, short: short), Badge.style(status)), Span("  ")]
            }
            if spans.reduce(0, { $0 + $1.text.count }) - 2 <= rect.width || short {
                grid.put(spans, x: rect.x, y: rect.y, clip: rect)
                return
            }
        }
    }
}

/// A few centred lines of text, for empty and error states.
enum Message {
    static func draw(_ grid: inout Grid, _ rect: Rect, _ lines: [String], style: Style = Style(.header)) {
        let wrapped = lines.flatMap { Text.wrap($0, max(1, rect.width - 2)) }
        let top = rect.y + max(0, (rect.height - wrapped.count) / 2)
        for (offset, line) in wrapped.enumerated() {
            let x = rect.x + max(0, (rect.width - line.count) / 2)
            grid.put(line, x: x, y: top + offset, style: style, clip: rect)
        }
    }
}
