import Foundation
import GrantModel
import Testing
@testable import Dashboard

/// A paste is text for the field being typed in: never keys, never a save.
struct PasteTests {
    static let note = ReturnFormEditingTests.solihullNote

    /// The form on Solihull's Q2 with the note focused.
    static func onTheNote() -> DashboardState {
        ReturnFormEditingTests.onSolihull().pressing(.character("e"), .backTab)
    }

    @Test func aPasteWithALineBreakGoesIntoTheNoteAsOneLineAndSavesNothing() throws {
        let state = Self.onTheNote()
        try #require(state.form?.focus == .note)
        let (pasted, effects) = Fixtures.after(state, [.pasted("first line\nsecond q")])
        #expect(effects.isEmpty, "no save, no quit")
        let form = try #require(pasted.form, "the form stays open")
        #expect(form.value(.note) == Self.note + "first line second q")
        #expect(form.value(.received).isEmpty)
    }

    @Test func lineBreaksOfEveryKindAndTabsBecomeOneSpaceEachAndControlsGo() {
        #expect(DashboardState.singleLine("a\r\nb\rc\nd\te") == "a b c d e")
        #expect(DashboardState.singleLine("x\u{1B}[Ay\u{7F}") == "x[Ay")
        #expect(DashboardState.singleLine("£214,454") == "£214,454")
    }

    @Test func aPasteIntoAFigureIsTypedThere() throws {
        let state = ReturnFormEditingTests.onSolihull().pressing(.character("e"))
        let pasted = state.after([.pasted("2016-12-05\n")])
        #expect(pasted.form?.value(.received) == "2016-12-05 ")
        #expect(pasted.form?.problems[.received] == nil, "surrounding spaces do not count")
    }

    @Test func aTenKilobytePasteArrivesWhole() throws {
        let text = String(repeating: "0123456789abcdef", count: 640)
        let pasted = Self.onTheNote().pressing(.control("u")).after([.pasted(text)])
        #expect(pasted.form?.value(.note) == text)
        #expect(pasted.form?.value(.note).count == 10_240)
    }

    @Test func aPasteIntoASearchFindsAsTyping() {
        let state = Fixtures.state().pressing(.character("/")).after([.pasted("soli\nhull")])
        #expect(state.search?.query == "soli hull")
        let found = Fixtures.state().pressing(.character("/")).after([.pasted("wals")])
        #expect(found.selectedAreaID == "walsall")
    }

    @Test func aPasteWithNoFieldToGoIntoRunsNoCommand() throws {
        let state = Fixtures.state()
        let (after, effects) = Fixtures.after(state, [.pasted("q2e\n")])
        #expect(effects.isEmpty)
        #expect(after.view == state.view && after.form == nil && after.selectedAreaID == state.selectedAreaID)
        #expect(after.notice?.text.hasPrefix("a paste goes into a form's field") == true)
    }
}
