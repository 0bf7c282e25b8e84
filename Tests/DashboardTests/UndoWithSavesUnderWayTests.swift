import Foundation
import GrantModel
import GrantStore
import Testing
@testable import Dashboard

/// Saves run one at a time, in the order asked: `u` pressed while a save is under way waits for
/// it, then undoes it; it never runs beside it, nor undoes another save in its place.
struct UndoWithSavesUnderWayTests {
    @Test func uWhileASaveIsUnderWayUndoesItOnceItIsMade() throws {
        let sample = try WritableSample()
        let original = try sample.bytes("returns.csv")
        let (saving, effects) = Fixtures.after(try sample.state(), ReturnFormSaveAndUndoTests.solihullQ2 + Fixtures.keys(.enter, .escape))
        let (queued, none) = Fixtures.after(saving, Fixtures.keys(.character("u")))
        #expect(none.isEmpty, "never two saves at once")
        #expect(queued.saves.count == 2)
        #expect(render(queued).statusLine.hasPrefix(" saving… (1 more to do) · "), "\(render(queued).statusLine)")

        guard case .save(let edits, false) = effects.first else {
            Issue.record("expected a save, got \(effects)")
            return
        }
        let (saved, undo) = Fixtures.after(queued, [.saveFinished(sample.save(edits), undoing: false)])
        #expect(undo == [.save(saved.undoStack[0], undoing: true)], "the undo of the save just made")
        #expect(saved.savingStatus == "undoing…")
        let (undone, more) = Fixtures.after(saved, [.saveFinished(sample.save(saved.undoStack[0], undoing: true), undoing: true)])
        #expect(more.isEmpty)
        #expect(undone.saves.isEmpty && undone.undoStack.isEmpty)
        #expect(undone.notice?.text.hasPrefix("undone: solihull 2016/17 Q2") == true)
        #expect(try sample.bytes("returns.csv") == original)
    }

    @Test func anUndoAskedForARefusedSaveIsDroppedWithIt() throws {
        let sample = try WritableSample()
        // One save made, then a second refused for the lock with `u` pressed while it waited.
        var state = sample.run(try sample.state(), ReturnFormSaveAndUndoTests.solihullQ2 + Fixtures.keys(.enter)).0
        try #require(state.undoStack.count == 1)
        let coventry = Fixtures.keys(.character("/")) + Fixtures.typing("coventry")
            + Fixtures.keys(.enter, .character("e"), .tab, .tab, .control("u")) + Fixtures.typing("250000") + Fixtures.keys(.enter)
        let (saving, effects) = Fixtures.after(state, coventry + Fixtures.keys(.escape, .character("u"), .character("u")))
        #expect(effects.count == 1)
        #expect(saving.saves.count == 3)
        let (refused, more) = Fixtures.after(saving, [.saveFinished(.failed(.locked), undoing: false)])
        #expect(more.isEmpty, "the undos were asked for the refused save: the save before it stays")
        #expect(refused.saves.isEmpty)
        #expect(refused.undoStack.count == 1)
        #expect(refused.notice?.text.hasPrefix("not saved: the data folder is locked") == true)
        state = refused
        #expect(state.effects(of: .character("u")) == [.save(state.undoStack[0], undoing: true)], "u now undoes the save before")
    }

    @Test func uWithNothingToUndoAndNoSaveUnderWaySaysSo() throws {
        let (state, effects) = Fixtures.after(Fixtures.state(), Fixtures.keys(.character("u")))
        #expect(effects.isEmpty && state.saves.isEmpty)
        #expect(state.notice?.text == "nothing to undo in this session")
    }
}
