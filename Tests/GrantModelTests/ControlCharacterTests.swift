import Testing
import GrantModel

@Suite("ControlCharacter: no data byte reaches a terminal raw")
struct ControlCharacterTests {
    @Test func plainTextIsUnchanged() {
        #expect("Solihull MBC £214,454 — Q2".terminalSafe == "Solihull MBC £214,454 — Q2")
        #expect("".terminalSafe == "")
    }

    @Test func controlsAreEscaped() {
        #expect("a\u{1B}[2Jb".terminalSafe == "a\\e[2Jb")
        #expect("bell\u{07}".terminalSafe == "bell\\a")
        #expect("x\r\ny\tz".terminalSafe == "x\\r\\ny\\tz")
        #expect("\u{08}\u{0C}".terminalSafe == "\\b\\f")
        #expect("\u{00}".terminalSafe == "\\u{0}")
        #expect("\u{7F}".terminalSafe == "\\u{7F}")
        #expect("\u{9B}31m".terminalSafe == "\\u{9B}31m")   // C1 CSI
    }

    @Test func whichScalarsAreControls() {
        #expect(ControlCharacter.isControl("\u{00}"))
        #expect(ControlCharacter.isControl("\u{1F}"))
        #expect(!ControlCharacter.isControl(" "))
        #expect(!ControlCharacter.isControl("~"))
        #expect(ControlCharacter.isControl("\u{7F}"))
        #expect(ControlCharacter.isControl("\u{80}"))
        #expect(ControlCharacter.isControl("\u{9F}"))
        #expect(!ControlCharacter.isControl("\u{A0}"))
        #expect(!ControlCharacter.isControl("£"))
    }
}
