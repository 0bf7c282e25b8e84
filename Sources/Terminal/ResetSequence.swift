import CNCurses
import Glibc

/// The bytes `endwin` would send to give the terminal back (mouse reports off, keypad and
/// attributes back to normal, the cursor shown, the main screen back), read from terminfo while
/// curses is up, and bracketed paste off, so that the crash handler can write them when calling
/// curses is no longer safe.
func crashResetSequence(mouse: Bool) -> [CChar] {
    var sequence: [CChar] = []
    if mouse {
        // curses switches xterm mouse reports with XM(1), or with this string when there is no XM.
        let fallback = "\u{1B}[?1000%?%p1%{1}%=%th%el%;"
        let off = capability("XM").map { nc_tiparm1($0, 0) } ?? fallback.withCString { nc_tiparm1($0, 0) }
        if let off { sequence += bytes(off) }
    }
    // Pastes bracketed no more: the shell after a crash would take the markers as typing.
    sequence += BracketedPaste.disable.utf8.map { CChar(bitPattern: $0) }
    for name in ["rmkx", "sgr0", "cnorm", "rmcup"] {
        if let value = capability(name) { sequence += bytes(value) }
    }
    // No alternate screen to leave (vt100, the Linux console): the frame is cleared instead.
    if capability("rmcup") == nil, let clear = capability("clear") { sequence += bytes(clear) }
    return sequence
}

/// A terminfo string capability of the current terminal, nil when it has none.
func capability(_ name: String) -> UnsafeMutablePointer<CChar>? {
    guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
    return value
}

/// Raw bytes, not a String: capabilities may hold bytes that are not UTF-8.
private func bytes(_ string: UnsafePointer<CChar>) -> [CChar] {
    Array(UnsafeBufferPointer(start: string, count: strlen(string)))
}
