import Cells
import Testing
@testable import Terminal

@Suite struct TerminalLocaleTests {
    @Test func utf8CodesetsGetUnicodeGlyphs() {
        #expect(TerminalLocale.glyphs(forCodeset: "UTF-8") == .unicode)
        #expect(TerminalLocale.glyphs(forCodeset: "utf8") == .unicode)
    }

    @Test func otherCodesetsGetASCII() {
        #expect(TerminalLocale.glyphs(forCodeset: "ANSI_X3.4-1968") == .ascii)
        #expect(TerminalLocale.glyphs(forCodeset: "ISO-8859-1") == .ascii)
    }
}

@Suite struct WriteMeterTests {
    @Test func readsTheWcharLine() {
        let text = "rchar: 6976\nwchar: 1234\nsyscr: 10\n"
        #expect(WriteMeter.wchar(in: ArraySlice(text.utf8)) == 1234)
        #expect(WriteMeter.wchar(in: ArraySlice("rchar: 1\n".utf8)) == nil)
    }
}

@Suite struct TerminalErrorTests {
    @Test func descriptionsNameTheTerminal() {
        #expect(TerminalError.unknownTerminal("vt999").description.contains("vt999"))
        #expect(TerminalError.unknownTerminal("").description.contains("TERM is not set"))
        #expect(TerminalError.cannotAddressCursor("dumb").description.contains("dumb"))
    }
}
