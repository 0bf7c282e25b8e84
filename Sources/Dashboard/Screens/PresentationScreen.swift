import Cells
import GrantModel

/// What a presentation page is built from: the state, the funder's report, the room, and
/// whether the figures are drawn large.
struct PageContext {
    var state: DashboardState
    var report: FunderReport
    var width: Int
    var height: Int
    var big: Bool

    var glyphs: Glyphs { state.glyphs }

    /// An amount as the board tables show it; `—` where a return did not state it.
    func money(_ value: Money?) -> String { glyphs.money(value, report.funder.currency) }
}

/// Presentation mode's frame: a title line (funder, period, as-of), the page, and a footer
/// saying where the presenter is and which keys step. The whole screen is painted in the
/// presentation roles, which every theme draws in black and white.
enum PresentationScreen {
    static func draw(_ grid: inout Grid, _ state: DashboardState, _ presentation: Presentation) {
        let all = Rect(state.size)
        grid.fill(all, style: Presenting.plain)
        guard let report = state.report else {
            Message.draw(&grid, all, ["The data names no funder to present.", "q quits"], style: Presenting.strong)
            return
        }
        let (top, rest) = all.splitTop(2)
        let (middle, footer) = rest.splitBottom(1)
        drawTitle(&grid, top, report, state.glyphs, asRecorded: state.asRecorded)
        let body = Rect(x: middle.x + 2, y: middle.y + 1, width: middle.width - 4, height: middle.height - 1)
        Presenting.stack(blocks(for: presentation.page, state, report, body: body), in: body, &grid)
        drawFooter(&grid, footer, state, presentation)
    }

    /// The page large when all of it fits, otherwise the same page in ordinary text.
    static func blocks(for page: Presentation.Page, _ state: DashboardState, _ report: FunderReport, body: Rect) -> [PageBlock] {
        func build(big: Bool) -> [PageBlock] {
            let context = PageContext(state: state, report: report, width: body.width, height: body.height, big: big)
            switch page {
            case .summary: return PresentationSummary.blocks(context)
            case .sinceLastBoard: return PresentationSincePage.blocks(context)
            case .closing: return PresentationClosing.blocks(context)
            case .area(let areaID):
                guard let position = report.positions.first(where: { $0.area.id == areaID }) else { return [] }
                return PresentationAreaPage.blocks(position, context)
            }
        }
        let large = build(big: true)
        return Presenting.fits(large, in: body) ? large : build(big: false)
    }

    /// `West Midlands Police and Crime Commissioner · 2016/17 at Q2 · as of 6 December 2016`,
    /// shortened from the right when narrow, and a rule under it.
    static func drawTitle(_ grid: inout Grid, _ rect: Rect, _ report: FunderReport, _ glyphs: Glyphs, asRecorded: Bool) {
        let period = report.period
        let dot = " \(glyphs.middleDot) "
        let funder = glyphs.text(report.funder.name)
        let room = rect.width - 2
        let progress = period.progress.map { " \($0)" } ?? ""
        let long = funder + dot + "\(period.year) at \(period.quarter)\(progress)" + dot
            + DashboardState.asOfPhrase(Presenting.date(period.asOf), asRecorded: asRecorded)
        let short = "\(period.year) \(period.quarter)\(progress)" + dot + DashboardState.asOfPhrase(period.asOf.longDescription, asRecorded: asRecorded)
        // A funder's name cut to a word or two says nothing: below that it is left out.
        let funderRoom = room - short.count - dot.count
        let title = long.count <= room ? long
            : funderRoom >= 16 ? Text.truncate(funder, funderRoom, glyphs: glyphs) + dot + short : short
        grid.put(Text.truncate(title, room, glyphs: glyphs), x: rect.x + 1, y: rect.y, style: Presenting.strong, clip: rect)
        grid.put(String(repeating: glyphs.horizontal, count: rect.width), x: rect.x, y: rect.y + 1, style: Presenting.plain, clip: rect)
    }

    static func drawFooter(_ grid: inout Grid, _ rect: Rect, _ state: DashboardState, _ presentation: Presentation) {
        let glyphs = state.glyphs
        if !presentation.typed.isEmpty {
            let spans = [Span(" go to area \(presentation.typed)", Presenting.strong),
                         Span("  Enter goes \(glyphs.middleDot) Esc cancels", Presenting.plain)]
            grid.put(Presenting.fitted(spans, rect.width, glyphs: glyphs), x: rect.x, y: rect.y, clip: rect)
            return
        }
        if let notice = state.notice {
            grid.put(" " + Text.truncate(glyphs.text(notice.text), rect.width - 1, glyphs: glyphs), x: rect.x, y: rect.y,
                     style: Presenting.strong, clip: rect)
            return
        }
        let (place, hints) = footerParts(state, presentation)
        let separator = " \(glyphs.middleDot) "
        var kept = hints
        // The least needed hints go first; `q quit` always stays.
        while 1 + place.count + kept.map({ separator.count + $0.text.count }).reduce(0, +) > rect.width,
              let drop = kept.indices.filter({ kept[$0].priority > 0 }).max(by: { kept[$0].priority < kept[$1].priority }) {
            kept.remove(at: drop)
        }
        var spans = [Span(" " + place, Presenting.strong)]
        for hint in kept { spans.append(Span(separator + hint.text, Presenting.plain)) }
        grid.put(Presenting.fitted(spans, rect.width, glyphs: glyphs), x: rect.x, y: rect.y, clip: rect)
    }

    /// Where the presenter is (`area 3 of 7`) and this page's keys in the order shown, each with
    /// how soon it is left out of a narrow footer (0: never).
    static func footerParts(_ state: DashboardState, _ presentation: Presentation) -> (String, [(text: String, priority: Int)]) {
        let count = state.areas.count
        var numbers: [(String, Int)] = count == 0 ? [] : [(count == 1 ? "1 go to area" : "1-\(count) go to area", 4)]
        let back: [(String, Int)] = presentation.isOnlyScreen ? [] : [("Esc dashboard", 5)]
        let end: [(String, Int)] = back + [("? help", 6), ("q quit", 0)]
        let home = state.sinceBoard.day == nil ? "Home summary" : "Home since the last board"
        switch presentation.page {
        case .sinceLastBoard:
            return ("since the last board", [("Space next", 1)] + numbers.map { ($0.0, 2) } + end)
        case .summary:
            numbers = numbers.map { ($0.0, 2) }
            return ("summary", [("Space next", 1)] + numbers + [("End outstanding returns", 3)] + end)
        case .area(let areaID):
            let index = (state.areas.firstIndex { $0.id == areaID } ?? 0) + 1
            return ("area \(index) of \(count)", [("Space next", 1), ("p back", 2), (home, 3)] + numbers + end)
        case .closing:
            return ("outstanding returns", [("p back", 1), (home, 2)] + numbers + end)
        }
    }
}
