import Cells
import GrantModel

/// The chase list: each `due` or `overdue` return of the selected funder's year (every funder's
/// and year's after `a`), most overdue first, with what it holds up and whom to ask. The columns
/// a chaser needs first (area, quarter, days overdue, contact) come first, so a narrow screen
/// keeps them and scrolls for the rest.
enum OutstandingScreen {
    static func headers(allFunders: Bool) -> [(String, Bool)] {
        [("Area", false), ("Quarter", false), ("Days overdue", true), ("Contact", false), ("Payment", false),
         ("Status", false), ("Due", false)] + (allFunders ? [("Funder", false)] : [])
    }

    /// Area, contact and funder are text, cut with `…` before the list scrolls.
    static let textColumns: Set<Int> = [0, 3, 7]

    static func table(_ state: DashboardState) -> TableView {
        let glyphs = state.glyphs
        let allFunders = state.outstanding.ofAllFunders
        let rows = state.listedOutstanding.map { row -> [Span] in
            var cells = [
                Span(glyphs.text(row.area.name), Style(.header, bold: true)),
                Span("\(row.year) \(row.quarter)"),
                Span(row.status.daysOverdue.map(String.init) ?? "", Style(.header, bold: true)),
                Span(row.area.contact.isEmpty ? glyphs.unknown : glyphs.text(row.area.contact), row.area.contact.isEmpty ? Style(.dim) : .normal),
                paymentCell(row, state),
                Span(Badge.long(row.status, glyphs: glyphs), Badge.style(row.status)),
                Span(row.due.longDescription),
            ]
            if allFunders { cells.append(Span(glyphs.text(state.grants?.funder(row.funderID)?.name ?? row.funderID), Style(.dim))) }
            return cells
        }
        let columns = TableView.columns(headers: headers(allFunders: allFunders), rows: rows.map { $0.map(\.text) }, shrinking: textColumns)
        let shown = state.outstanding
        return TableView(columns: columns, rows: rows, selected: shown.cursor.index, scroll: shown.cursor.viewport.top,
                         columnOffset: shown.columns.top, glyphs: glyphs)
    }

    /// The model's word on the payment: an overdue return holds it, unless it was paid already.
    static func paymentCell(_ row: ReturnRow, _ state: DashboardState) -> Span {
        let glyphs = state.glyphs
        switch state.grants?.paymentStatus(for: row.area.id, in: row.year, quarter: row.quarter, asOf: state.asOf) {
        case .held?: return Span("\(glyphs.cross) held", Style(.danger))
        case .paid(let day)?:
            let currency = state.grants?.funder(row.funderID)?.currency ?? .gbp
            return Span(Badge.text(.paid(on: day), currency: currency, glyphs: glyphs), Style(.dim))
        default: return Span("not yet held", Style(.dim))
        }
    }

    static func tableRect(_ layout: ScreenLayout) -> Rect {
        Rect(x: layout.body.x + 1, y: layout.body.y, width: layout.body.width - 1, height: layout.body.height)
    }

    static func draw(_ grid: inout Grid, _ layout: ScreenLayout, _ state: DashboardState) -> Point? {
        guard !state.listedOutstanding.isEmpty else {
            let whose = state.outstanding.ofAllFunders ? "of any funder or year"
                : "of \(state.funder.map { state.glyphs.text($0.name) } ?? "this funder") in \(state.year); a lists every funder and year"
            Message.draw(&grid, layout.body, ["\(state.glyphs.tick) No returns are outstanding as of \(state.asOf.longDescription).", "(\(whose))"],
                         style: Style(.good, bold: true))
            return nil
        }
        return table(state).draw(&grid, tableRect(layout)).cursor
    }

    /// Rows of the list that fit on screen, for paging.
    static func pageSize(_ state: DashboardState) -> Int {
        let layout = ScreenLayout(state.size)
        return max(1, layout.body.height - table(state).headerHeight(width: tableRect(layout).width) - 1)
    }

    /// The offset at which `→` has brought the last column into view.
    static func lastColumnOffset(_ state: DashboardState) -> Int {
        table(state).lastColumnOffset(width: tableRect(ScreenLayout(state.size)).width)
    }
}
