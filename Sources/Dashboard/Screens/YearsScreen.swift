import GrantModel

/// Year on year per funder: each area's allocation in every year of the data, the change in
/// pounds and percent, and the carry forward it took into the next year.
enum YearsScreen {
    static func document(_ state: DashboardState, width: Int) -> [[Span]] {
        guard let grants = state.grants, let funder = state.funder else { return [] }
        let glyphs = state.glyphs, currency = funder.currency
        var lines: [[Span]] = [[Span("Allocations year on year: \(glyphs.text(funder.name))", Style(.title, bold: true))], []]
        let histories = grants.yearOnYear(for: funder.id)
        guard !histories.isEmpty else { return lines + [[Span("No allocations for this funder.", Style(.dim))]] }
        let years = Array(Set(histories.flatMap { $0.rows.map(\.year) })).sorted()
        // One row per area: its allocation in each year, and the change into each later year.
        var headers: [(String, Bool)] = [("Area", false)]
        for (index, year) in years.enumerated() {
            headers.append(("\(year)", true))
            if index > 0 { headers.append(("change", true)) }
        }
        var rows: [[Span]] = []
        for history in histories {
            var cells = [Span(glyphs.text(history.area.name), Style(.header, bold: true))]
            for (index, year) in years.enumerated() {
                let row = history.rows.first { $0.year == year }
                cells.append(Span(row.map { glyphs.money($0.allocation, currency) } ?? ""))
                if index > 0 { cells.append(change(row, currency, glyphs)) }
            }
            rows.append(cells)
        }
        var totals = [Span("Total", Style(.header, bold: true))]
        for (index, year) in years.enumerated() {
            let amounts = histories.compactMap { $0.rows.first { $0.year == year }?.allocation }
            totals.append(Span(amounts.isEmpty ? "" : glyphs.money(amounts.sum(), currency), Style(.header, bold: true)))
            if index > 0 { totals.append(Span("")) }
        }
        lines += DocumentScreen.table(headers: headers, rows: rows + [totals])

        lines += [[], [Span("Carry forward into the next year", Style(.title, bold: true))]]
        var carryRows: [[Span]] = []
        for history in histories {
            for row in history.rows where row.carriedIntoNextYear != nil {
                carryRows.append([Span(glyphs.text(history.area.name)), Span("\(row.year) to \(row.year.next)"),
                                  Span(glyphs.money(row.carriedIntoNextYear, currency), Style(.header, bold: true))])
            }
        }
        if carryRows.isEmpty {
            lines.append([Span("No carry forward recorded between years in the data.", Style(.dim))])
        } else {
            lines += DocumentScreen.table(headers: [("Area", false), ("Years", false), ("Carry forward", true)], rows: carryRows)
        }
        return lines
    }

    /// `-£624,396 -25%`, or blank when there is no previous year to compare with.
    static func change(_ row: YearOnYearRow?, _ currency: Currency, _ glyphs: Glyphs) -> Span {
        guard let row, let change = row.change else { return Span("") }
        let percent = row.changePercent.map { " \($0 > 0 ? "+" : "")\($0)%" } ?? ""
        let sign = change.pence > 0 ? "+" : ""
        return Span(sign + glyphs.money(change, currency) + percent, change.isNegative ? Style(.warning) : Style(.good))
    }
}
