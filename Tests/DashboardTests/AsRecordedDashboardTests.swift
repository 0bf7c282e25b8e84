import Foundation
import GrantModel
import GrantStore
import Testing
@testable import Dashboard

/// The dashboard opened `--as-recorded`: the header says whose figures they are, and a replay of
/// history cannot be edited.
struct AsRecordedDashboardTests {
    /// The sample opened as `csdash --as-of 2016-12-06 --as-recorded` opens it: read-only.
    static func replaying(width: Int = 120, height: Int = 40, presenting: Bool = false) -> DashboardState {
        Fixtures.state(width: width, height: height, asRecorded: true, readOnly: true, presenting: presenting)
    }

    @Test func theHeaderSaysAsRecordedOnTheDay() throws {
        let header = render(Self.replaying()).lines[0]
        #expect(header.contains("csdash · 2016/17 Q2 · as recorded on 6 Dec 2016 · West Midlands"), "\(header)")
        #expect(render(Fixtures.state()).lines[0].contains("· as of 6 Dec 2016 ·"))
    }

    @Test func presentationsTitleSaysItToo() throws {
        for (width, height, phrase) in [(200, 60, "as recorded on 6 December 2016"), (80, 24, "as recorded on 6 Dec 2016")] {
            let state = Self.replaying(width: width, height: height, presenting: true)
            let frame = render(state)
            #expect(frame.lines[0].contains(phrase), "\(width)x\(height)\(frame.testDescription)")
        }
    }

    @Test func aReplayCannotBeEditedAndSaysWhy() throws {
        let state = Self.replaying().pressing(.character("e"))
        #expect(state.form == nil)
        #expect(state.notice?.text == "read-only: these are the figures as recorded on 6 Dec 2016; start csdash without --as-recorded to record")
        #expect(render(state).statusLine.contains("as recorded on 6 Dec 2016; start csdash without --as-recorded"))
    }

    @Test func aCorrectionSavedInTheDashboardShowsAtOnceAndIsUndoneAsRecorded() throws {
        // Birmingham's Q2 spend corrected today from £508,449: the board of 6 December saw the old figure.
        let sample = try WritableSample()
        let before = try sample.state()
        let (saved, _) = sample.run(before, Fixtures.keys(.character("e"), .tab, .tab, .control("u")) + Fixtures.typing("600000")
                                    + Fixtures.keys(.enter))
        #expect(saved.monitoringReturn("birmingham", .q2)?.spend == Money(pounds: 600_000))
        #expect(render(saved).contains("600,000"))

        let replayed = try DataFolder.load(sample.path).asRecorded(on: Fixtures.boardDate, from: FolderStore(path: sample.path)).contents
        let recorded = DashboardState(loaded: replayed, folder: sample.path, asOf: Fixtures.boardDate,
                                      size: Size(width: 120, height: 40), asRecorded: true, readOnly: true)
        #expect(recorded.monitoringReturn("birmingham", .q2)?.spend == Money(pounds: 508_449))
        #expect(render(recorded).contains("508,449") && !render(recorded).contains("600,000"), "\(render(recorded).testDescription)")
    }
}
