import Cells
import GrantModel

/// Year on year per funder: each area's allocation in every year of the data, the change in
/// pounds and percent, and the carry forward into each year (the first year's too; `—` where the
/// data does not state it). The newest year comes first, so that it is the one in view when the years do not all fit; `→` goes back in time.
enum YearsScreen {
    static func document(_ state: DashboardState, width: Int, columnOffset: Int) -> Document {
        guard let grants = state.grants, let funder = state.funder else { return Document() }
        let glyphs = state.glyphs, currency = funder.currency
        let lines: [[Span]] = [[Span("Allocations year on year: \(glyphs.text(funder.name))", Style(.title, bold: true))], []]
        let histories = grants.yearOnYear(for: funder.id)
        guard !histories.isEmpty else { return Document(lines + [[Span("No allocations for this funder.", Style(.dim))]]) }
        let years = Array(Set(histories.flatMap { $0.rows.map(\.year) })).sorted(by: >)
        // One row per area: its allocation in each year, newest first, each with its change from
        // the year before (none for the earliest).
        let hasChange = { (index: Int) in index < years.count - 1 }
        var headers: [(String, Bool)] = [("Area", false)]
        for (index, year) in years.enumerated() {
            headers.append(("\(year)", true))
            if hasChange(index) { headers.append(("change", true)) }
        }
        var rows: [[Span]] = []
        for history in histories {
            var cells = [Span(glyphs.text(history.area.name), Style(.header, bold: true))]
            for (index, year) in years.enumerated() {
                let row = history.rows.first { $0.year == year }
                cells.append(Span(row.map { glyphs.money($0.allocation, currency) } ?? ""))
                if hasChange(index) { cells.append(change(row, currency, glyphs)) }
            }
            rows.append(cells)
        }
        var totals = [Span("Total", Style(.header, bold: true))]
        var partial: [String] = []
        for (index, year) in years.enumerated() {
            let amounts = histories.compactMap { $0.rows.first { $0.year == year }?.allocation }
            totals.append(Span(amounts.isEmpty ? "" : glyphs.money(amounts.sum(), currency), Style(.header, bold: true)))
            // A year only some areas have is not a cut: its total says how many areas it covers,
            // in the change column beside it (or under the table for the earliest year).
            let covering = amounts.count < histories.count ? "\(amounts.count) of \(histories.count) areas" : ""
            if hasChange(index) {
                totals.append(Span(covering, Style(.dim)))
            } else if !covering.isEmpty {
                partial.append("\(year) total: \(covering)")
            }
        }
        var document = Document(lines)
        document.append(DocumentScreen.table(headers: headers, rows: rows + [totals], glyphs: glyphs), width: width, offset: columnOffset)
        document.lines += partial.map { [Span($0, Style(.dim))] }

        // Carry forward runs from last year into this one: each year's carry_forward, the first
        // year's included; an empty one is unknown, not £0.
        document.lines += [[], [Span("Carry forward into each year (from the year before)", Style(.title, bold: true))]]
        var carryRows: [[Span]] = []
        for history in histories {
            for row in history.rows {
                carryRows.append([Span(glyphs.text(history.area.name)), Span("\(row.year.previous) to \(row.year)"),
                                  Span(glyphs.money(row.carryForward, currency), row.carryForward == nil ? Style(.dim) : Style(.header, bold: true))])
            }
        }
        document.append(DocumentScreen.table(headers: [("Area", false), ("Years", false), ("Carry forward", true)], rows: carryRows, glyphs: glyphs),
                        width: width, offset: columnOffset)
        if histories.contains(where: { $0.rows.contains { $0.carryForward == nil } }) {
            document.lines.append([Span("\(glyphs.unknown) not stated in allocations.csv (carry_forward empty)", Style(.dim))])
        }
        document.lines += [[], [Span("Allocation trend, oldest year first (each area against its own largest year)", Style(.title, bold: true))]]
        document.append(YearsTrend.table(histories, years: years, currency: currency, glyphs: glyphs), width: width, offset: columnOffset)
        return document
    }

    /// `-£624,396 -25%`, `-£371 -0.1%`, or blank when there is no previous year to compare with.
    static func change(_ row: YearOnYearRow?, _ currency: Currency, _ glyphs: Glyphs) -> Span {
        guard let row, let change = row.change else { return Span("") }
        let percent = row.changePercentText.map { " \($0)" } ?? ""
        let sign = change.pence > 0 ? "+" : ""
        return Span(sign + glyphs.money(change, currency) + percent, change.isNegative ? Style(.warning) : Style(.good))
    }
}
