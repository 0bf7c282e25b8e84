import Cells
import GrantModel

/// A line of one character per amount, as tall as the amount is against a whole: `▃▅··`. An
/// amount not yet known (a quarter still to come) is a dot.
enum Sparkline {
    static func text(_ amounts: [Money?], of whole: Money, glyphs: Glyphs) -> String {
        let ramp: [Character] = glyphs.isUnicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : ["_", ",", "-", "~", "=", "+", "*", "#"]
        return String(amounts.map { amount -> Character in
            guard let amount else { return glyphs.isUnicode ? "·" : "." }
            // Eight heights: the lowest for nothing, the highest for the whole or more.
            return ramp[min(ramp.count - 1, BarShare.steps(amount, of: whole, in: ramp.count))]
        })
    }
}
