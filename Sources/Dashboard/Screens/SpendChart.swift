import Cells
import GrantModel

/// The chart of an area's cumulative planned and spend against the profile, sized to where it
/// is shown: the area detail (lines of its document) and a presentation page (a block under the
/// figures where there is room, else a line of the same figures).
enum SpendChart {
    /// The widest a chart is drawn: wider, four quarters only stretch.
    static let widest = 90

    /// The detail's chart: taller on a taller screen, never wider than `widest`.
    static func lines(_ track: SpendTrack, currency: Currency, glyphs: Glyphs, width: Int, screenHeight: Int) -> [[Span]] {
        let rows = screenHeight < 30 ? 6 : screenHeight < 50 ? 8 : 12
        let legend = QuarterChart.legendLines(min(width, widest), styles: .screen, glyphs: glyphs).count
        let size = Size(width: min(width, widest), height: QuarterChart.height(rows: rows, legendLines: legend))
        guard size.width >= QuarterChart.minimumWidth(track, currency, glyphs: glyphs) else {
            return [note(track, currency: currency, glyphs: glyphs, style: Style(.dim)).flatMap { $0 }]
        }
        var grid = Grid(size)
        QuarterChart.draw(&grid, Rect(size), track, currency: currency, styles: .screen, glyphs: glyphs)
        return grid.spanLines
    }

    /// A presentation page's chart in the `room` (rows) the page leaves, after a gap: the chart
    /// where at least four rows above its axis fit, else its figures in a line, else nothing.
    static func pageBlocks(_ track: SpendTrack, _ page: PageContext, room: Int) -> [PageBlock] {
        let glyphs = page.glyphs, currency = page.report.funder.currency
        let width = min(page.width, widest)
        let legend = QuarterChart.legendLines(width, styles: .present, glyphs: glyphs).count
        let height = min(room - 1, QuarterChart.height(rows: 12, legendLines: legend))
        if height >= QuarterChart.height(rows: 4, legendLines: legend), width >= QuarterChart.minimumWidth(track, currency, glyphs: glyphs) {
            return [.gap(), PageBlock(height: height) { grid, rect in
                QuarterChart.draw(&grid, Rect(x: rect.x, y: rect.y, width: width, height: rect.height), track,
                                  currency: currency, styles: .present, glyphs: glyphs)
            }]
        }
        guard room >= 2 else { return [] }
        let parts = note(track, currency: currency, glyphs: glyphs, style: Presenting.plain)
        return [.gap(), PageBlock(height: 1) { grid, rect in
            grid.put(Text.whole(parts, rect.width), x: rect.x, y: rect.y, clip: rect)
        }]
    }

    /// The chart's figures in a line where it has no room, in parts shown whole or not at all:
    /// `Spend against profile: Q1 £275k vs £468k · Q2 £508k vs £937k`.
    static func note(_ track: SpendTrack, currency: Currency, glyphs: Glyphs, style: Style) -> [[Span]] {
        let quarters = zip(Quarter.allCases, zip(track.spend, track.profile)).map { quarter, figures in
            let spend = figures.0.map { ChartScale.label($0, currency, glyphs: glyphs) } ?? glyphs.unknown
            return "\(quarter) \(spend) vs \(ChartScale.label(figures.1, currency, glyphs: glyphs))"
        }
        return quarters.enumerated().map { index, text in
            [Span(index == 0 ? "Spend against profile: \(text)" : " \(glyphs.middleDot) \(text)", style)]
        }
    }
}
