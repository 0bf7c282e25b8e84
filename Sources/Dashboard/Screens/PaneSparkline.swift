import Cells
import GrantModel

extension AreaPane {
    /// Panes at least this wide show the sparkline; narrower ones keep their border plain.
    static let sparklineWidth = 40

    /// Cumulative spend at the end of each quarter against the total, set into the pane's bottom
    /// border (`└──── spend Q1-Q4 ▃▅·· ┘`), where it takes no row from the figures.
    static func drawSparkline(_ grid: inout Grid, _ rect: Rect, _ position: AreaPosition, glyphs: Glyphs) {
        guard rect.width >= sparklineWidth, rect.height >= 3 else { return }
        let line = Sparkline.text(Quarter.allCases.map { position.spendByQuarter[$0] }, of: position.total, glyphs: glyphs)
        let label = " spend Q1-Q4 "
        let x = rect.maxX - 2 - label.count - line.count - 1
        let next = grid.put(label, x: x, y: rect.maxY - 1, style: Style(.dim))
        let end = grid.put(line, x: next, y: rect.maxY - 1, style: Style(.spend, bold: true))
        grid.put(" ", x: end, y: rect.maxY - 1, style: Style(.dim))
    }
}
