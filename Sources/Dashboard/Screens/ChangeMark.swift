import Cells

/// An area with an event since the last board: `Δ changed` on its pane's bottom border, a symbol
/// and a word so that it reads without colour, and on the border so that no figure is cut for it.
/// It sits at the border's left end: the right end carries the spend sparkline on a wide pane.
enum ChangeMark {
    static func text(_ glyphs: Glyphs) -> String { "\(glyphs.isUnicode ? "Δ" : "*") changed" }

    static func draw(_ grid: inout Grid, _ rect: Rect, glyphs: Glyphs) {
        let label = " \(text(glyphs)) "
        guard rect.height >= 2, rect.width >= label.count + 4 else { return }
        grid.put(label, x: rect.x + 2, y: rect.maxY - 1, style: Style(.warning, bold: true), clip: rect)
    }
}
