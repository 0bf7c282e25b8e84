import Foundation
import GrantModel
import GrantStore
import Testing
@testable import Dashboard

/// A save is carried out off the UI thread, and can wait 2 s for another writer's lock: meanwhile
/// it is state, the form can be closed and every other key works; its outcome comes when it comes.
struct SaveUnderWayTests {
    /// Solihull's 2016/17 Q2 return typed into the form, on the overview.
    static let typed = ReturnFormSaveAndUndoTests.solihullQ2
    static let edit = WritableSample.solihullQ2

    /// The form saved, the shell having said the folder is locked, and the form closed with Esc.
    static func waitingBehindEsc(_ state: DashboardState) -> (DashboardState, [Effect]) {
        Fixtures.after(state, typed + [.keyPressed(.enter), .saveWaiting, .keyPressed(.escape)])
    }

    @Test func aSaveUnderWayIsStateAndTheStatusLineSaysItIsWaitingForTheLock() throws {
        let (saving, effects) = Fixtures.after(Fixtures.state(), Self.typed + Fixtures.keys(.enter))
        #expect(effects == [.save([Self.edit], undoing: false)])
        #expect(saving.saves.count == 1 && saving.saves.first?.isStarted == true)
        #expect(render(saving).statusLine.hasPrefix(" saving… · ? help"), "\(render(saving).statusLine)")

        let waiting = saving.after([.saveWaiting])
        #expect(waiting.saves.first?.isWaitingForLock == true)
        #expect(waiting.form?.message == "saving… waiting for the lock (another editor is writing)")
        let frame = render(waiting)
        #expect(frame.statusLine.hasPrefix(" saving… waiting for the lock (another editor is writing) · ? help"), "\(frame.statusLine)")
        #expect(frame.contains("│ saving… waiting for the lock (another editor is writing)"), "the form says so too")
    }

    @Test func escClosesTheFormWhileTheSaveGoesOnAndEveryOtherKeyWorks() throws {
        let (closed, effects) = Self.waitingBehindEsc(Fixtures.state())
        #expect(effects == [.save([Self.edit], undoing: false)], "one save, still under way")
        #expect(closed.form == nil && closed.mode == .normal)
        #expect(closed.setAsideForm?.value(.spend) == "160000")
        #expect(closed.saves.count == 1)

        let (board, more) = Fixtures.after(closed, Fixtures.keys(.character("3")))
        #expect(more.isEmpty)
        let frame = render(board)
        #expect(board.view == .board)
        #expect(frame.contains("Table 1: allocation") && frame.contains("Table 2: spend"), "\(frame)")
        #expect(frame.statusLine.hasPrefix(" saving… waiting for the lock (another editor is writing) · ? help"), "\(frame.statusLine)")

        // Views, the detail, search and help: the dashboard as ever, and no second save.
        let (roamed, none) = Fixtures.after(board, Fixtures.keys(.character("1"), .right, .enter, .escape, .character("?"), .escape,
                                                                  .character("/")) + Fixtures.typing("cov") + Fixtures.keys(.enter))
        #expect(none.isEmpty)
        #expect(roamed.selectedAreaID == "coventry" && roamed.view == .overview)
        #expect(roamed.saves.count == 1)
    }

    @Test func aRefusalForTheLockIsReportedAndEReopensTheFormWithTheTypedValues() throws {
        let (closed, _) = Self.waitingBehindEsc(Fixtures.state())
        let typed = try #require(closed.setAsideForm?.values)
        let board = closed.pressing(.character("3"), .down, .down)

        let (refused, effects) = Fixtures.after(board, [.saveFinished(.failed(.locked), undoing: false)])
        #expect(effects.isEmpty)
        #expect(refused.saves.isEmpty)
        #expect(refused.notice?.text == "not saved: the data folder is locked by another editor · e reopens the form with your values")
        #expect(render(refused).statusLine.contains("not saved: the data folder is locked by another editor"))
        #expect(refused.form == nil, "the form stays closed until asked for")
        #expect(refused.undoStack.isEmpty)

        // `e` brings back the typed values, whatever is selected now, and Enter tries again.
        let reopened = refused.pressing(.character("e"))
        let form = try #require(reopened.form)
        #expect(form.values == typed)
        #expect(form.areaID == "solihull" && form.quarter == .q2)
        #expect(!form.isSaving)
        #expect(form.message == "the data folder is locked by another editor: your values are kept, Enter tries again")
        #expect(reopened.setAsideForm == nil)
        #expect(render(reopened).contains("Record return: Solihull MBC 2016/17 Q2"))
        #expect(reopened.effects(of: .enter) == [.save([Self.edit], undoing: false)])

        // Once back, the form is like any other: a second `e` after Esc opens the selection's own.
        let fresh = reopened.pressing(.escape, .character("e"))
        #expect(fresh.form?.areaID != "solihull")
    }

    @Test func eWhileTheSaveIsUnderWayBringsBackTheSavingForm() throws {
        let (closed, _) = Self.waitingBehindEsc(Fixtures.state())
        let (back, effects) = Fixtures.after(closed, Fixtures.keys(.character("e"), .enter, .character("9")))
        #expect(effects.isEmpty)
        #expect(back.form?.isSaving == true)
        #expect(back.form?.values == closed.setAsideForm?.values)
        #expect(back.form?.message == "saving… waiting for the lock (another editor is writing)")
        // The outcome lands on the form where it is now: open.
        let refused = back.after([.saveFinished(.failed(.locked), undoing: false)])
        #expect(refused.form?.message == "the data folder is locked by another editor: your values are kept, Enter tries again")
        #expect(refused.notice == nil)
    }

    @Test func aSaveThatLandsAfterEscIsReportedAndItsFormIsDone() throws {
        let sample = try WritableSample()
        let (closed, effects) = Self.waitingBehindEsc(try sample.state())
        let board = closed.pressing(.character("3"))
        guard case .save(let edits, let undoing) = effects.first else {
            Issue.record("expected a save, got \(effects)")
            return
        }
        let (saved, more) = Fixtures.after(board, [.saveFinished(sample.save(edits, undoing: undoing), undoing: undoing)])
        #expect(more.isEmpty)
        #expect(saved.saves.isEmpty && saved.setAsideForm == nil)
        #expect(saved.notice?.text.hasPrefix("saved solihull 2016/17 Q2: ") == true, "\(String(describing: saved.notice))")
        #expect(saved.undoStack.count == 1)
        #expect(saved.view == .board)
        #expect(saved.monitoringReturn("solihull", .q2)?.spend == Money(pounds: 160_000))
        // `e` now opens the selection's form afresh, with the saved values.
        #expect(saved.pressing(.character("e")).form?.isSaving == false)
        #expect(saved.pressing(.character("e")).form?.value(.spend) == "160000")
    }

    @Test func aClashFoundAfterEscIsAskedAboutWhenEBringsTheFormBack() throws {
        let (closed, _) = Self.waitingBehindEsc(Fixtures.state())
        let conflicts = [EditConflict(key: "solihull 2016/17 Q2", field: "spend", expected: "", current: "150000", wanted: "160000"),
                         EditConflict(key: "solihull 2016/17 Q2", field: "received", expected: "", current: "2016-12-05", wanted: "2016-12-05")]
        let (refused, effects) = Fixtures.after(closed, [.saveFinished(.failed(.conflict(conflicts)), undoing: false)])
        #expect(effects.isEmpty)
        #expect(refused.notice?.text == "not saved: Spend was saved meanwhile by someone else, outside csdash · e reopens the form to settle it")
        let asking = refused.pressing(.character("e"))
        #expect(asking.form?.askedClash?.field == .spend)
        #expect(asking.form?.askedClash?.mine == "160000")
        // Settled, it saves again, as the Enter that found the clash asked.
        let (_, again) = Fixtures.after(asking, Fixtures.keys(.character("m")))
        #expect(again.count == 1)
    }

    @Test func qWaitsForASaveUnderWay() throws {
        let (closed, _) = Self.waitingBehindEsc(Fixtures.state())
        let (staying, effects) = Fixtures.after(closed, Fixtures.keys(.character("q")))
        #expect(effects.isEmpty)
        #expect(staying.notice?.text == "a save is under way: q quits once it is done")
        let refused = staying.after([.saveFinished(.failed(.locked), undoing: false)])
        #expect(refused.effects(of: .character("q")) == [.quit])
    }

    // MARK: files changed on disk

    @Test func filesChangedAsksForOneReadOfTheFolderAtATime() throws {
        let state = Fixtures.state()
        let (reading, effects) = Fixtures.after(state, [.filesChanged])
        #expect(effects == [.reloadFolder])
        // More changes while it reads: one more read once it is done, not one per change.
        let (still, none) = Fixtures.after(reading, [.filesChanged, .filesChanged])
        #expect(none.isEmpty)
        let (again, more) = Fixtures.after(still, [.dataReloaded(Fixtures.loaded())])
        #expect(more == [.reloadFolder])
        #expect(again.notice?.text == "reloaded: files changed on disk")
        #expect(Fixtures.after(again, [.dataReloaded(Fixtures.loaded())]).1.isEmpty)
    }

    @Test func filesChangedDuringASaveAreReadOnceItIsRefused() throws {
        let (saving, _) = Fixtures.after(Fixtures.state(), Self.typed + Fixtures.keys(.enter))
        let (changed, effects) = Fixtures.after(saving, [.filesChanged])
        #expect(effects.isEmpty, "not over a save under way")
        let (_, afterRefusal) = Fixtures.after(changed, [.saveFinished(.failed(.locked), undoing: false)])
        #expect(afterRefusal == [.reloadFolder])
    }

    @Test func filesChangedDuringASaveThatWroteNeedNoRead() throws {
        let sample = try WritableSample()
        let (saving, effects) = Fixtures.after(try sample.state(), Self.typed + Fixtures.keys(.enter, .escape))
        #expect(effects.count == 1)
        let changed = saving.after([.filesChanged])
        // The save read the folder under the lock after the change was seen: its outcome has it.
        let (saved, more) = Fixtures.after(changed, [.saveFinished(sample.save([Self.edit]), undoing: false)])
        #expect(more.isEmpty)
        #expect(saved.notice?.text.hasPrefix("saved solihull") == true)
        #expect(Fixtures.after(saved, [.filesChanged]).1 == [.reloadFolder], "a change after it is read")
    }

    @Test func theCompleteLoadBehindAFirstLookComesFirst() throws {
        let state = try FirstLookTests.firstLook()
        #expect(state.startingEffects == [.loadFolder])
        #expect(Fixtures.state().startingEffects.isEmpty)
        let (changed, effects) = Fixtures.after(state, [.filesChanged])
        #expect(effects.isEmpty, "the complete load reads the files as they are")
        #expect(Fixtures.after(changed, [.folderChecked(Fixtures.loaded())]).1 == [.reloadFolder])
    }
}
