import Cells
import Glibc
import Testing
@testable import Terminal

@Suite struct CellTextTests {
    init() {
        // wcwidth follows LC_CTYPE; C.UTF-8 is the one UTF-8 locale every Linux has.
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    private func text(_ character: Character, unicode: Bool = true) -> String {
        let wide = cellText(character, unicode: unicode)
        #expect(wide.last == 0)
        return String(String.UnicodeScalarView(wide.dropLast().compactMap { Unicode.Scalar(UInt32($0)) }))
    }

    @Test func oneColumnCharactersPassThrough() {
        #expect(text("a") == "a")
        #expect(text("£") == "£")
        #expect(text("█") == "█")
        #expect(text("─") == "─")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        #expect(text("e\u{301}") == "e\u{301}")
    }

    @Test func wideAndControlCharactersBecomeAQuestionMark() {
        #expect(text("漢") == "?")
        #expect(text("😀") == "?")
        #expect(text("\t") == "?")
    }

    @Test func asciiOnlyPassesPrintableASCII() {
        #expect(text("a", unicode: false) == "a")
        #expect(text("£", unicode: false) == "?")
        #expect(text("\r\n", unicode: false) == "?")
    }
}
