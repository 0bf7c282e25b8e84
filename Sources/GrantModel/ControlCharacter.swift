/// Shows control characters as visible escapes, so that no byte of a data file reaches a terminal raw.
public enum ControlCharacter {
    /// `\e` for ESC, `\a` BEL, `\r` CR, `\u{7F}` for others.
    public static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{1B}": return "\\e"
        case "\u{07}": return "\\a"
        case "\r": return "\\r"
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\u{08}": return "\\b"
        case "\u{0C}": return "\\f"
        default: return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
    }
}

extension String {
    /// This text with every control character (C0, DEL, C1) escaped: safe to draw on a terminal.
    public var terminalSafe: String {
        guard unicodeScalars.contains(where: ControlCharacter.isControl) else { return self }
        var result = ""
        for scalar in unicodeScalars {
            if ControlCharacter.isControl(scalar) {
                result += ControlCharacter.escaped(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension ControlCharacter {
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
