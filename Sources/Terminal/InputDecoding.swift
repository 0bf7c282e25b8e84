import CNCurses
import Cells

/// What `wget_wch` delivered: a character, or (with KEY_CODE_YES) a curses key code.
enum RawInput: Hashable {
    case character(UInt32)
    case keyCode(Int32)
}

/// A raw input as the dashboard sees it. Resize and mouse need more from curses (the new size,
/// `getmouse`), so they are only named here.
enum DecodedInput: Hashable {
    case key(Key)
    case resize
    case mouse
    /// Keys the dashboard has no use for (Insert, Delete, NUL, C1 controls...).
    case ignored
}

func decode(_ raw: RawInput) -> DecodedInput {
    switch raw {
    case .character(let value): return decodeCharacter(value)
    case .keyCode(let code): return decodeKeyCode(code)
    }
}

private func decodeCharacter(_ value: UInt32) -> DecodedInput {
    switch value {
    case 9: return .key(.tab)
    // 13 arrives under nonl(), which the terminal uses; 10 is Ctrl-J or Enter with nl().
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    // Terminals send either DEL or Ctrl-H for Backspace; Ctrl-H is not offered as a control key.
    case 8, 127: return .key(.backspace)
    case 1...26:
        return .key(.control(Character(Unicode.Scalar(UInt8(value - 1) + UInt8(ascii: "a")))))
    case 0..<32, 0x80..<0xA0: return .ignored
    default:
        guard let scalar = Unicode.Scalar(value) else { return .ignored }
        return .key(.character(Character(scalar)))
    }
}

private func decodeKeyCode(_ code: Int32) -> DecodedInput {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_BTAB: return .key(.backTab)
    case KEY_ENTER: return .key(.enter)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_RESIZE: return .resize
    case KEY_MOUSE: return .mouse
    case nc_key_f(1)...nc_key_f(63): return .key(.function(Int(code - nc_key_f(0))))
    default: return .ignored
    }
}

/// The mouse events the dashboard uses: a press of the first button (a click, when curses
/// reports it as one) and the wheel. Releases and other buttons are dropped.
func mouseKind(buttonState: mmask_t) -> MouseEvent.Kind? {
    if buttonState & (nc_button1_pressed() | nc_button1_clicked()) != 0 { return .press }
    if buttonState & nc_button4_pressed() != 0 { return .scrollUp }
    if buttonState & nc_button5_pressed() != 0 { return .scrollDown }
    return nil
}

/// The mouse events to ask curses for (see `mouseKind`).
func mouseEventMask() -> mmask_t {
    nc_button1_pressed() | nc_button1_clicked() | nc_button4_pressed() | nc_button5_pressed()
}
