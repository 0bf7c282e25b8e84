import GrantModel
import GrantStore
import Testing
@testable import Dashboard

/// The first frame comes from a first look at the folder (every file but projects.csv); the
/// complete load lands as `.folderChecked` a moment later, on top of whatever the user has done.
@Suite struct FirstLookTests {
    static func firstLook(width: Int = 140, height: Int = 60) throws -> DashboardState {
        DashboardState(loaded: try DataFolder.firstLook(Fixtures.sampleData).contents, folder: "sample-data",
                       asOf: Fixtures.boardDate, size: Size(width: width, height: height))
    }

    @Test func theFirstFrameIsTheOverviewAndSaysWhatIsStillBeingChecked() throws {
        let state = try Self.firstLook()
        #expect(state.unread == ["projects.csv"])
        let frame = render(state)
        #expect(frame.contains("Birmingham CC") && frame.contains("£1,873,187"))
        #expect(frame.statusLine.hasPrefix(" checking projects.csv… · ? help"), "\(frame.statusLine)")
        let complete = render(Fixtures.state(width: 140, height: 60))
        #expect(Array(frame.lines.dropLast()) == Array(complete.lines.dropLast()), "the rest of the frame is the complete load's")
    }

    @Test func projectsSayTheyAreBeingReadRatherThanThatThereAreNone() throws {
        let themes = render(try Self.firstLook().pressing(.character("["), .character("5")))
        #expect(themes.contains("Reading projects.csv…"))
        #expect(!themes.contains("No projects recorded"))
        let detail = render(try Self.firstLook().pressing(.enter))
        #expect(detail.contains("Reading projects.csv…"))
        #expect(!detail.contains("No projects recorded"))
    }

    @Test func theCompleteLoadFillsThemInWhereTheUserIsWithoutANotice() throws {
        let moved = try Self.firstLook().pressing(.character("["), .character("5"))
        let checked = moved.after([.folderChecked(Fixtures.loaded())])
        #expect(checked.unread.isEmpty)
        #expect(checked.view == .themes && checked.year == moved.year && checked.funderID == moved.funderID)
        #expect(checked.notice == moved.notice, "nothing changed on disk: nothing to announce")
        #expect(checked.diagnostics.count == 1, "the warnings come with the complete load")
        let frame = render(checked)
        #expect(frame.contains("Domestic Abuse"), "seed 002 paragraph 16's themes")
        #expect(!frame.statusLine.contains("checking"))
    }

    @Test func anErrorInProjectsFoundBehindTheFirstFrameShowsTheErrorScreen() throws {
        let sample = try WritableSample()
        try sample.edit("projects.csv", replacing: "wolverhampton,2017/18,", with: "nowhere,2017/18,")
        let look = try DataFolder.firstLook(sample.path).contents
        let state = DashboardState(loaded: look, folder: sample.path, asOf: Fixtures.boardDate, size: Size(width: 120, height: 40))
            .pressing(.enter)
        try #require(state.grants != nil && state.detailAreaID != nil)
        let broken = try sample.load()
        try #require(broken.grants == nil)
        let shown = state.after([.folderChecked(broken)])
        #expect(shown.grants == nil && shown.detailAreaID == nil && shown.unread.isEmpty)
        let frame = render(shown)
        #expect(frame.contains("problem"), "\(frame.lines.joined(separator: "\n"))")
        #expect(frame.contains("projects.csv:") && frame.contains("\"nowhere\" is not an area_id"))
        #expect(frame.statusLine.contains("q quit"))
        // Fixing the file brings the dashboard back, as for any folder shown with errors.
        try sample.edit("projects.csv", replacing: "nowhere,2017/18,", with: "wolverhampton,2017/18,")
        let fixed = shown.after([.dataReloaded(try sample.load())])
        #expect(fixed.grants?.projects.isEmpty == false)
    }

    @Test func aReloadThatCameFirstIsNotUndoneByTheOlderCompleteLoad() throws {
        let state = try Self.firstLook().after([.dataReloaded(Fixtures.loaded())])
        #expect(state.unread.isEmpty)
        let stale = FolderContents(grants: nil, diagnostics: [Diagnostic(path: "sample-data", message: "stale")])
        let after = state.after([.folderChecked(stale)])
        #expect(after.grants != nil && after.diagnostics.count == 1)
    }

    @Test func aSaveBeforeTheCompleteLoadIsNotUndoneByIt() throws {
        let sample = try WritableSample()
        // What the background load read, before the save below.
        let older = try sample.load()
        var state = DashboardState(loaded: try DataFolder.firstLook(sample.path).contents, folder: sample.path,
                                   asOf: Fixtures.boardDate, size: Size(width: 120, height: 40))
        let edit = ReturnEdit(areaID: "coventry", year: Sample.year2016, quarter: .q1, fields: ["spend": "30000"])
        state = state.after([.saveFinished(sample.save([edit]), undoing: false)])
        #expect(state.unread.isEmpty, "the save's own load read every file")
        #expect(state.grants?.projects.isEmpty == false)
        let after = state.after([.folderChecked(older)])
        #expect(after.monitoringReturn("coventry", .q1)?.spend == Money(pounds: 30_000))
    }
}
