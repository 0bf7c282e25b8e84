import CNCurses
import Cells
import Testing
@testable import Terminal

@Suite struct InputDecodingTests {
    private func character(_ value: UInt32) -> DecodedInput { decode(.character(value)) }
    private func code(_ value: Int32) -> DecodedInput { decode(.keyCode(value)) }

    @Test func editingCharacters() {
        #expect(character(9) == .key(.tab))
        #expect(character(10) == .key(.enter))
        #expect(character(13) == .key(.enter))
        #expect(character(27) == .key(.escape))
        #expect(character(127) == .key(.backspace))
        #expect(character(8) == .key(.backspace))
    }

    @Test func controlLetters() {
        #expect(character(1) == .key(.control("a")))
        #expect(character(3) == .key(.control("c")))
        #expect(character(26) == .key(.control("z")))
    }

    @Test func printableCharacters() {
        #expect(character(UInt32(UInt8(ascii: "q"))) == .key(.character("q")))
        #expect(character(UInt32(UInt8(ascii: "?"))) == .key(.character("?")))
        #expect(character(0xA3) == .key(.character("£")))
        #expect(character(0x2588) == .key(.character("█")))
    }

    @Test func otherControlsAreIgnored() {
        #expect(character(0) == .ignored)
        #expect(character(28) == .ignored)
        #expect(character(0x9B) == .ignored)
        #expect(character(0xD800) == .ignored)
    }

    @Test func cursesKeyCodes() {
        #expect(code(KEY_UP) == .key(.up))
        #expect(code(KEY_DOWN) == .key(.down))
        #expect(code(KEY_LEFT) == .key(.left))
        #expect(code(KEY_RIGHT) == .key(.right))
        #expect(code(KEY_PPAGE) == .key(.pageUp))
        #expect(code(KEY_NPAGE) == .key(.pageDown))
        #expect(code(KEY_HOME) == .key(.home))
        #expect(code(KEY_END) == .key(.end))
        #expect(code(KEY_BTAB) == .key(.backTab))
        #expect(code(KEY_ENTER) == .key(.enter))
        #expect(code(KEY_BACKSPACE) == .key(.backspace))
        #expect(code(KEY_RESIZE) == .resize)
        #expect(code(KEY_MOUSE) == .mouse)
        #expect(code(KEY_DC) == .ignored)
    }

    @Test func functionKeys() {
        #expect(code(nc_key_f(1)) == .key(.function(1)))
        #expect(code(nc_key_f(12)) == .key(.function(12)))
        #expect(code(nc_key_f(0)) == .ignored)
    }

    @Test func mouseButtons() {
        #expect(mouseKind(buttonState: nc_button1_pressed()) == .press)
        #expect(mouseKind(buttonState: nc_button1_clicked()) == .press)
        #expect(mouseKind(buttonState: nc_button4_pressed()) == .scrollUp)
        #expect(mouseKind(buttonState: nc_button5_pressed()) == .scrollDown)
        #expect(mouseKind(buttonState: nc_button1_released()) == nil)
    }
}
