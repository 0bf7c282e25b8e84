/// The characters a screen draws with: Unicode under a UTF-8 locale, plain ASCII otherwise.
public struct Glyphs: Hashable, Sendable {
    public var isUnicode: Bool

    public static let unicode = Glyphs(isUnicode: true)
    public static let ascii = Glyphs(isUnicode: false)

    public var horizontal: Character { isUnicode ? "─" : "-" }
    public var vertical: Character { isUnicode ? "│" : "|" }
    public var topLeft: Character { isUnicode ? "┌" : "+" }
    public var topRight: Character { isUnicode ? "┐" : "+" }
    public var bottomLeft: Character { isUnicode ? "└" : "+" }
    public var bottomRight: Character { isUnicode ? "┘" : "+" }
    public var fullBlock: Character { isUnicode ? "█" : "#" }
    public var halfBlock: Character { isUnicode ? "▌" : "=" }
    public var track: Character { isUnicode ? "░" : "." }
    public var tick: String { isUnicode ? "✓" : "ok" }
    public var cross: String { isUnicode ? "✗" : "X" }
    public var dot: String { isUnicode ? "·" : "-" }
    public var ellipsis: String { isUnicode ? "…" : "~" }
    public var behind: String { isUnicode ? "▼" : "v" }
    public var unknown: String { isUnicode ? "—" : "-" }
    public var alert: String { isUnicode ? "⚠" : "!" }
    public var middleDot: String { isUnicode ? "·" : "|" }
    public var arrows: String { isUnicode ? "←↓↑→" : "arrows" }
    /// A sort's direction: largest (or Z) first, smallest (or A) first.
    public var descending: String { isUnicode ? "↓" : "desc" }
    public var ascending: String { isUnicode ? "↑" : "asc" }
}
