import Cells
import GrantModel

/// The board tables (Tables 1 and 2 of the board report of 6 December 2016) for the selected funder and period, one under the other, the
/// selected area's row highlighted in both and its comment spelled out beneath.
enum BoardScreen {
    static func tables(_ state: DashboardState) -> [TableView] {
        guard let report = state.report else { return [] }
        let selected = report.positions.firstIndex { $0.area.id == state.selectedAreaID }
        let threshold = state.board.showsForecast ? report.funder.thresholds.forecastPercent : nil
        return [BoardTables.allocation(report), BoardTables.spend(report, forecastThresholdPercent: threshold)].map { table in
            let rows = (table.rows + [table.totals]).enumerated().map { index, cells in
                cells.enumerated().map { column, text -> Span in
                    let isTotal = index == table.rows.count
                    var style: Style = column == 0 || isTotal ? Style(.header, bold: true) : .normal
                    // A flagged forecast is marked by its `!` and word; the colour only repeats it.
                    if column > 0 && text.hasPrefix(BoardTables.flagMark + " ") { style = Style(.warning, bold: true) }
                    return Span(column == 0 ? state.glyphs.text(text) : figure(text, report.funder.currency, state.glyphs), style)
                }
            }
            // The area names and the comments are text; every other column is a figure.
            let columns = TableView.columns(headers: table.columns.map { ($0.header, $0.alignment == .right) },
                                            rows: rows.map { $0.map(\.text) }, shrinking: [0, table.columns.count - 1])
            return TableView(columns: columns, rows: rows, selected: selected, scroll: 0,
                             columnOffset: state.board.columns.top, glyphs: state.glyphs)
        }
    }

    /// A figure as the other screens show it: in ASCII, money without a symbol that is not ASCII
    /// (not `?1,873,187`) and the ASCII mark for an unstated figure.
    static func figure(_ text: String, _ currency: Currency, _ glyphs: Glyphs) -> String {
        guard !glyphs.isUnicode else { return glyphs.text(text) }
        if text == BoardTables.unknown { return glyphs.unknown }
        return glyphs.text(currency.symbol.allSatisfy(\.isASCII) ? text : text.replacing(currency.symbol, with: ""))
    }

    static let titles = ["Table 1: allocation", "Table 2: spend (cumulative)"]

    static func title(_ number: Int, _ state: DashboardState) -> String {
        number == 1 && state.board.showsForecast
            ? titles[1] + " and run-rate forecast, flagged over \(state.forecastThresholdPercent)% (o hides)"
            : titles[number]
    }

    static func draw(_ grid: inout Grid, _ layout: ScreenLayout, _ state: DashboardState) -> Point? {
        guard let report = state.report, !report.positions.isEmpty else {
            Message.draw(&grid, layout.body, ["No allocations for this funder in \(state.year)."])
            return nil
        }
        let body = bodyRect(layout)
        var y = body.y
        var cursor: Point?
        let placed = placements(state, body)
        for item in placed {
            var title = title(item.number, state)
            if placed.count == 1 { title += "   (t shows Table \(2 - item.number))" }
            grid.put(title, x: body.x, y: item.rect.y - 1, style: Style(.title, bold: true), clip: body)
            let drawn = item.table.draw(&grid, item.rect)
            cursor = cursor ?? drawn.cursor
            y = item.rect.maxY + 1
        }
        // The comment column is often cut: every comment is spelled out beneath the tables,
        // wrapped to the screen.
        var notes: [[Span]] = []
        for position in report.positions where !position.comment.isEmpty {
            let comment = state.board.showsForecast ? BoardTables.forecastComment(position, position.forecast()) : position.comment
            notes += Text.wrap([Span(state.glyphs.text(position.area.name) + ": ", Style(.header, bold: true)), Span(comment, Style(.warning))],
                               body.width, glyphs: state.glyphs)
        }
        for (offset, line) in notes.enumerated() where y + offset < body.maxY {
            grid.put(line, x: body.x, y: y + offset, clip: body)
        }
        return cursor
    }

    static func bodyRect(_ layout: ScreenLayout) -> Rect {
        Rect(x: layout.body.x + 1, y: layout.body.y, width: layout.body.width - 1, height: layout.body.height)
    }

    /// The tables that show, each with its rectangle (a title line above it, a gap below). Both
    /// show when they fit one above the other; otherwise the one `t` has chosen.
    static func placements(_ state: DashboardState, _ body: Rect) -> [(table: TableView, number: Int, rect: Rect)] {
        let all = tables(state)
        let heights = all.map { $0.headerHeight(width: body.width) + 1 + $0.rows.count }
        let numbers = heights.reduce(0) { $0 + $1 + 2 } <= body.height ? Array(all.indices) : [min(state.board.table, all.count - 1)]
        var y = body.y
        return numbers.compactMap { number in
            guard all.indices.contains(number) else { return nil }
            let rect = Rect(x: body.x, y: y + 1, width: body.width, height: max(0, min(heights[number], body.maxY - y - 1)))
            y = rect.maxY + 1
            // On a short terminal the table scrolls so that the selected row stays in sight.
            var table = all[number]
            // Each table stops scrolling once its own last column is in view.
            table.columnOffset = min(table.columnOffset, table.lastColumnOffset(width: body.width))
            let bodyRows = rect.height - table.headerHeight(width: body.width) - 1
            if let selected = table.selected, bodyRows > 0, selected >= bodyRows { table.scroll = selected - bodyRows + 1 }
            return (table, number, rect)
        }
    }

    /// The area whose row is under `point` in either table.
    static func areaIndex(at point: Point, _ state: DashboardState) -> Int? {
        let body = bodyRect(ScreenLayout(state.size))
        for placed in placements(state, body) where placed.rect.contains(point) {
            let row = point.y - placed.rect.y - placed.table.headerHeight(width: body.width) - 1
            let index = placed.table.scroll + row
            if row >= 0 && index < state.areas.count { return index }
        }
        return nil
    }

    /// The offset at which `→` has brought the last column of every table into view.
    static func lastColumnOffset(_ state: DashboardState) -> Int {
        let width = bodyRect(ScreenLayout(state.size)).width
        return tables(state).map { $0.lastColumnOffset(width: width) }.max() ?? 0
    }
}

extension DashboardState {
    /// The shown funder's forecast threshold (funders.csv), 10% unless it sets another.
    var forecastThresholdPercent: Int { funder?.thresholds.forecastPercent ?? Forecast.defaultThresholdPercent }

    /// `o` on the board: Table 2's forecast columns on or off; Table 2 comes into view if only one
    /// table fits, since that is where the columns are.
    mutating func toggleBoardForecast() {
        board.showsForecast.toggle()
        if board.showsForecast { board.table = 1 }
        keepSelectionVisible()
        say(board.showsForecast ? "Forecast columns shown in Table 2 (run rate, flagged over \(forecastThresholdPercent)%)" : "Forecast columns hidden")
    }
}
