import Foundation
import GrantModel
import GrantStore
import Testing
@testable import Dashboard

/// The form never overwrites another editor's save: it writes only what the user changed, follows
/// the file while open, and asks about a field both changed. Real saves on a copy of the sample.
struct FormConflictTests {
    static let birminghamQ2 = "birmingham,2016/17,Q2,"

    /// `csdash record` on Birmingham's Q2, as another editor runs it while the form is open.
    static func recordCorrection(_ sample: WritableSample, received: String = "2016-10-27", planned: Int64 = 1_630_000,
                                 spend: Int64 = 508_449, note: String = "from CLI") throws {
        let edit = ReturnEdit.recording(areaID: "birmingham", year: Sample.year2016, quarter: .q2, received: try Day.parse(received).get(),
                                        planned: Money(pounds: planned), spend: Money(pounds: spend), note: note)
        _ = try ReturnsWriter.apply([edit], to: sample.path, command: "record")
    }

    static func row(_ sample: WritableSample, _ prefix: String) throws -> String {
        let text = String(decoding: try sample.bytes("returns.csv"), as: UTF8.self)
        return try #require(text.split(separator: "\n").map(String.init).first { $0.hasPrefix(prefix) })
    }

    /// The form on Birmingham's Q2 (selected first at the board date) with only Spend changed.
    static let spendChanged = Fixtures.keys(.character("e"), .tab, .tab, .control("u")) + Fixtures.typing("600000")

    @Test func aSaveWritesOnlyTheChangedFieldSoAnotherEditorsCorrectionsStand() throws {
        let sample = try WritableSample()
        let typed = sample.run(try sample.state(), Self.spendChanged).0
        // Meanwhile, before the dashboard has seen the change on disk.
        try Self.recordCorrection(sample)
        let (saved, _) = sample.run(typed, Fixtures.keys(.enter))
        #expect(saved.form == nil)
        #expect(try Self.row(sample, Self.birminghamQ2) == "birmingham,2016/17,Q2,2016-10-27,1630000,600000,from CLI,accepted,2016-11-02,")
        let audit = try FolderBytes.auditRows(sample.path).filter { $0[2] == "dashboard" }
        #expect(audit.map { "\($0[5]) \($0[6])->\($0[7])" } == ["spend 508449->600000"])
    }

    @Test func aReloadWhileTheFormIsOpenShowsTheNewValuesAndSaysTheRowChanged() throws {
        let sample = try WritableSample()
        let typed = sample.run(try sample.state(), Self.spendChanged).0
        try Self.recordCorrection(sample)
        let reloaded = typed.after([.dataReloaded(try sample.load())])
        let form = try #require(reloaded.form)
        #expect(form.value(.received) == "2016-10-27")
        #expect(form.value(.planned) == "1630000")
        #expect(form.value(.note) == "from CLI")
        #expect(form.value(.spend) == "600000", "what the user typed stays")
        let message = try #require(form.message)
        #expect(message.contains("changed underneath") && message.contains("Received, Planned, Note"), "\(message)")
        #expect(render(reloaded).contains("changed underneath"))
        // Saving now writes the one change.
        _ = sample.run(reloaded, Fixtures.keys(.enter))
        #expect(try Self.row(sample, Self.birminghamQ2) == "birmingham,2016/17,Q2,2016-10-27,1630000,600000,from CLI,accepted,2016-11-02,")
    }

    @Test func aFieldBothChangedIsAskedAboutAndKeepTheirsKeepsTheirs() throws {
        let sample = try WritableSample()
        let typed = sample.run(try sample.state(), Self.spendChanged).0
        try Self.recordCorrection(sample, spend: 550_000)
        let before = try sample.bytes("returns.csv")
        let (asking, _) = sample.run(typed, Fixtures.keys(.enter))
        let form = try #require(asking.form, "the form stays open and asks")
        #expect(form.askedClash?.field == .spend)
        #expect(form.askedClash?.theirs == "550000" && form.askedClash?.mine == "600000")
        #expect(form.askedClash?.changedBy.hasPrefix("\(AuditLog.currentUser()) (record, ") == true)
        #expect(try sample.bytes("returns.csv") == before, "nothing written while asking")
        let frame = render(asking)
        #expect(frame.contains("theirs: 550000 · yours: 600000"), "\(frame)")
        #expect(frame.contains("Spend was saved meanwhile by \(AuditLog.currentUser()) (record"))
        #expect(frame.contains("t keep theirs · m use mine"))
        // Typing does not go into the field while asking; nothing is guessed.
        let (still, none) = sample.run(asking, Fixtures.keys(.character("9"), .enter, .tab))
        #expect(none.isEmpty)
        #expect(still.form?.askedClash != nil && still.form?.value(.spend) == "600000")

        let (kept, _) = sample.run(asking, Fixtures.keys(.character("t")))
        #expect(kept.form == nil)
        #expect(kept.notice?.text == "no change to save")
        #expect(try Self.row(sample, Self.birminghamQ2) == "birmingham,2016/17,Q2,2016-10-27,1630000,550000,from CLI,accepted,2016-11-02,")
    }

    @Test func useMineWritesMineOverTheirsAndOnlyThat() throws {
        let sample = try WritableSample()
        let typed = sample.run(try sample.state(), Self.spendChanged).0
        try Self.recordCorrection(sample, spend: 550_000)
        let asking = sample.run(typed, Fixtures.keys(.enter)).0
        let (mine, _) = sample.run(asking, Fixtures.keys(.character("m")))
        #expect(mine.form == nil)
        #expect(try Self.row(sample, Self.birminghamQ2) == "birmingham,2016/17,Q2,2016-10-27,1630000,600000,from CLI,accepted,2016-11-02,")
        let audit = try FolderBytes.auditRows(sample.path).filter { $0[2] == "dashboard" }
        #expect(audit.map { "\($0[5]) \($0[6])->\($0[7])" } == ["spend 550000->600000"])
    }

    @Test func twoClashesAreAskedOneAtATimeThenSaved() throws {
        let sample = try WritableSample()
        let typed = sample.run(try sample.state(), Self.spendChanged + Fixtures.keys(.tab, .control("u")) + Fixtures.typing("mine")).0
        try Self.recordCorrection(sample, spend: 550_000, note: "theirs")
        let asking = sample.run(typed, Fixtures.keys(.enter)).0
        #expect(asking.form?.clashes.map(\.field) == [.spend, .note])
        let second = sample.run(asking, Fixtures.keys(.character("m"))).0
        #expect(second.form?.askedClash?.field == .note)
        #expect(try Self.row(sample, Self.birminghamQ2).hasSuffix(",550000,theirs,accepted,2016-11-02,"), "nothing written before the last answer")
        let done = sample.run(second, Fixtures.keys(.character("t"))).0
        #expect(done.form == nil)
        #expect(try Self.row(sample, Self.birminghamQ2) == "birmingham,2016/17,Q2,2016-10-27,1630000,600000,theirs,accepted,2016-11-02,")
    }

    @Test func escWhileAskingCancelsTheFormAndWritesNothing() throws {
        let sample = try WritableSample()
        let typed = sample.run(try sample.state(), Self.spendChanged).0
        try Self.recordCorrection(sample, spend: 550_000)
        let before = try sample.bytes("returns.csv")
        let (cancelled, effects) = sample.run(sample.run(typed, Fixtures.keys(.enter)).0, Fixtures.keys(.escape))
        #expect(cancelled.form == nil && effects.isEmpty)
        #expect(try sample.bytes("returns.csv") == before)
    }

    @Test func theSameValueSavedByBothIsNoClash() throws {
        let sample = try WritableSample()
        let typed = sample.run(try sample.state(), Self.spendChanged).0
        try Self.recordCorrection(sample, spend: 600_000)
        let (saved, _) = sample.run(typed, Fixtures.keys(.enter))
        #expect(saved.form == nil)
        #expect(saved.notice?.text == "no change to save")
    }
}
