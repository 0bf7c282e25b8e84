import Foundation
import GrantModel
import GrantStore
import Testing
@testable import Dashboard

/// The record/correct form: which return `e` opens, typing in it, its inline checks, Enter and Esc.
struct ReturnFormEditingTests {
    static let solihullNote = "Not received by the 6 December 2016 board (the board report of 6 December 2016, para 8 and Tables 1 and 2 comments: Q1 figures used for Q2)"

    /// The sample at the board date with Solihull selected on the overview (found with `/`).
    static func onSolihull(today: Day? = nil) -> DashboardState {
        Fixtures.state(today: today).pressing(.character("/")).typing("solihull").pressing(.enter)
    }

    static func values(_ form: ReturnForm?) -> [String] {
        ReturnForm.Field.allCases.map { form?.value($0) ?? "<no form>" }
    }

    // MARK: which return

    @Test func eOnTheOverviewOpensTheSelectedAreasReturnAtTheSelectedQuarter() throws {
        let state = Self.onSolihull().pressing(.character("e"))
        let form = try #require(state.form)
        #expect(form.areaID == "solihull" && form.year == Sample.year2016 && form.quarter == .q2)
        #expect(form.currency == .gbp)
        #expect(Self.values(form) == ["", "", "", Self.solihullNote])
        #expect(form.focus == .received)
        #expect(form.problems.isEmpty)
        #expect(render(state).contains("Record return: Solihull MBC 2016/17 Q2"))
    }

    @Test func theFormIsPrefilledWithTheReturnAsItStands() throws {
        // Birmingham is selected first; its Q2 return is in.
        let state = Fixtures.state().pressing(.character("e"))
        let form = try #require(state.form)
        #expect(form.areaID == "birmingham" && form.quarter == .q2)
        #expect(Array(Self.values(form).prefix(3)) == ["2016-10-26", "1630367", "508449"])
    }

    @Test func eOnTheAreaDetailOpensThatAreasReturnAtTheQuarterShown() throws {
        let detail = Self.onSolihull().pressing(.enter)
        try #require(detail.detailAreaID == "solihull")
        let atQ1 = detail.pressing(.character("<"), .character("e"))
        let form = try #require(atQ1.form)
        #expect(form.areaID == "solihull" && form.quarter == .q1)
        #expect(Array(Self.values(form).prefix(3)) == ["2016-07-25", "214454", "133454"])
        // Walking to the next area and pressing e opens that one.
        let next = detail.pressing(.right, .character("e"))
        #expect(next.form?.areaID == "walsall")
    }

    @Test func eOnTheOutstandingListOpensThatRowsOwnReturn() throws {
        var state = Fixtures.state(asOf: Sample.laterDate).pressing(.character("2"), .character("a"))
        try #require(state.listedOutstanding.count > 4)
        state = state.pressing(.down, .down, .down)
        let row = state.listedOutstanding[state.outstanding.cursor.index]
        let form = try #require(state.pressing(.character("e")).form)
        #expect(form.areaID == row.area.id)
        #expect(form.year == row.year && form.quarter == row.quarter)
        #expect(Self.values(form) == ReturnForm(areaID: row.area.id, year: row.year, quarter: row.quarter, grants: state.grants!).values
            .sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value))

        // The board date's one outstanding return: Solihull's Q2.
        let board = Fixtures.state().pressing(.character("2"), .character("e"))
        #expect(board.form?.areaID == "solihull" && board.form?.quarter == .q2)
    }

    // MARK: typing

    @Test func typingGoesToTheFocusedFieldAndTabMovesBetweenFields() throws {
        var state = Self.onSolihull().pressing(.character("e")).typing("2016-12-05")
        #expect(state.form?.value(.received) == "2016-12-05")
        state = state.pressing(.tab).typing("214454").pressing(.tab).typing("160000")
        #expect(Array(Self.values(state.form).prefix(3)) == ["2016-12-05", "214454", "160000"])
        #expect(state.form?.focus == .spend)
        // Shift-Tab goes back; Tab from the last field wraps to the first.
        #expect(state.pressing(.backTab).form?.focus == .planned)
        #expect(state.pressing(.tab, .tab).form?.focus == .received)
        #expect(state.pressing(.up).form?.focus == .planned)
        #expect(state.pressing(.down).form?.focus == .note)
        // Keys that mean something elsewhere are text here.
        let typed = state.typing("q?e2u/")
        #expect(typed.form?.value(.spend) == "160000q?e2u/")
        #expect(typed.view == .overview && !typed.showingHelp && typed.search == nil)
    }

    @Test func backspaceAndControlUEdit() throws {
        var state = Self.onSolihull().pressing(.character("e")).typing("2016-12-055")
        state = state.pressing(.backspace)
        #expect(state.form?.value(.received) == "2016-12-05")
        // Ctrl-U clears the focused field only.
        state = state.pressing(.tab, .tab, .tab)
        #expect(state.form?.focus == .note)
        state = state.pressing(.control("u"))
        #expect(state.form?.value(.note) == "")
        #expect(state.form?.value(.received) == "2016-12-05")
        // Backspace on an empty field does nothing.
        #expect(state.pressing(.backspace).form?.value(.note) == "")
    }

    // MARK: checks as you type

    struct Check: Sendable, CustomTestStringConvertible {
        var name: String
        var received: String
        var planned: String
        var spend: String
        var field: ReturnForm.Field
        var phrase: String
        var testDescription: String { name }
    }

    static let checks = [
        Check(name: "not a date", received: "5 Dec", planned: "", spend: "", field: .received, phrase: "not a date"),
        Check(name: "a day that does not exist", received: "2016-02-30", planned: "", spend: "", field: .received, phrase: "does not exist"),
        Check(name: "before the quarter began", received: "2016-06-30", planned: "", spend: "", field: .received, phrase: "before Q2 began (2016-07-01)"),
        Check(name: "not an amount", received: "2016-12-05", planned: "lots", spend: "", field: .planned, phrase: "not an amount"),
        Check(name: "a euro amount", received: "2016-12-05", planned: "", spend: "€160,000", field: .spend, phrase: "GBP"),
        Check(name: "a negative amount", received: "2016-12-05", planned: "-5", spend: "", field: .planned, phrase: "negative"),
        Check(name: "figures without received", received: "", planned: "", spend: "160000", field: .spend, phrase: "fill in Received"),
    ]

    @Test(arguments: checks)
    func problemsShowInlineAndEnterRefusesToSave(_ check: Check) throws {
        var state = Self.onSolihull().pressing(.character("e"))
        state = state.typing(check.received).pressing(.tab).typing(check.planned).pressing(.tab).typing(check.spend)
        let form = try #require(state.form)
        let problem = try #require(form.problems[check.field], "\(form.problems)")
        #expect(problem.contains(check.phrase), "\(problem)")
        #expect(form.edit == nil)
        #expect(render(state).contains("! " + String(problem.prefix(20))), "\(render(state).text)")

        let (refused, effects) = Fixtures.after(state, [.keyPressed(.enter)])
        #expect(effects.isEmpty)
        #expect(refused.form?.message == "fix the fields marked ! first")
        #expect(refused.form?.values == form.values, "the typed values are kept")
        #expect(refused.form?.isSaving == false)
        #expect(render(refused).contains("fix the fields marked ! first"))
    }

    @Test func aReceivedDateAfterTodayIsMarkedLikeAnyOtherProblem() throws {
        // Today is the real date, not the as-of date: 8 December is after the board but may be typed.
        let state = Self.onSolihull(today: d("2016-12-10"))
        let typed = state.pressing(.character("e")).typing("2052-12-08").pressing(.tab).typing("1").pressing(.tab).typing("1")
        #expect(typed.form?.problems == [.received: "after today (2016-12-10): check the year"])
        #expect(render(typed).contains("! after today (2016-12-10)"), "\(render(typed).text)")
        #expect(typed.effects(of: .enter).isEmpty)
        let afterTheBoard = state.pressing(.character("e")).typing("2016-12-08")
        #expect(afterTheBoard.form?.problems.isEmpty == true)
    }

    @Test func fixingAProblemClearsIt() throws {
        var state = Self.onSolihull().pressing(.character("e")).typing("2016-06-30")
        #expect(state.form?.problems[.received] != nil)
        state = state.pressing(.control("u")).typing("2016-12-05")
        #expect(state.form?.problems.isEmpty == true)
    }

    // MARK: Enter and Esc

    @Test func enterOnACleanFormSavesTheRightEdit() throws {
        let state = Self.onSolihull().pressing(.character("e")).typing("2016-12-05").pressing(.tab).typing("£214,454")
            .pressing(.tab).typing("160000")
        let (saving, effects) = Fixtures.after(state, [.keyPressed(.enter)])
        // Only the fields typed in, as csdash writes them, each against the value the form opened with.
        let expected = ReturnEdit(areaID: "solihull", year: Sample.year2016, quarter: .q2,
                                  fields: ["received": "2016-12-05", "planned": "214454", "spend": "160000"],
                                  expected: ["received": "", "planned": "", "spend": ""])
        #expect(effects == [.save([expected], undoing: false)])
        #expect(saving.form?.isSaving == true)
        #expect(saving.form?.message == "saving…")
        // While saving, keys do nothing: no second save, no change to what is being saved.
        let (pressed, more) = Fixtures.after(saving, [.keyPressed(.character("9")), .keyPressed(.enter)])
        #expect(more.isEmpty)
        #expect(pressed.form?.values == saving.form?.values)
        // But Esc closes the form while the save goes on: set aside as typed, for `e` to bring back.
        let (closed, none) = Fixtures.after(pressed, [.keyPressed(.escape)])
        #expect(none.isEmpty)
        #expect(closed.form == nil)
        #expect(closed.setAsideForm?.values == saving.form?.values)
        #expect(closed.saves.count == 1)
    }

    @Test func clearingAReturnSavesEmptyFields() throws {
        // Birmingham's Q2 return, cleared: all its fields emptied.
        let state = Fixtures.state().pressing(.character("e"), .control("u"), .tab, .control("u"), .tab, .control("u"))
        let effects = state.effects(of: .enter)
        guard case .save(let edits, false) = effects.first else {
            Issue.record("expected a save, got \(effects)")
            return
        }
        #expect(edits.first?.fields["received"] == "")
        #expect(edits.first?.fields["planned"] == "")
        #expect(edits.first?.fields["spend"] == "")
    }

    @Test func escapeCancelsAndChangesNothing() throws {
        let before = Self.onSolihull()
        let (after, effects) = Fixtures.after(before, Fixtures.keys(.character("e")) + Fixtures.typing("2016-12-05") + Fixtures.keys(.escape))
        #expect(after.form == nil)
        #expect(effects.isEmpty)
        #expect(after.monitoringReturn("solihull", .q2)?.received == nil)
        #expect(after.selectedAreaID == "solihull" && after.view == .overview)
        #expect(!render(after).contains("Record return"))
    }
}
