import Cells
import GrantModel

/// PCC decisions (reference, date, title, areas, amount per year, source, match funding) and
/// each reserve's balance less the decisions drawn on it.
enum DecisionsScreen {
    static func document(_ state: DashboardState, width: Int) -> Document {
        guard let grants = state.grants, let funder = state.funder else { return Document() }
        let glyphs = state.glyphs, currency = funder.currency
        var lines: [[Span]] = [[Span("Decisions: \(glyphs.text(funder.name))", Style(.title, bold: true))], []]
        let decisions = grants.decisions.filter { $0.funderID == funder.id }
        if decisions.isEmpty {
            lines.append([Span("No decisions recorded for this funder (decisions.csv).", Style(.dim))])
        }
        for decision in decisions {
            lines.append([Span(glyphs.text(decision.ref), Style(.header, bold: true)), Span("  \(decision.date.longDescription)  ", Style(.dim)),
                          Span(glyphs.text(decision.title))])
            var facts: [[Span]] = []
            if let areaID = decision.areaID {
                let names = ([areaID] + grants.areas.filter { grants.ancestry(of: $0.id).dropFirst().contains(areaID) }.map(\.id))
                    .compactMap { grants.area($0)?.name }.map(glyphs.text)
                facts.append([Span("areas      ", Style(.dim)), Span(names.joined(separator: ", "))])
            }
            let perYear = decision.coveredYears.map { "\($0) \(glyphs.money(decision.amount(in: $0), currency))" }.joined(separator: ", ")
            facts.append([Span("amount     ", Style(.dim)), Span(glyphs.money(decision.amount, currency), Style(.header, bold: true)),
                          Span(" over \(decision.years) year\(decision.years == 1 ? "" : "s"): \(perYear)")])
            if !decision.source.isEmpty { facts.append([Span("source     ", Style(.dim)), Span(glyphs.text(decision.source))]) }
            if decision.matchFunding != nil || !decision.matchPartner.isEmpty {
                let amount = decision.matchFunding.map { glyphs.money($0, currency) } ?? "amount not stated"
                let partner = decision.matchPartner.isEmpty ? "" : " from \(glyphs.text(decision.matchPartner))"
                facts.append([Span("match      ", Style(.dim)), Span(amount + partner)])
            }
            lines += facts.map { [Span("  ")] + $0 }
            lines.append([])
        }
        let balances = grants.reserveBalances(for: funder.id)
        lines.append([Span("Reserves", Style(.title, bold: true))])
        if balances.isEmpty { lines.append([Span("No reserves recorded for this funder (reserves.csv).", Style(.dim))]) }
        for balance in balances {
            lines.append([Span(glyphs.text(balance.reserve.name), Style(.header, bold: true)),
                          Span("  balance \(glyphs.money(balance.reserve.balance, currency)) as of \(balance.reserve.asOf.longDescription)")])
            for decision in balance.decisions {
                lines.append([Span("  less \(glyphs.text(decision.ref))  ", Style(.dim)), Span(glyphs.money(decision.amount, currency))])
            }
            lines.append([Span("  remaining  ", Style(.dim)),
                          Span(glyphs.money(balance.remaining, currency), balance.remaining.isNegative ? Style(.danger, bold: true) : Style(.header, bold: true))])
        }
        return Document(lines)
    }
}
