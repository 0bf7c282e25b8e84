import Cells
import GrantModel

/// One area's page of the walkthrough: its key figures, the bars, the quarters' returns in words
/// and anything overdue spelled out. Every figure is the board tables' own (`AreaPosition`).
enum PresentationAreaPage {
    static func blocks(_ position: AreaPosition, _ page: PageContext) -> [PageBlock] {
        let glyphs = page.glyphs
        let quarter = position.period.quarter
        let profile = quarter.profilePercent
        var blocks = [title(position, page), .gap(priority: 8)]

        let remainderLabel = position.remainder?.isNegative == true ? "Remainder (over-allocated)" : "Remainder to allocate"
        // Figures carried from an earlier quarter say so in their label, which always shows.
        let from = position.figures.carriedFrom.map { " (\($0) figures)" } ?? ""
        let planned = Figure(label: "Planned at \(quarter)\(from)", value: page.money(position.planned),
                             note: plannedNote(position, page), shortNote: position.percentAllocated.map { Percent.text($0) } ?? "")
        let total = Figure(label: "Total allocation", value: page.money(position.total))
        let spent = Figure(label: "Spent at \(quarter)\(from)", value: page.money(position.spend),
                           note: spentNote(position, page), shortNote: overspent(position) == nil ? "" : "OVERSPENT")
        let remainder = Figure(label: remainderLabel, value: page.money(position.remainder),
                               note: position.remainder == nil ? "planned not stated" : "")
        let percent = position.percentSpend.map { Percent.text($0) } ?? glyphs.unknown
        let against = "against \(profile)% profile at \(quarter)"
        if page.big {
            blocks += FigureBlocks.big([[total, planned], [spent, remainder]], glyphs: glyphs)
            blocks += [.gap(priority: 0), profileBlock(percent, against: against, position, glyphs: glyphs)]
        } else {
            let spend = Figure(label: "% spend", value: percent, note: against + (position.isBehindProfile ? " \(glyphs.behind) behind" : ""),
                               shortNote: "of \(profile)%")
            blocks += FigureBlocks.plain([total, planned, spent, remainder, spend], glyphs: glyphs)
        }
        blocks += [.gap(priority: 7), bars(position, glyphs: glyphs), .gap(priority: 7)]
        blocks += badges(position, width: page.width, glyphs: glyphs)
        blocks += alerts(position, page)
        blocks += payments(position, page)
        if !position.comment.isEmpty {
            blocks += [.gap(priority: 6), .wrapped(position.comment, width: page.width, style: Presenting.strong, priority: 2)]
        }
        // The chart takes the rows the page leaves: it never pushes a figure off.
        if let grants = page.state.grants {
            blocks += SpendChart.pageBlocks(position.track(in: grants), page, room: page.height - blocks.map(\.height).reduce(0, +))
        }
        return blocks
    }

    /// `87% allocated`; a £0 total has no percent, and says so rather than that planned is unstated.
    static func plannedNote(_ position: AreaPosition, _ page: PageContext) -> String {
        guard position.planned != nil else { return "not stated in the return" }
        return position.percentAllocated.map { "\(Percent.text($0)) allocated" } ?? "of a \(page.money(position.total)) total"
    }

    /// Spend past the total allocation is spelled out beside the figure, not left to the bar.
    static func spentNote(_ position: AreaPosition, _ page: PageContext) -> String {
        guard position.spend != nil else { return "not stated in the return" }
        return overspent(position).map { "\(page.glyphs.alert) OVERSPENT by \(page.money($0))" } ?? ""
    }

    /// How far spend passes the total allocation; nil when it does not.
    static func overspent(_ position: AreaPosition) -> Money? {
        guard let spend = position.spend, BarShare.isOver(spend, position.total) else { return nil }
        return spend - position.total
    }

    /// The area's name, and at the right its marks: payment held outranks behind profile.
    static func title(_ position: AreaPosition, _ page: PageContext) -> PageBlock {
        let glyphs = page.glyphs
        var marks: [Span] = []
        if page.state.funderPayments.isHeld(position.area.id) { marks.append(Span(" \(glyphs.cross) PAYMENT HELD ", Style(.presentAlert))) }
        if overspent(position) != nil { marks.append(Span("  \(glyphs.alert) OVERSPENT", Presenting.strong)) }
        if position.isBehindProfile { marks.append(Span("  \(glyphs.behind) BEHIND PROFILE", Presenting.strong)) }
        return PageBlock(height: 1) { grid, rect in
            let markWidth = marks.map(\.text.count).reduce(0, +)
            let showMarks = markWidth + 12 <= rect.width
            let nameRoom = showMarks ? rect.width - markWidth - 2 : rect.width
            grid.put(Text.truncate(glyphs.text(position.area.name), nameRoom, glyphs: glyphs), x: rect.x, y: rect.y, style: Presenting.strong, clip: rect)
            if showMarks { grid.put(marks, x: rect.maxX - markWidth, y: rect.y, clip: rect) }
        }
    }

    /// `27%` large, and beside it what it is measured against.
    static func profileBlock(_ percent: String, against: String, _ position: AreaPosition, glyphs: Glyphs) -> PageBlock {
        let bigWidth = BigText.width(percent) ?? Int.max / 4
        let behind = position.isBehindProfile ? "\(glyphs.behind) behind profile: more than \(position.thresholds.behindProfilePoints) points below it"
            : position.percentSpend == nil && position.spend != nil ? "no percent: there is no total allocation" : ""
        let label = "Spend against the straight-line profile"
        return PageBlock(height: 1 + BigText.height, width: max(label.count, bigWidth + 3 + against.count)) { grid, rect in
            grid.put(label, x: rect.x, y: rect.y, style: Presenting.plain, clip: rect)
            BigText.draw(&grid, percent, in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: BigText.height),
                         style: Presenting.strong, glyphs: glyphs)
            let textX = rect.x + bigWidth + 3
            let textRect = Rect(x: textX, y: rect.y, width: rect.maxX - textX, height: rect.height)
            grid.put(against, x: textX, y: rect.y + 3, style: Presenting.strong, clip: textRect)
            grid.put(Text.truncate(behind, textRect.width, glyphs: glyphs), x: textX, y: rect.y + 4, style: Presenting.plain, clip: textRect)
        }
    }

    /// Planned and spent as bars across the page, and under them a mark where the profile stands.
    static func bars(_ position: AreaPosition, glyphs: Glyphs) -> PageBlock {
        let profile = position.period.quarter.profilePercent
        return PageBlock(height: 3, priority: 5) { grid, rect in
            let labelWidth = 9, percentWidth = 5
            let barWidth = rect.width - labelWidth - percentWidth - 1
            guard barWidth >= 10 else { return }
            let rows: [(String, Money?, Int?)] = [("Planned", position.planned, position.percentAllocated),
                                                  ("Spent", position.spend, position.percentSpend)]
            for (offset, row) in rows.enumerated() {
                let y = rect.y + offset
                grid.put(row.0, x: rect.x, y: y, style: Presenting.plain, clip: rect)
                let bar = Bar.text(part: row.1, whole: position.total, width: barWidth, glyphs: glyphs)
                let end = grid.put(bar.filled, x: rect.x + labelWidth, y: y, style: Presenting.strong, clip: rect)
                grid.put(bar.track, x: end, y: y, style: Presenting.plain, clip: rect)
                let percent = Text.padLeft(row.2.map { Percent.text($0) } ?? glyphs.unknown, percentWidth)
                grid.put(percent, x: rect.x + labelWidth + barWidth + 1, y: y, style: Presenting.strong, clip: rect)
            }
            // The mark sits under the cell where the profile's share of the bar ends.
            let markX = rect.x + labelWidth + min(barWidth - 1, max(0, barWidth * profile / 100 - 1))
            let arrow = glyphs.isUnicode ? "▲" : "^"
            let words = "\(profile)% profile at \(position.period.quarter)"
            let mark = markX + 2 + words.count <= rect.maxX ? "\(arrow) \(words)" : "\(words) \(arrow)"
            let x = mark.hasPrefix(arrow) ? markX : markX - mark.count + 1
            grid.put(mark, x: x, y: rect.y + 2, style: Presenting.strong, clip: rect)
        }
    }

    /// Q1-Q4 in words: four across when they fit, else two by two, else one to a line.
    static func badges(_ position: AreaPosition, width: Int, glyphs: Glyphs) -> [PageBlock] {
        let items = Quarter.allCases.map { quarter -> [Span] in
            let status = position.statuses[quarter] ?? .notDue
            return [Span("\(quarter) ", Presenting.strong),
                    Span(Presenting.words(status, glyphs: glyphs), status.isOutstanding ? Presenting.strong : Presenting.plain)]
        }
        let itemWidth = (items.map { $0.map(\.text.count).reduce(0, +) }.max() ?? 0) + 3
        let perLine = [4, 2, 1].first { $0 * itemWidth <= width } ?? 1
        let columnWidth = max(itemWidth, width / perLine)
        return stride(from: 0, to: items.count, by: perLine).map { start in
            PageBlock(height: 1, priority: start == 0 ? 3 : 4) { grid, rect in
                for (offset, item) in items[start..<min(items.count, start + perLine)].enumerated() {
                    grid.put(Presenting.fitted(item, rect.width, glyphs: glyphs), x: rect.x + offset * columnWidth, y: rect.y, clip: rect)
                }
            }
        }
    }

    /// Each overdue return as a reversed band, each return due now in bold: spelled out, never
    /// left to a symbol.
    static func alerts(_ position: AreaPosition, _ page: PageContext) -> [PageBlock] {
        let lines = Quarter.allCases.compactMap { quarter -> (String, Bool)? in
            guard let status = position.statuses[quarter], status.isOutstanding else { return nil }
            let due = page.state.grants?.dueDay(for: position.area.id, in: position.period.year, quarter: quarter) ?? position.period.asOf
            let held = page.state.isPaymentHeld(position.area.id, position.period.year, quarter)
            return Presenting.outstandingLine(quarter, status, due: due, held: held, glyphs: page.glyphs).map { ($0, status.withholdsPayment) }
        }
        guard !lines.isEmpty else { return [] }
        return [.gap(priority: 6)] + lines.map { text, overdue in
            .band(text, width: page.width, style: overdue ? Style(.presentAlert) : Presenting.strong)
        }
    }
}

extension PresentationAreaPage {
    /// Where the folder keeps reviews and payments: what the area has been paid in the year, and
    /// each return queried spelled out as an overdue one is (`Q2 RETURN QUERIED — PAYMENT HELD`),
    /// with the query.
    static func payments(_ position: AreaPosition, _ page: PageContext) -> [PageBlock] {
        let payments = page.state.funderPayments
        guard payments.isTracked else { return [] }
        let rows = payments.quarters(of: position.area.id)
        let paid = rows.filter { $0.paid != nil }.compactMap(\.amount).sum()
        let share = Percent.of(paid, in: position.total).map { " (\(Percent.text($0)))" } ?? ""
        // The amount paid whole, then the total and the share only where they fit whole too.
        let parts = [[Span("Paid to date ", Presenting.plain), Span(page.money(paid), Presenting.strong)],
                     [Span(" of \(page.money(position.total))", Presenting.plain)], [Span(share, Presenting.plain)]]
        let line = PageBlock(height: 1, priority: 3) { grid, rect in
            grid.put(Text.whole(parts, rect.width), x: rect.x, y: rect.y, clip: rect)
        }
        var blocks: [PageBlock] = [.gap(priority: 6), line]
        for row in rows {
            guard case .held(.queried(let query)) = row.status else { continue }
            let text = "\(row.quarter) RETURN QUERIED \(Presenting.dash(page.glyphs)) PAYMENT HELD: \(page.glyphs.text(query.replacingNewlines()))"
            blocks.append(.band(text, width: page.width))
        }
        return blocks
    }
}
