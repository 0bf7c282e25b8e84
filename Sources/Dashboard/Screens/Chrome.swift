import Cells
import GrantModel

/// The header, the tab strip and the status line that frame every screen.
enum Chrome {
    static func drawHeader(_ grid: inout Grid, _ rect: Rect, _ state: DashboardState) {
        let glyphs = state.glyphs
        grid.fill(rect, style: Style(.header, reverse: true))
        let dot = " \(glyphs.middleDot) "
        let funderName = state.funder.map { glyphs.text($0.name) } ?? "no funder"
        let progress = state.period.progress.map { " \($0)" } ?? ""
        let thresholds = state.funder?.thresholds.nonStandardNote.map { dot + $0 } ?? ""
        // A viewer of a shared store is told from the first frame that nothing here can be changed.
        let viewer = state.connectedAsViewer ? "read-only viewer\(dot)" : ""
        var period = "\(viewer)\(state.year) \(state.quarter)\(progress)"
        var rest = "\(state.asOfPhrase)\(dot)\(funderName)\(thresholds)"
        var left = " csdash\(dot)\(period)\(dot)\(rest)"
        var overdue = state.report?.positions.reduce(0) { $0 + $1.statuses.values.filter(\.withholdsPayment).count } ?? 0
        var outstanding = state.report?.outstandingCount ?? 0
        // The outstanding list of every funder and year (`a`) says so, and counts what it lists.
        if state.showsOutstandingOfAllFunders {
            period = "every funder and year"
            rest = state.asOfPhrase
            left = " csdash\(dot)\(period)\(dot)\(rest)"
            outstanding = state.listedOutstanding.count
            overdue = state.listedOutstanding.filter(\.status.withholdsPayment).count
        }
        let right: String
        let rightStyle: Style
        if state.connectionLost {
            right = "\(glyphs.alert) connection lost, retrying "
            rightStyle = Style(.danger, bold: true)
        } else if !state.reloadProblems.isEmpty {
            right = "\(glyphs.alert) files on disk have \(state.reloadProblems.count) error\(state.reloadProblems.count == 1 ? "" : "s"): ! lists them "
            rightStyle = Style(.danger, bold: true)
        } else if outstanding == 0 {
            right = "\(glyphs.tick) no returns outstanding "
            rightStyle = Style(.header, reverse: true)
        } else {
            right = "\(glyphs.alert) \(outstanding) outstanding\(overdue > 0 ? ", \(overdue) overdue" : "") "
            rightStyle = Style(overdue > 0 ? .danger : .warning, bold: true)
        }
        let roomForLeft = max(0, rect.width - right.count - 1)
        left = ArrangementHeader.left(left, period: period, rest: rest, state, room: roomForLeft)
        grid.put(Text.truncate(left, roomForLeft, glyphs: glyphs), x: rect.x, y: rect.y, style: Style(.header, bold: true, reverse: true), clip: rect)
        if right.count < rect.width {
            grid.put(right, x: rect.maxX - right.count, y: rect.y, style: rightStyle, clip: rect)
        }
    }

    /// The numbered views, then the area in detail and, at the right, the scroll position or the
    /// funder's number. The labels are padded apart when all of that fits; else closer together.
    static func drawTabs(_ grid: inout Grid, _ rect: Rect, _ state: DashboardState) -> [(View, Range<Int>)] {
        let areaName = state.detailAreaID.flatMap { state.grants?.area($0) }.map { state.glyphs.text($0.name) }
        let funders = state.grants?.funders ?? []
        var label = ""
        if let position = state.scrollPosition {
            label = position + " "
        } else if funders.count > 1, let index = funders.firstIndex(where: { $0.id == state.funderID }) {
            label = "f funder \(index + 1)/\(funders.count) "
        }
        // Padded only when the area's name and the label fit beside the tabs; the other forms
        // need only the tabs to fit, the name being truncated and the label left out.
        let padded = TabLabels.labels(state, .padded)
        let roomy = rect.x + TabLabels.width(padded) + 1 + (areaName.map { $0.count + 2 } ?? 0) + (label.isEmpty ? 0 : label.count + 1) <= rect.maxX
        var x = rect.x + 1
        var hits: [(View, Range<Int>)] = []
        for (view, text) in zip(state.tabViews, roomy ? padded : TabLabels.fullest(state, room: rect.width, from: .plain)) {
            let active = state.detailAreaID == nil && state.view == view
            let start = x
            x = grid.put(text, x: x, y: rect.y, style: Style(active ? .tabActive : .tabInactive), clip: rect)
            hits.append((view, start..<x))
            x += 1
        }
        if let areaName {
            let name = Text.truncate(areaName, max(0, rect.maxX - x - 2), glyphs: state.glyphs)
            x = grid.put(" \(name) ", x: x, y: rect.y, style: Style(.tabActive), clip: rect)
        }
        if !label.isEmpty && x + label.count + 1 <= rect.maxX {
            grid.put(label, x: rect.maxX - label.count, y: rect.y, style: Style(.dim), clip: rect)
        }
        return hits
    }

    static func tabHits(_ state: DashboardState, _ rect: Rect) -> [(View, Range<Int>)] {
        var scratch = Grid(Size(width: rect.maxX, height: rect.maxY))
        return drawTabs(&scratch, rect, state)
    }

    /// The filter may hide the only matches: then the prompt says how many, and how to show them.
    private static func noMatchHint(_ search: Search, _ state: DashboardState) -> String {
        guard search.hiddenMatches > 0 else { return "  no area matches · Esc cancel" }
        return "  \(search.hiddenMatches) \(DashboardState.hiddenMatchesPhrase(search.hiddenMatches, filter: state.arrangement.filter))"
            + " · Esc, then O until every area shows"
    }

    static func drawStatus(_ grid: inout Grid, _ rect: Rect, _ state: DashboardState) -> Point? {
        let glyphs = state.glyphs
        // The hints' separator has an ASCII form like every other glyph.
        func plain(_ text: String) -> String { glyphs.isUnicode ? text : text.replacing("·", with: glyphs.middleDot) }
        if let search = state.search {
            // What was typed and notices naming data are escaped like any data text.
            let prompt = "/" + glyphs.text(search.query)
            let end = grid.put(prompt, x: rect.x, y: rect.y, style: Style(.input), clip: rect)
            // The selection stays put when nothing matches: name it only when it is a match.
            let found = state.selectedAreaID.flatMap { state.grants?.area($0) }.flatMap {
                DashboardState.nameMatches($0.name, search.query) ? $0 : nil
            }
            let hint = search.query.isEmpty ? "  type part of an area's name · Enter keep · Esc cancel"
                : found.map { "  \(glyphs.text($0.name)) · Enter keep · Esc cancel" } ?? noMatchHint(search, state)
            grid.put(plain(hint), x: end, y: rect.y, style: Style(.dim), clip: rect)
            return Point(x: min(end, rect.maxX - 1), y: rect.y)
        }
        if let prompt = state.sincePrompt { return SincePromptLine.draw(&grid, rect, prompt, state) }
        if let notice = state.notice {
            grid.fill(rect, style: Style(.notice))
            grid.put(" " + glyphs.text(notice.text), x: rect.x, y: rect.y, style: Style(.notice), clip: rect)
            return nil
        }
        var hints = keyHints(state).map { [Span(plain($0), Style(.dim))] }
        if !state.unread.isEmpty && state.grants != nil {
            hints.insert([Span("checking \(state.unread.joined(separator: ", "))\(glyphs.ellipsis)", Style(.dim))], at: 0)
        }
        // A save under way comes first: the form may be closed while it waits for the lock.
        if let saving = state.savingStatus {
            hints.insert([Span(saving, Style(.warning, bold: true))], at: 0)
        }
        // Whole hints from the first, as many as fit: never half a word.
        let line = Text.whole(hints, rect.width - 1, separator: [Span(plain(" · "), Style(.dim))])
        grid.put([Span(" ", Style(.dim))] + line, x: rect.x, y: rect.y, clip: rect)
        return nil
    }

    /// The status line's hints, most needed first; the line keeps as many whole ones as fit.
    static func keyHints(_ state: DashboardState) -> [String] {
        let glyphs = state.glyphs
        let upDown = glyphs.isUnicode ? "↑↓" : "j/k", leftRight = glyphs.isUnicode ? "←→" : "h/l"
        let columns = "\(leftRight) columns"
        switch state.screen {
        case .error:
            return ["q quit", "\(upDown) scroll"]
        case .presenting:
            return []
        case .detail:
            return ["? help", "q quit", "Esc back", "\(leftRight) previous/next area", "e record \(state.quarter) return", "u undo",
                    "\(upDown) scroll", "< > quarter", "p present", "A accept", "Q query", "P pay"]
        case .overview:
            return ["? help", "q quit", "\(glyphs.arrows) move", "Enter open", "Tab view", "/ find", "f funder", "[ ] year",
                    "< > quarter", "p present"]
        case .outstanding:
            let scope = state.outstanding.ofAllFunders ? "a this funder" : "a all funders"
            let scrolls = OutstandingScreen.lastColumnOffset(state) > 0
            return ["? help", "q quit", "\(upDown) move"] + (scrolls ? [columns] : [])
                + [scope, "Enter open area", "e record this return", "Tab view", "P pay", "A accept", "Q query"]
        case .document(let shown):
            let scrolls = DocumentScreen.lastColumnOffset(state, shown) > 0
            return ["? help", "q quit", "\(upDown) scroll"] + (scrolls ? [columns] : []) + ["Tab view", "f funder", "[ ] year"]
        case .board:
            return ["? help", "q quit", "\(upDown) area", columns, "t table", "o forecast", "Enter open", "[ ] year", "< > quarter", "p present"]
        case .changes:
            return ["? help", "q quit", "\(upDown) move", "Enter open area", "B last board's date", "Tab view", "f funder"]
        case .payments:
            let scrolls = PaymentsScreen.lastColumnOffset(state) > 0
            return ["? help", "q quit", "\(upDown) move"] + (scrolls ? [columns] : []) + ["A accept", "Q query", "P pay", "u undo",
                                                                                       "Enter open area", "Tab view", "f funder", "[ ] year"]
        }
    }
}

extension DashboardState {
    /// The outstanding view is showing every funder's and year's returns (`a`).
    var showsOutstandingOfAllFunders: Bool { outstanding.ofAllFunders && screen.dashboard == .outstanding }
}
