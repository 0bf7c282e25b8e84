/// The eight ANSI colours, plus the terminal's own default.
public enum TerminalColor: Int, Hashable, Sendable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
    case `default` = -1
}

/// How a style looks on a terminal: colours (nil on a monochrome theme) and attributes.
public struct Appearance: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default,
                bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }
}

/// Colours by role. `mono` uses attributes only (for `--theme mono` and `NO_COLOR`);
/// `highContrast` draws every role white on black with bold and reverse (for `--present`).
public struct Theme: Hashable, Sendable {
    public var name: String
    public var usesColor: Bool
    public var isHighContrast = false

    public static let color = Theme(name: "color", usesColor: true)
    public static let mono = Theme(name: "mono", usesColor: false)
    /// For a projector, which washes out colours and dim text: black and white only. It needs
    /// colours to paint the black; a terminal without them gets `mono`, whose presentation roles
    /// are already bold and reverse only.
    public static let highContrast = Theme(name: "high-contrast", usesColor: true, isHighContrast: true)

    public func appearance(of style: Style) -> Appearance {
        var look = isHighContrast ? highContrasting(style.role) : usesColor ? colored(style.role) : monochrome(style.role)
        look.bold = look.bold || style.bold
        look.reverse = look.reverse != style.reverse
        look.underline = look.underline || style.underline
        return look
    }

    private func colored(_ role: Role) -> Appearance {
        switch role {
        case .normal: return Appearance()
        case .dim: return Appearance(dim: true)
        case .title: return Appearance(foreground: .cyan, bold: true)
        case .header: return Appearance(bold: true)
        case .tabActive: return Appearance(foreground: .black, background: .cyan, bold: true)
        case .tabInactive: return Appearance()
        case .border: return Appearance(foreground: .blue)
        case .selectedBorder: return Appearance(foreground: .cyan, bold: true)
        case .good: return Appearance(foreground: .green)
        case .warning: return Appearance(foreground: .yellow, bold: true)
        case .danger: return Appearance(foreground: .white, background: .red, bold: true)
        case .planned: return Appearance(foreground: .cyan)
        case .spend: return Appearance(foreground: .green)
        case .track: return Appearance(dim: true)
        case .notice: return Appearance(foreground: .black, background: .yellow)
        case .input: return Appearance(underline: true)
        case .present: return Appearance(foreground: .white, background: .black)
        case .presentStrong: return Appearance(foreground: .white, background: .black, bold: true)
        case .presentAlert: return Appearance(foreground: .white, background: .black, bold: true, reverse: true)
        }
    }

    private func monochrome(_ role: Role) -> Appearance {
        switch role {
        case .title, .header, .selectedBorder, .warning, .presentStrong: return Appearance(bold: true)
        case .tabActive, .danger, .notice, .presentAlert: return Appearance(bold: true, reverse: true)
        case .dim, .track, .border: return Appearance(dim: true)
        case .input: return Appearance(underline: true)
        default: return Appearance()
        }
    }

    /// Every role white on black: emphasis by bold, alarm by reverse, nothing dim.
    private func highContrasting(_ role: Role) -> Appearance {
        var look = Appearance(foreground: .white, background: .black)
        switch role {
        case .title, .header, .selectedBorder, .warning, .presentStrong: look.bold = true
        case .tabActive, .danger, .notice, .presentAlert:
            look.bold = true
            look.reverse = true
        case .input: look.underline = true
        case .normal, .dim, .tabInactive, .border, .good, .planned, .spend, .track, .present: break
        }
        return look
    }
}
