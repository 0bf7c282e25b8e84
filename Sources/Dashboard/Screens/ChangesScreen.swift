import Cells
import GrantModel

/// What changed since the last board, newest first: each event's date, kind in words, area,
/// quarter and detail. Only the rows in view are laid out, so that a national folder's thousands
/// of events cost no more a frame than a screenful; the columns keep their widths as it scrolls.
enum ChangesScreen {
    static let headers: [(String, Bool)] = [("Date", false), ("Kind", false), ("Area", false), ("Quarter", false), ("Detail", false)]
    /// Area and detail are text, cut with `…` when the screen is narrow.
    static let textColumns: Set<Int> = [2, 4]
    /// `30 Sep 2016`, `return corrected`, `2016/17 Q2`: the widest a date, a kind and a quarter can be.
    static let fixedWidths = [11, ChangeKind.allCases.map(\.words.count).max() ?? 16, 10]

    /// Below 160 columns a long detail is cut in its column, so the selected event's whole
    /// detail is also written under the table, on up to this many lines.
    static func detailLines(_ layout: ScreenLayout) -> Int { layout.body.width < 160 ? 2 : 0 }

    static func tableRect(_ layout: ScreenLayout) -> Rect {
        Rect(x: layout.body.x + 1, y: layout.body.y + 1, width: layout.body.width - 1,
             height: layout.body.height - 1 - detailLines(layout))
    }

    /// Rows that fit under the heading line and the table's header and rule.
    static func pageSize(_ state: DashboardState) -> Int {
        max(1, tableRect(ScreenLayout(state.size)).height - 2)
    }

    static func draw(_ grid: inout Grid, _ layout: ScreenLayout, _ state: DashboardState) -> Point? {
        let glyphs = state.glyphs
        guard let changes = state.changes else {
            Message.draw(&grid, layout.body, ["No last board's date is set.",
                                              "Press B to choose the last board date, or open csdash with --since YYYY-MM-DD."])
            return nil
        }
        let funder = state.funder.map { glyphs.text($0.name) } ?? "every funder"
        let window = "Since the last board, \(changes.since.longDescription), to \(changes.asOf.longDescription)"
        guard !changes.events.isEmpty else {
            Message.draw(&grid, layout.body, ["\(glyphs.tick) Nothing changed for \(funder): \(window.prefix(1).lowercased())\(window.dropFirst()).",
                                              "B chooses another last board date."], style: Style(.good, bold: true))
            return nil
        }
        let count = changes.events.count
        let heading = "\(window) \(glyphs.middleDot) \(count) change\(count == 1 ? "" : "s"), newest first \(glyphs.middleDot) \(funder)"
        grid.put(Text.truncate(heading, layout.body.width - 1, glyphs: glyphs), x: layout.body.x + 1, y: layout.body.y,
                 style: Style(.header, bold: true), clip: layout.body)
        let rect = tableRect(layout)
        let cursor = table(state, changes.events, width: rect.width).draw(&grid, rect).cursor
        drawSelectedDetail(&grid, layout, state, changes.events)
        return cursor
    }

    /// `▸ Sandwell MBC 2016/17 Q2: Received 9 days late: planned £459,090, spend £209,170`, wrapped,
    /// so that no figure of the selected event is ever only shown cut.
    static func drawSelectedDetail(_ grid: inout Grid, _ layout: ScreenLayout, _ state: DashboardState, _ events: [ChangeEvent]) {
        let lines = detailLines(layout)
        let index = state.sinceBoard.list.cursor.index
        guard lines > 0, events.indices.contains(index) else { return }
        let event = events[index]
        let quarter = event.year.map { year in event.quarter.map { " \(year) \($0)" } ?? " \(year)" } ?? ""
        let area = event.areaID == nil ? "" : areaName(event, state)
        let text = "\(state.glyphs.isUnicode ? "▸" : ">") \(area)\(quarter)\(area.isEmpty && quarter.isEmpty ? "" : ": ")\(detail(event, state))"
        let width = layout.body.width - 2
        let wrapped = Text.wrap(text, width)
        let y = layout.body.maxY - lines
        var shown = Array(wrapped.prefix(lines))
        if wrapped.count > lines {  // a decision's long title: the rest on the last line, cut there
            shown[lines - 1] = Text.truncate(wrapped[(lines - 1)...].joined(separator: " "), width, glyphs: state.glyphs)
        }
        for (offset, line) in shown.enumerated() {
            grid.put(line, x: layout.body.x + 1, y: y + offset, style: Style(.header), clip: layout.body)
        }
    }

    /// The table of the rows in view, its columns as wide as the whole list needs.
    static func table(_ state: DashboardState, _ events: [ChangeEvent], width: Int) -> TableView {
        let glyphs = state.glyphs
        let cursor = state.sinceBoard.list.cursor
        let top = cursor.viewport.firstLine(lines: events.count, window: pageSize(state))
        let shown = events[top..<min(events.count, top + pageSize(state))]
        let rows = shown.map { event -> [Span] in
            [Span(event.date.longDescription),
             Span(event.kind.words, style(event.kind)),
             Span(areaName(event, state), Style(.header, bold: true)),
             Span(event.year.map { year in event.quarter.map { "\(year) \($0)" } ?? "\(year)" } ?? glyphs.unknown, Style(.dim)),
             Span(detail(event, state))]
        }
        var columns = TableView.columns(headers: headers, rows: rows.map { $0.map(\.text) }, shrinking: textColumns)
        for (index, fixed) in zip([0, 1, 3], fixedWidths) { columns[index].width = max(columns[index].width, fixed) }
        columns[2].width = max(columns[2].width, state.areas.map { glyphs.text($0.name).count }.max() ?? 0)
        let used = columns.dropLast().reduce(0) { $0 + $1.width + ColumnLayout.gap }
        columns[4].width = max(columns[4].width, width - used)
        return TableView(columns: columns, rows: rows, selected: cursor.index - top, scroll: 0, columnOffset: 0, glyphs: glyphs)
    }

    static func areaName(_ event: ChangeEvent, _ state: DashboardState) -> String {
        guard let areaID = event.areaID else { return state.glyphs.unknown }
        return state.glyphs.text(state.grants?.area(areaID)?.name ?? areaID)
    }

    /// The model's sentence; in ASCII its amounts lose a symbol the terminal cannot draw, as
    /// `Glyphs.money` drops it, rather than show `?`.
    static func detail(_ event: ChangeEvent, _ state: DashboardState) -> String {
        let symbol = state.grants?.funder(event.funderID)?.currency.symbol ?? ""
        guard !state.glyphs.isUnicode, !symbol.isEmpty, !symbol.allSatisfy(\.isASCII) else { return state.glyphs.text(event.detail) }
        return state.glyphs.text(event.detail.replacing(symbol, with: ""))
    }

    /// What needs the board's attention stands out; the rest reads as news.
    static func style(_ kind: ChangeKind) -> Style {
        switch kind {
        case .returnOverdue, .returnQueried: return Style(.danger, bold: true)
        case .returnCorrected: return Style(.warning)
        case .returnReceived, .returnAccepted, .paymentMade: return Style(.good)
        case .decision, .reserve: return .normal
        }
    }
}

/// The status line while the last board's date is typed (`B`).
enum SincePromptLine {
    static func draw(_ grid: inout Grid, _ rect: Rect, _ prompt: SincePrompt, _ state: DashboardState) -> Point? {
        let label = "Last board's date: "
        var end = grid.put(label, x: rect.x, y: rect.y, style: Style(.header, bold: true), clip: rect)
        end = grid.put(state.glyphs.text(prompt.text), x: end, y: rect.y, style: Style(.input), clip: rect)
        let hint = prompt.problem.map { "  \($0)" } ?? "  YYYY-MM-DD \(state.glyphs.middleDot) Enter set \(state.glyphs.middleDot) Esc cancel"
        grid.put(hint, x: end, y: rect.y, style: prompt.problem == nil ? Style(.dim) : Style(.danger, bold: true), clip: rect)
        return Point(x: min(end, rect.maxX - 1), y: rect.y)
    }
}

extension DashboardState {
    var sincePrompt: SincePrompt? {
        if case .sinceDate(let prompt) = mode { return prompt }
        return nil
    }
}
