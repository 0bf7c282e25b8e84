import Cells
import GrantModel

/// The walkthrough's first page with `--since`: what happened since the last board, grouped by
/// kind, then how each area moved (% spend then and now, its standing then and now), so that the
/// board's first question is answered before the summary.
enum PresentationSincePage {
    static func blocks(_ page: PageContext) -> [PageBlock] {
        let glyphs = page.glyphs
        guard let changes = page.state.changes else { return [] }
        var blocks: [PageBlock] = [
            .line([Span("Since the last board \(glyphs.middleDot) \(changes.since.longDescription) to \(changes.asOf.longDescription)",
                        Presenting.strong)], glyphs: glyphs),
            .gap(priority: 8),
        ]
        if changes.events.isEmpty {
            blocks.append(.wrapped("\(glyphs.tick) Nothing changed since the last board.", width: page.width, style: Presenting.strong))
        }
        let sameYear = changes.since.year == changes.asOf.year
        for (kind, events) in grouped(changes.events) {
            let attention = kind == .returnOverdue || kind == .returnQueried
            let text = "\(heading(kind, count: events.count)): " + events.map { item($0, page.state, sameYear: sameYear) }.joined(separator: ", ")
            blocks.append(attention ? .band(text, width: page.width) : .wrapped(text, width: page.width, style: Presenting.plain, priority: 3))
        }
        let movements = self.movements(page)
        guard !movements.isEmpty else { return blocks }
        blocks.append(.gap(priority: 7))
        for (index, line) in aligned(movements, glyphs: glyphs).enumerated() {
            blocks.append(.line([Span(line, index == 0 ? Presenting.strong : Presenting.plain)], glyphs: glyphs))
        }
        return blocks
    }

    /// The events by kind, in the contract's order of kinds, each group oldest first.
    static func grouped(_ events: [ChangeEvent]) -> [(ChangeKind, [ChangeEvent])] {
        let byKind = Dictionary(grouping: events.reversed(), by: \.kind)
        return ChangeKind.allCases.compactMap { kind in byKind[kind].map { (kind, $0) } }
    }

    /// `3 returns received`, `1 decision`.
    static func heading(_ kind: ChangeKind, count: Int) -> String {
        let words = kind.words
        let noun: String
        switch kind {
        case .decision, .reserve: noun = count == 1 ? words : words + "s"
        default:
            let parts = words.split(separator: " ", maxSplits: 1)
            noun = count == 1 ? words : "\(parts[0])s \(parts.dropFirst().joined())"
        }
        return "\(count) \(noun)"
    }

    /// `Solihull MBC Q2 on 31 Oct`, the year left to the heading when the window is within one;
    /// an event without an area says what it is.
    static func item(_ event: ChangeEvent, _ state: DashboardState, sameYear: Bool) -> String {
        let area = event.areaID.map { state.glyphs.text(state.grants?.area($0)?.name ?? $0) } ?? state.glyphs.text(event.detail)
        let quarter = event.quarter.map { " \($0)" } ?? ""
        let date = sameYear ? event.date.longDescription.split(separator: " ").prefix(2).joined(separator: " ") : event.date.longDescription
        return "\(area)\(quarter) on \(date)"
    }

    /// Each area of the funder's board now against the board of the last board's date.
    static func movements(_ page: PageContext) -> [AreaMovement] {
        let state = page.state
        guard let since = state.sinceBoard.day, let grants = state.grants, let funderID = state.funderID else { return [] }
        let then = grants.report(for: funderID, in: grants.defaultPeriod(showing: [funderID], asOf: since))
        return page.report.movements(since: then)
    }

    /// A heading, then `Birmingham CC   15% → 27%   Q1 received → Q2 received` in aligned columns:
    /// the figures before the words, which a narrow page cuts first.
    static func aligned(_ movements: [AreaMovement], glyphs: Glyphs) -> [String] {
        let arrow = glyphs.isUnicode ? "→" : "->"
        func percent(_ value: Int?) -> String { value.map { Percent.text($0) } ?? glyphs.unknown }
        let table = [["Each area", "% spend then \(arrow) now", "Standing then \(arrow) now"]] + movements.map { movement -> [String] in
            [glyphs.text(movement.now.area.name),
             "\(percent(movement.then?.percentSpend)) \(arrow) \(percent(movement.now.percentSpend))",
             "\(movement.standingThen?.words ?? "not on that board") \(arrow) \(movement.standingNow.words)"]
        }
        let widths = (0..<2).map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { Text.padRight($0[0], widths[0]) + "   " + Text.padRight($0[1], widths[1]) + "   " + $0[2] }
    }
}
