import Cells
import GrantModel

/// Each area's allocation across the years as a row of small bars, oldest year first, so that
/// a cut or a rise reads left to right: `████████ £2.50m  ██████░░ £1.87m`. Each area's bars are
/// against its own largest year, so that a small area's cut shows as plainly as a large one's;
/// the amounts beside them compare areas.
enum YearsTrend {
    static let barWidth = 8

    static func table(_ histories: [YearOnYear], years: [FinancialYear], currency: Currency, glyphs: Glyphs) -> TableView {
        let oldestFirst = years.sorted()
        let rows = histories.map { history -> [Span] in
            let largest = history.rows.map(\.allocation).max() ?? .zero
            var cells = [Span(glyphs.text(history.area.name), Style(.header, bold: true))]
            for year in oldestFirst {
                guard let row = history.rows.first(where: { $0.year == year }) else {
                    cells.append(Span(""))
                    continue
                }
                let bar = Bar.text(part: row.allocation, whole: largest, width: barWidth, glyphs: glyphs)
                cells.append(Span(bar.filled + bar.track + " " + ChartScale.label(row.allocation, currency, glyphs: glyphs), Style(.planned)))
            }
            return cells
        }
        let headers = [("Area", false)] + oldestFirst.map { ("\($0)", false) }
        return DocumentScreen.table(headers: headers, rows: rows, glyphs: glyphs)
    }
}
