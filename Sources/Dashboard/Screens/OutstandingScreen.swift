import GrantModel

/// Every `due` or `overdue` return across areas and funders, most overdue first.
enum OutstandingScreen {
    static let headers: [(String, Bool)] = [
        ("Area", false), ("Year", false), ("Quarter", false), ("Status", false),
        ("Due", false), ("Days overdue", true), ("Payment", false), ("Funder", false),
    ]

    static func table(_ state: DashboardState) -> TableView {
        let glyphs = state.glyphs
        let rows = state.outstandingRows.map { row -> [Span] in
            let funder = state.grants?.funder(row.funderID)?.name ?? row.funderID
            return [
                Span(glyphs.text(row.area.name), Style(.header, bold: true)),
                Span("\(row.year)"), Span("\(row.quarter)"),
                Span(Badge.long(row.status, glyphs: glyphs), Badge.style(row.status)),
                Span(row.due.longDescription),
                Span(row.status.daysOverdue.map(String.init) ?? "", Style(.header, bold: true)),
                Span(row.status.withholdsPayment ? "\(glyphs.cross) held" : "not yet held",
                     row.status.withholdsPayment ? Style(.danger) : Style(.dim)),
                Span(glyphs.text(funder), Style(.dim)),
            ]
        }
        let columns = TableView.columns(headers: headers, rows: rows.map { $0.map(\.text) }, flexibleLast: true)
        return TableView(columns: columns, rows: rows, selected: state.outstandingIndex, scroll: state.outstandingScroll,
                         columnOffset: 0, glyphs: glyphs)
    }

    static func draw(_ grid: inout Grid, _ layout: ScreenLayout, _ state: DashboardState) -> Point? {
        guard !state.outstandingRows.isEmpty else {
            Message.draw(&grid, layout.body, ["\(state.glyphs.tick) No returns are outstanding as of \(state.asOf.longDescription)."],
                         style: Style(.good, bold: true))
            return nil
        }
        let body = layout.body.inset(by: 0)
        return table(state).draw(&grid, Rect(x: body.x + 1, y: body.y, width: body.width - 1, height: body.height)).cursor
    }

    /// Rows of the list that fit on screen, for paging.
    static func pageSize(_ state: DashboardState) -> Int {
        let layout = ScreenLayout(state.size)
        return max(1, layout.body.height - table(state).headerHeight(width: layout.body.width - 1) - 1)
    }
}
