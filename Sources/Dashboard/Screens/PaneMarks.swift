import Cells

/// A pane title's marks, in one place for the overview and the legend (`?`).
extension AreaPane {
    static func heldMark(_ glyphs: Glyphs) -> String { "\(glyphs.cross) PAYMENT HELD" }

    static func behindMark(_ glyphs: Glyphs) -> String { "\(glyphs.behind) behind profile" }
}
