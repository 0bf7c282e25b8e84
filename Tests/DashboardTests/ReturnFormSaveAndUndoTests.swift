import Foundation
import GrantModel
import GrantStore
import Testing
@testable import Dashboard

/// What happens when a save ends (with outcomes from the real store on a copy of the sample),
/// undo, and --read-only.
struct ReturnFormSaveAndUndoTests {
    static let solihullQ2 = Fixtures.keys(.character("/")) + Fixtures.typing("solihull") + Fixtures.keys(.enter, .character("e"))
        + Fixtures.typing("2016-12-05") + Fixtures.keys(.tab) + Fixtures.typing("214454") + Fixtures.keys(.tab)
        + Fixtures.typing("160000")

    @Test func aSuccessfulSaveClosesTheFormReloadsAndCanBeUndone() throws {
        let sample = try WritableSample()
        let start = try sample.state()
        #expect(render(start).contains("PAYMENT HELD"))
        let (saved, effects) = sample.run(start, Self.solihullQ2 + Fixtures.keys(.enter))

        #expect(effects.count == 1)
        #expect(saved.form == nil)
        #expect(saved.undoStack.count == 1)
        #expect(saved.undoStack.first?.first?.removesRow == false)
        // The data on screen is the folder as saved.
        let saved2 = try #require(saved.monitoringReturn("solihull", .q2))
        #expect(saved2.received == Day(year: 2016, month: 12, day: 5))
        #expect(saved2.spend == Money(pounds: 160_000))
        let notice = try #require(saved.notice?.text)
        #expect(notice.contains("saved solihull 2016/17 Q2") && notice.contains("u undoes"), "\(notice)")
        let frame = render(saved)
        #expect(frame.contains("£160,000"))
        #expect(!frame.contains("PAYMENT HELD"))
        #expect(saved.outstandingRows.isEmpty)
        #expect(saved.selectedAreaID == "solihull")

        // The file and the audit log have it.
        let text = String(decoding: try sample.bytes("returns.csv"), as: UTF8.self)
        #expect(text.contains("\nsolihull,2016/17,Q2,2016-12-05,214454,160000,\"Not received"))
        let audit = String(decoding: try sample.bytes("audit.csv"), as: UTF8.self)
        #expect(audit.components(separatedBy: ",dashboard,returns.csv,solihull 2016/17 Q2,").count == 4, "\(audit)")

        // u undoes it: a save of the undo edits, itself audited; the stack pops.
        let undoEffects = saved.effects(of: .character("u"))
        #expect(undoEffects == [.save(saved.undoStack[0], undoing: true)])
        let (undone, _) = sample.run(saved, Fixtures.keys(.character("u")))
        #expect(undone.undoStack.isEmpty)
        #expect(undone.monitoringReturn("solihull", .q2)?.received == nil)
        #expect(undone.notice?.text.hasPrefix("undone: solihull 2016/17 Q2") == true, "\(String(describing: undone.notice))")
        #expect(render(undone).contains("PAYMENT HELD"))
        #expect(try sample.bytes("returns.csv") == Data(contentsOf: URL(fileURLWithPath: Fixtures.sampleData + "/returns.csv")))
        let auditAfter = String(decoding: try sample.bytes("audit.csv"), as: UTF8.self)
        // Audited as an undo, not as a second dashboard change.
        #expect(auditAfter.components(separatedBy: ",dashboard,returns.csv,solihull 2016/17 Q2,").count == 4)
        #expect(auditAfter.components(separatedBy: ",undo,returns.csv,solihull 2016/17 Q2,").count == 4, "\(auditAfter)")

        // Nothing more to undo.
        let (nothing, none) = Fixtures.after(undone, Fixtures.keys(.character("u")))
        #expect(none.isEmpty)
        #expect(nothing.notice?.text == "nothing to undo in this session")
    }

    @Test func undoGoesBackOneSaveAtATime() throws {
        let sample = try WritableSample()
        var state = try sample.state()
        // Two saves: Solihull's Q2 recorded, then Coventry's Q2 spend corrected.
        state = sample.run(state, Self.solihullQ2 + Fixtures.keys(.enter)).0
        state = sample.run(state, Fixtures.keys(.character("/")) + Fixtures.typing("coventry")
                           + Fixtures.keys(.enter, .character("e"), .tab, .tab, .control("u")) + Fixtures.typing("250000")
                           + Fixtures.keys(.enter)).0
        #expect(state.undoStack.count == 2)
        #expect(state.monitoringReturn("coventry", .q2)?.spend == Money(pounds: 250_000))

        state = sample.run(state, Fixtures.keys(.character("u"))).0
        #expect(state.undoStack.count == 1)
        #expect(state.monitoringReturn("coventry", .q2)?.spend == Money(pounds: 242_941))
        #expect(state.monitoringReturn("solihull", .q2)?.spend == Money(pounds: 160_000))

        state = sample.run(state, Fixtures.keys(.character("u"))).0
        #expect(state.undoStack.isEmpty)
        #expect(state.monitoringReturn("solihull", .q2)?.received == nil)
    }

    @Test func undoNeverErasesALaterSaveBySomeoneElse() throws {
        let sample = try WritableSample()
        let events = Fixtures.keys(.character("/")) + Fixtures.typing("solihull") + Fixtures.keys(.enter, .character("e"))
            + Fixtures.typing("2016-12-05") + Fixtures.keys(.tab) + Fixtures.typing("214454") + Fixtures.keys(.tab)
            + Fixtures.typing("111111") + Fixtures.keys(.enter)
        var state = sample.run(try sample.state(), events).0
        // `csdash record` sets 222222 with a note; the dashboard sees it.
        let record = ReturnEdit.recording(areaID: "solihull", year: Sample.year2016, quarter: .q2, received: Day(year: 2016, month: 12, day: 5),
                                          planned: Money(pounds: 214_454), spend: Money(pounds: 222_222), note: "from CLI")
        _ = try ReturnsWriter.apply([record], to: sample.path, command: "record")
        state = state.after([.dataReloaded(try sample.load())])
        let returns = try sample.bytes("returns.csv")

        let (refused, _) = sample.run(state, Fixtures.keys(.character("u")))
        #expect(try sample.bytes("returns.csv") == returns, "the row stays as the other editor left it")
        #expect(String(decoding: returns, as: UTF8.self).contains("\nsolihull,2016/17,Q2,2016-12-05,214454,222222,from CLI,,,\n"))
        let notice = try #require(refused.notice?.text)
        #expect(notice.hasPrefix("not undone: spend of solihull 2016/17 Q2 is 222222 now, changed by \(AuditLog.currentUser()) (record, "), "\(notice)")
        #expect(refused.undoStack.isEmpty, "a save someone else has changed since can no longer be undone")
        #expect(try FolderBytes.auditRows(sample.path).allSatisfy { $0[2] != "undo" })
    }

    @Test func undoSkipsNothingSilentlyAndUndoesTheSaveBeforeARefusedOne() throws {
        let sample = try WritableSample()
        var state = sample.run(try sample.state(), Fixtures.keys(.character("/")) + Fixtures.typing("coventry")
                               + Fixtures.keys(.enter, .character("e"), .tab, .tab, .control("u")) + Fixtures.typing("250000")
                               + Fixtures.keys(.enter)).0
        state = sample.run(state, Self.solihullQ2 + Fixtures.keys(.enter)).0
        #expect(state.undoStack.count == 2)
        let note = ReturnEdit(areaID: "solihull", year: Sample.year2016, quarter: .q2, fields: ["spend": "170000"])
        _ = try ReturnsWriter.apply([note], to: sample.path, command: "record")

        state = sample.run(state, Fixtures.keys(.character("u"))).0
        #expect(state.notice?.text.contains("spend of solihull 2016/17 Q2 is 170000 now") == true, "\(String(describing: state.notice))")
        #expect(state.notice?.text.hasSuffix("u undoes the save before") == true)
        state = sample.run(state, Fixtures.keys(.character("u"))).0
        #expect(state.undoStack.isEmpty)
        #expect(state.monitoringReturn("coventry", .q2)?.spend == Money(pounds: 242_941))
        #expect(state.monitoringReturn("solihull", .q2)?.spend == Money(pounds: 170_000))
        let undone = try FolderBytes.auditRows(sample.path).filter { $0[2] == "undo" }
        #expect(undone.map { "\($0[4]) \($0[5]) \($0[6])->\($0[7])" } == ["coventry 2016/17 Q2 spend 250000->242941"])
    }

    @Test func aLockedFolderKeepsTheFormAndTheTypedValues() throws {
        let sample = try WritableSample()
        let typed = Fixtures.after(try sample.state(), Self.solihullQ2).0
        let lock = try FolderLock.acquire(in: sample.path)
        let (failed, _) = sample.run(typed, Fixtures.keys(.enter))
        let form = try #require(failed.form, "the form stays open")
        #expect(form.values == typed.form?.values)
        #expect(!form.isSaving)
        let message = try #require(form.message)
        #expect(message.contains("locked") && message.contains("values are kept"), "\(message)")
        #expect(render(failed).contains("locked by another editor"))
        #expect(failed.undoStack.isEmpty)
        #expect(failed.monitoringReturn("solihull", .q2)?.received == nil)

        // Once the other editor is done, Enter tries again and saves.
        lock.release()
        let (retried, _) = sample.run(failed, Fixtures.keys(.enter))
        #expect(retried.form == nil)
        #expect(retried.monitoringReturn("solihull", .q2)?.received == Day(year: 2016, month: 12, day: 5))
    }

    @Test func aSaveRefusedAsInvalidKeepsTheFormWithTheReason() throws {
        let state = Fixtures.after(Fixtures.state(), Self.solihullQ2 + Fixtures.keys(.enter)).0
        let problem = Diagnostic(path: "returns.csv", line: 40, column: 21, message: "received is somehow wrong")
        let failed = Fixtures.after(state, [.saveFinished(.failed(.invalid([problem])), undoing: false)]).0
        #expect(failed.form?.message == "not saved: received is somehow wrong")
        #expect(failed.form?.isSaving == false)
        #expect(failed.form?.value(.spend) == "160000")
    }

    @Test func aSaveThatChangedNothingSaysSoAndPushesNoUndo() throws {
        let sample = try WritableSample()
        // Birmingham's Q2 as it is, saved unchanged.
        let (state, effects) = sample.run(try sample.state(), Fixtures.keys(.character("e"), .enter))
        #expect(effects.count == 1)
        #expect(state.form == nil)
        #expect(state.undoStack.isEmpty)
        #expect(state.notice?.text == "no change to save")
        #expect(!FileManager.default.fileExists(atPath: sample.path + "/audit.csv"))
    }

    @Test func aReturnReceivedAfterTheAsOfDateIsSavedWithAWord() throws {
        let sample = try WritableSample()
        let events = Fixtures.keys(.character("/")) + Fixtures.typing("solihull") + Fixtures.keys(.enter, .character("e"))
            + Fixtures.typing("2016-12-20") + Fixtures.keys(.enter)
        let (state, _) = sample.run(try sample.state(), events)
        let notice = try #require(state.notice?.text)
        #expect(notice.contains("received after 6 Dec 2016"), "\(notice)")
        // At the board date it still counts as not received.
        #expect(render(state).contains("PAYMENT HELD"))
    }

    @Test func aFailedUndoKeepsItOnTheStack() throws {
        let sample = try WritableSample()
        let saved = sample.run(try sample.state(), Self.solihullQ2 + Fixtures.keys(.enter)).0
        let lock = try FolderLock.acquire(in: sample.path)
        defer { lock.release() }
        let (failed, _) = sample.run(saved, Fixtures.keys(.character("u")))
        #expect(failed.undoStack.count == 1)
        #expect(failed.notice?.text.contains("locked") == true)
        #expect(failed.monitoringReturn("solihull", .q2)?.received != nil)
    }

    @Test func readOnlyBlocksTheFormAndUndo() throws {
        let sample = try WritableSample()
        var state = Fixtures.state(readOnly: true)
        let (afterE, effects) = Fixtures.after(state, Fixtures.keys(.character("e")))
        #expect(afterE.form == nil)
        #expect(effects.isEmpty)
        #expect(afterE.notice?.text.contains("read-only") == true)

        // A save that finished (made before, or by another path): something that u would undo.
        state = state.after([.saveFinished(sample.save([WritableSample.solihullQ2]), undoing: false)])
        try #require(state.undoStack.count == 1)
        let (afterU, undoEffects) = Fixtures.after(state, Fixtures.keys(.character("u")))
        #expect(undoEffects.isEmpty)
        #expect(afterU.notice?.text.contains("read-only") == true)
        #expect(afterU.undoStack.count == 1)
    }
}
