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
    /// Invisible format characters are escaped too (`\u{FEFF}`): a byte-order mark left at the
    /// start of a value by joining two files would otherwise make `solihull` look unknown.
    public var terminalSafe: String {
        func escapes(_ scalar: Unicode.Scalar) -> Bool { ControlCharacter.isControl(scalar) || ControlCharacter.isInvisible(scalar) }
        guard unicodeScalars.contains(where: escapes) else { return self }
        var result = ""
        for scalar in unicodeScalars {
            if escapes(scalar) {
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

    /// Characters that take no room on screen: the byte-order mark (zero-width no-break space),
    /// zero-width spaces and joiners, and the marks that reorder text right to left.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFEFF, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069: return true
        default: return false
        }
    }
}
