import Cells

/// Figures large enough to read across a boardroom: each character five rows high, drawn with full
/// and half blocks. A cell is about twice as tall as it is wide, so vertical strokes are one full
/// block wide and horizontal ones one half block high: the strokes look equally thick.
/// Digits are all four columns wide, so that figures set one above another line up.
enum BigText {
    static let height = 5
    /// Blank columns between two characters.
    static let spacing = 1

    private static let font: [Character: [String]] = [
        "0": ["█▀▀█", "█  █", "█  █", "█  █", "█▄▄█"],
        "1": [" ▀█ ", "  █ ", "  █ ", "  █ ", " ▄█▄"],
        "2": ["▀▀▀█", "   █", "█▀▀▀", "█   ", "█▄▄▄"],
        "3": ["▀▀▀█", "   █", " ▀▀█", "   █", "▄▄▄█"],
        "4": ["█  █", "█  █", "▀▀▀█", "   █", "   █"],
        "5": ["█▀▀▀", "█   ", "▀▀▀█", "   █", "▄▄▄█"],
        "6": ["█▀▀▀", "█   ", "█▀▀█", "█  █", "█▄▄█"],
        "7": ["▀▀▀█", "   █", "   █", "   █", "   █"],
        "8": ["█▀▀█", "█  █", "█▀▀█", "█  █", "█▄▄█"],
        "9": ["█▀▀█", "█  █", "▀▀▀█", "   █", "▄▄▄█"],
        "£": [" ▄▀▀", " █  ", "▀█▀ ", " █  ", "▄█▄▄"],
        ",": ["  ", "  ", "  ", " ▄", "▄▀"],
        ".": [" ", " ", " ", " ", "▄"],
        "%": ["█   █", "   █ ", "  █  ", " █   ", "█   █"],
        "-": ["   ", "   ", "▀▀▀", "   ", "   "],
        // `>999%`: a percentage too large to mean anything.
        ">": ["█   ", " ▀▄ ", "   █", " ▄▀ ", "█   "],
        "<": ["   █", " ▄▀ ", "█   ", " ▀▄ ", "   █"],
        // The screens' "not stated" mark.
        "—": ["    ", "    ", "▀▀▀▀", "    ", "    "],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]

    /// Columns `text` needs; nil when some character has no large form (a currency other than
    /// pounds, a letter), and the screen shows the text in ordinary bold instead.
    static func width(_ text: String) -> Int? {
        var total = 0
        for character in text {
            guard let glyph = font[character] else { return nil }
            total += glyph[0].count
        }
        return total + max(0, text.count - 1) * spacing
    }

    /// The five rows of `text`: blocks, or `#` for every inked cell under ASCII glyphs.
    static func rows(_ text: String, glyphs: Glyphs) -> [String]? {
        guard width(text) != nil else { return nil }
        let gap = String(repeating: " ", count: spacing)
        return (0..<height).map { row in
            let line = text.map { font[$0]![row] }.joined(separator: gap)
            return glyphs.isUnicode ? line : String(line.map { $0 == " " ? " " : "#" })
        }
    }

    /// Draws `text` at the top left of `rect`. Draws nothing and returns false when it does not
    /// fit or cannot be drawn large: a figure is shown whole or not at all.
    @discardableResult
    static func draw(_ grid: inout Grid, _ text: String, in rect: Rect, style: Style, glyphs: Glyphs) -> Bool {
        guard let rows = rows(text, glyphs: glyphs), rect.height >= height, rows[0].count <= rect.width else { return false }
        for (offset, line) in rows.enumerated() {
            grid.put(line, x: rect.x, y: rect.y + offset, style: style, clip: rect)
        }
        return true
    }
}
