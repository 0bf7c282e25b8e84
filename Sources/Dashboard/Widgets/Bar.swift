import Cells
import GrantModel

/// A horizontal bar of `part` against `whole`, in half-cell steps: `█████▌░░░░`; full when the
/// part reaches the whole (or there is a part and no whole).
enum Bar {
    static func text(part: Money?, whole: Money, width: Int, glyphs: Glyphs) -> (filled: String, track: String) {
        guard width > 0 else { return ("", "") }
        let halves = BarShare.steps(part, of: whole, in: width * 2)
        let full = halves / 2, half = halves % 2
        let filled = String(repeating: glyphs.fullBlock, count: full) + (half == 1 ? String(glyphs.halfBlock) : "")
        return (filled, String(repeating: glyphs.track, count: width - full - half))
    }

    static func draw(_ grid: inout Grid, x: Int, y: Int, width: Int, part: Money?, whole: Money, style: Style, glyphs: Glyphs) {
        let bar = text(part: part, whole: whole, width: width, glyphs: glyphs)
        let next = grid.put(bar.filled, x: x, y: y, style: style)
        grid.put(bar.track, x: next, y: y, style: Style(.track))
    }
}
