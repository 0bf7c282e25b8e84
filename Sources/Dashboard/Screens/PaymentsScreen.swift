import Cells
import GrantModel

/// The funder's year of payments: every quarter ready to release, held (and why), awaiting
/// review, and paid, with what was paid against the total allocation above them. The rows are
/// what the office acts on, in that order: release, chase, review; then what is done.
enum PaymentsScreen {
    static let headers: [(String, Bool)] = [("Area", false), ("Quarter", false), ("Status", false), ("Amount", true),
                                           ("Paid", false), ("Ref", false), ("Query", false)]

    /// Area, ref and query are text, cut with `…` before the list scrolls.
    static let textColumns: Set<Int> = [0, 5, 6]

    static func table(_ state: DashboardState) -> TableView {
        let glyphs = state.glyphs
        let currency = state.funder?.currency ?? .gbp
        let rows = state.listedPayments.map { row -> [Span] in
            var query = ""
            if case .held(.queried(let text)) = row.status { query = text }
            return [
                Span(glyphs.text(row.area.name), Style(.header, bold: true)),
                Span("\(row.quarter)"),
                Span(Badge.status(row, currency: currency, glyphs: glyphs), Badge.style(row.status, review: row.review)),
                Span(glyphs.money(row.amount, currency), Style(.header, bold: true)),
                Span(row.paid?.longDescription ?? ""),
                Span(glyphs.text(row.ref), Style(.dim)),
                Span(glyphs.text(query.replacingNewlines()), Style(.danger)),
            ]
        }
        let columns = TableView.columns(headers: headers, rows: rows.map { $0.map(\.text) }, shrinking: textColumns)
        return TableView(columns: columns, rows: rows, selected: state.payments.cursor.index,
                         scroll: state.payments.cursor.viewport.top, columnOffset: state.payments.columns.top, glyphs: glyphs)
    }

    /// Paid against the total allocation, then what waits: each part whole, as many to a line as fit.
    static func summary(_ state: DashboardState, width: Int) -> [[Span]] {
        let glyphs = state.glyphs, payments = state.funderPayments
        let currency = state.funder?.currency ?? .gbp
        let share = Percent.of(payments.paid, in: payments.totalAllocation).map { " (\(Percent.text($0)))" } ?? ""
        var parts: [[Span]] = [[Span("Paid ", Style(.dim)), Span(glyphs.money(payments.paid, currency), Style(.header, bold: true)),
                                Span(" of \(glyphs.money(payments.totalAllocation, currency)) total allocation\(share)", Style(.dim))]]
        let ready = payments.count(0), held = payments.count(1), awaiting = payments.count(2)
        parts.append([Span("ready to release ", Style(.dim)), Span(glyphs.money(payments.ready, currency), Style(.good, bold: true)),
                      Span(" (\(ready) quarter\(ready == 1 ? "" : "s"))", Style(.dim))])
        if held > 0 { parts.append([Span("\(glyphs.cross) \(held) held", Style(.danger, bold: true))]) }
        if awaiting > 0 { parts.append([Span("\(Badge.waiting(glyphs)) \(awaiting) awaiting review", Style(.warning))]) }
        return lines(of: parts, width: width, separator: [Span(" \(glyphs.middleDot) ", Style(.dim))])
    }

    /// Parts laid along lines, each whole: a part that does not fit the line starts the next.
    static func lines(of parts: [[Span]], width: Int, separator: [Span]) -> [[Span]] {
        var lines: [[Span]] = []
        var current: [Span] = []
        for part in parts {
            if current.isEmpty {
                current = part
            } else if Text.width(current + separator + part) <= width {
                current += separator + part
            } else {
                lines.append(current)
                current = part
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Where the table goes: under the summary and a blank line, above the selected row's story.
    static func tableRect(_ state: DashboardState) -> Rect {
        let body = ScreenLayout(state.size).body
        let rect = Rect(x: body.x + 1, y: body.y, width: body.width - 1, height: body.height)
        let above = summary(state, width: rect.width).count + 1
        return Rect(x: rect.x, y: rect.y + above, width: rect.width, height: max(0, rect.height - above - 1))
    }

    /// The selected quarter in a sentence, under the table, whatever columns are scrolled out:
    /// why it is held, what it waits for, what was paid, and the key that acts on it. `lead` holds
    /// the figures and dates, shown whole; `words` after it may be cut.
    static func story(_ row: PaymentRow, _ state: DashboardState) -> (lead: [Span], words: Span) {
        let glyphs = state.glyphs
        let currency = state.funder?.currency ?? .gbp
        let item = state.grants?.monitoringReturn(for: row.area.id, in: row.year, quarter: row.quarter)
        let reviewed = item?.review.map { " \($0.date.longDescription)" } ?? ""
        let dot = Span(" \(glyphs.middleDot) ", Style(.dim))
        var lead = [Span("\(glyphs.text(row.area.name)) \(row.quarter)", Style(.header, bold: true)), dot]
        let words: Span
        switch row.status {
        case .held(.queried(let query)):
            lead.append(Span("\(ReviewStatus.queried.words)\(reviewed): ", Style(.danger, bold: true)))
            words = Span(glyphs.text(query.replacingNewlines()), Style(.danger))
        case .held(.overdue(let days)):
            lead.append(Span("return due \(row.due.longDescription), \(HoldReason.overdue(days: days).words): payment \(row.status.words)",
                             Style(.danger)))
            words = Span(" \(glyphs.middleDot) e records it when it comes", Style(.dim))
        case .ready:
            lead += [Span("\(ReviewStatus.accepted.words)\(reviewed)", Style(.good)), dot,
                     Span(row.amount.map { "\(glyphs.money($0, currency)) \(row.status.words)" } ?? "no instalment scheduled", Style(.good, bold: true))]
            words = Span(" \(glyphs.middleDot) P records the payment", Style(.dim))
        case .pending:
            lead.append(Span("received \(item?.received?.longDescription ?? glyphs.unknown), \(ReviewStatus.awaiting.words)", Style(.warning)))
            words = Span(" \(glyphs.middleDot) A accepts, Q queries", Style(.dim))
        case .paid(let day):
            lead.append(Span("\(row.status.words) \(glyphs.money(row.amount, currency)) on \(day.longDescription)", Style(.good)))
            words = Span(row.ref.isEmpty ? "" : ", ref \(glyphs.text(row.ref))", Style(.dim))
        }
        return (lead, words)
    }

    static func draw(_ grid: inout Grid, _ layout: ScreenLayout, _ state: DashboardState) -> Point? {
        let area = Rect(x: layout.body.x + 1, y: layout.body.y, width: layout.body.width - 1, height: layout.body.height)
        for (offset, line) in summary(state, width: area.width).enumerated() {
            grid.put(line, x: area.x, y: area.y + offset, clip: area)
        }
        guard !state.listedPayments.isEmpty else {
            let funder = state.funder.map { state.glyphs.text($0.name) } ?? "this funder"
            let table = tableRect(state)
            Message.draw(&grid, table, ["No return of \(funder)'s \(state.year) is in by \(state.asOf.longDescription), and nothing is paid.",
                                        "The payments of returns still to come show here as they arrive."], style: Style(.dim))
            return nil
        }
        let rect = tableRect(state)
        if let row = state.selectedPaymentRow {
            let (lead, words) = story(row, state)
            let shown = Text.wholeSpans(lead, area.width)
            let end = grid.put(shown, x: area.x, y: area.maxY - 1, clip: area)
            if shown.count == lead.count {
                grid.put(Text.truncate(words.text, area.maxX - end, glyphs: state.glyphs), x: end, y: area.maxY - 1, style: words.style, clip: area)
            }
        }
        return table(state).draw(&grid, rect).cursor
    }

    /// Rows of the list that fit on screen, for paging.
    static func pageSize(_ state: DashboardState) -> Int {
        let rect = tableRect(state)
        return max(1, rect.height - table(state).headerHeight(width: rect.width) - 1)
    }

    /// The offset at which `→` has brought the last column into view.
    static func lastColumnOffset(_ state: DashboardState) -> Int {
        table(state).lastColumnOffset(width: tableRect(state).width)
    }

    /// The row of the list under a point, if there is one.
    static func row(at point: Point, _ state: DashboardState) -> Int? {
        let rect = tableRect(state)
        let firstRowY = rect.y + table(state).headerHeight(width: rect.width) + 1
        let index = state.payments.cursor.viewport.top + point.y - firstRowY
        return point.y >= firstRowY && point.y < rect.maxY && state.listedPayments.indices.contains(index) ? index : nil
    }
}
