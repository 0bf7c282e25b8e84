import CNCurses
import Glibc

/// The wide characters for one cell, NUL-terminated, as `setcchar` wants them. The grid takes
/// every character as one column, so anything the terminal would draw in another width (wide
/// CJK and emoji, controls) or cannot hold in one cell becomes `?`: one stray column would shift
/// the rest of the line. Without a Unicode locale only printable ASCII gets through.
func cellText(_ character: Character, unicode: Bool) -> [wchar_t] {
    let replacement: [wchar_t] = [wchar_t(UInt8(ascii: "?")), 0]
    let scalars = character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    guard let first = scalars.first else { return replacement }
    if !unicode {
        return scalars.count == 1 && (0x20..<0x7F).contains(first) ? [first, 0] : replacement
    }
    // A spacing character plus the combining marks a curses cell can carry.
    guard scalars.count <= Int(CCHARW_MAX), wcwidth(first) == 1,
          scalars.dropFirst().allSatisfy({ wcwidth($0) == 0 })
    else { return replacement }
    return scalars + [0]
}
