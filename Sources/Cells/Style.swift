/// What a piece of text means. Themes turn roles into colours; no status is told by colour alone:
/// every one also carries a symbol and a word.
public enum Role: Hashable, Sendable, CaseIterable {
    case normal
    case dim
    case title
    case header
    case tabActive
    case tabInactive
    case border
    case selectedBorder
    case good
    case warning
    case danger
    case planned
    case spend
    case track
    case notice
    case input
    /// Presentation pages, read off a projector: black and white, bold and reverse only, never
    /// dim or a thin colour, on every theme.
    case present
    case presentStrong
    /// An overdue return spelled out on a presentation page.
    case presentAlert
}

/// A role plus the attributes that also survive on a monochrome terminal.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let normal = Style()
}
