import CNCurses
import Glibc

/// Bracketed paste (xterm's mode 2004): while it is on, the terminal wraps pasted text in
/// `ESC[200~` … `ESC[201~`, so that a paste reaches the dashboard as text, not as keys (a line
/// break in it would otherwise save a form, and the letters after it run commands).
enum BracketedPaste {
    static let enable = "\u{1B}[?2004h"
    static let disable = "\u{1B}[?2004l"
    static let start = "\u{1B}[200~"
    static let end = "\u{1B}[201~"
    /// Key codes curses hands back for the two markers (`define_key`). Above every code curses
    /// gives the terminal's own keys, which it numbers upwards from KEY_MAX; curses keeps them in
    /// 16 bits.
    static let startCode: Int32 = 0x6200
    static let endCode: Int32 = 0x6201
    /// A paste whose end marker never comes (a terminal that lost it) ends after this long without input.
    static let quietMilliseconds = 500

    /// Teaches the current curses screen the two markers, so that each arrives as one key code.
    static func defineMarkers() {
        _ = define_key(start, startCode)
        _ = define_key(end, endCode)
    }

    /// Writes `sequence` straight to `fd`: curses writes with write(2) on its descriptor too.
    static func send(_ sequence: String, to fd: Int32) {
        let bytes = Array(sequence.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if result > 0 { written += result } else if result < 0 && errno == EINTR { continue } else { break }
        }
    }
}

/// Gathers what arrives between the paste markers into one text.
struct PasteAssembler {
    enum Step: Equatable {
        /// Not part of a paste: decode it as a key.
        case key
        /// Taken into the paste being gathered.
        case gathered
        /// The paste is complete.
        case pasted(String)
    }

    /// The text so far, while inside a paste.
    private(set) var text: String?

    var isGathering: Bool { text != nil }

    mutating func take(_ raw: RawInput) -> Step {
        switch raw {
        case .keyCode(BracketedPaste.startCode):
            // A second start inside a paste is text the terminal failed to end: keep gathering.
            if text == nil { text = "" }
            return .gathered
        case .keyCode(BracketedPaste.endCode):
            // An end marker with no paste open is dropped (a stray, or the rest of a cut paste).
            return finish().map(Step.pasted) ?? .gathered
        case .keyCode(let code):
            guard text != nil else { return .key }
            // Enter as a key code is still a line break; other keys have no text.
            if code == KEY_ENTER { text?.unicodeScalars.append("\n") }
            return .gathered
        case .character(let value):
            guard text != nil else { return .key }
            if let scalar = Unicode.Scalar(value) { text?.unicodeScalars.append(scalar) }
            return .gathered
        }
    }

    /// Ends the paste being gathered (its end marker never came) and returns its text.
    mutating func finish() -> String? {
        defer { text = nil }
        return text
    }
}
