import CNCurses
import Cells

/// The curses attributes for an appearance; colours go separately, as a colour pair.
func attributes(of look: Appearance) -> attr_t {
    var attributes = attr_t(A_NORMAL)
    if look.bold { attributes |= nc_a_bold() }
    if look.reverse { attributes |= nc_a_reverse() }
    if look.underline { attributes |= nc_a_underline() }
    if look.dim { attributes |= nc_a_dim() }
    return attributes
}

/// Colour pairs made on demand, one per foreground and background in use: a theme uses a
/// handful, far below the 64 pairs even an 8-colour terminal has.
final class ColorPairs {
    private struct Colors: Hashable {
        var foreground: TerminalColor
        var background: TerminalColor
    }

    private var pairs: [Colors: Int16] = [:]
    private var nextNumber = 1
    private let terminalDefaults: Bool

    /// `terminalDefaults`: `use_default_colors` worked, so -1 keeps the terminal's own colours.
    init(terminalDefaults: Bool) {
        self.terminalDefaults = terminalDefaults
    }

    /// The pair for these colours (0, the terminal's default pair, when both are `.default`).
    func pair(_ foreground: TerminalColor, _ background: TerminalColor) -> Int16 {
        let colors = Colors(foreground: foreground, background: background)
        if foreground == .default && background == .default { return 0 }
        if let pair = pairs[colors] { return pair }
        // Out of pairs, or refused: the default colours, remembered so it is not asked again.
        var pair: Int16 = 0
        if nextNumber < nc_color_pairs(),
           init_pair(Int16(nextNumber), curses(foreground, or: COLOR_WHITE),
                     curses(background, or: COLOR_BLACK)) == OK {
            pair = Int16(nextNumber)
            nextNumber += 1
        }
        pairs[colors] = pair
        return pair
    }

    private func curses(_ color: TerminalColor, or fallback: Int32) -> Int16 {
        if color == .default && !terminalDefaults { return Int16(fallback) }
        return Int16(color.rawValue)
    }
}
