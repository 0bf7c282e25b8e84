import Testing
import GrantModel
@testable import Dashboard

/// The last board's date on the dashboard: `--since` and `B`, the Changes view (`8`), the
/// overview's change marks and the walkthrough's "Since the last board" page.
@Suite struct SinceBoardTests {
    static let lastBoard = Day(year: 2016, month: 9, day: 6)!

    /// Sample data on the board date, opened with `--since 2016-09-06` (or without, when nil).
    static func state(since: Day? = lastBoard, width: Int = 120, height: Int = 40, glyphs: Glyphs = .unicode,
                      presenting: Bool = false) -> DashboardState {
        DashboardState(loaded: Fixtures.loaded(), folder: "sample-data", asOf: Fixtures.boardDate, size: Size(width: width, height: height),
                       glyphs: glyphs, readOnly: presenting, presenting: presenting, since: since)
    }

    @Test func eightShowsTheChangesViewNewestFirst() throws {
        let state = Self.state().pressing(.character("8"))
        #expect(state.screen == .changes)
        let events = try #require(state.changes?.events)
        #expect(!events.isEmpty)
        #expect(events.map(\.date) == events.map(\.date).sorted(by: >))
        #expect(events.allSatisfy { Self.lastBoard < $0.date && $0.date <= Fixtures.boardDate })
        let frame = render(state).text
        #expect(frame.contains("8 Changes (\(events.count))"), "\(frame)")
        #expect(frame.contains("return overdue"), "\(frame)")
        #expect(frame.contains("Solihull MBC"), "\(frame)")
    }

    @Test func solihullsQ2BecomesOverdueOnThe31stOfOctober() throws {
        let events = try #require(Self.state().changes?.events)
        let overdue = try #require(events.first { $0.kind == .returnOverdue && $0.areaID == "solihull" })
        #expect(overdue.date == Day(year: 2016, month: 10, day: 31)!)
        #expect(overdue.quarter == .q2)
    }

    @Test func enterOpensTheEventsAreaAndEscComesBackToTheList() throws {
        var state = Self.state().pressing(.character("8"))
        let events = try #require(state.changes?.events)
        let row = try #require(events.firstIndex { $0.kind == .returnOverdue && $0.areaID == "solihull" })
        state = state.after(Array(repeating: .keyPressed(.down), count: row))
        #expect(state.sinceBoard.list.cursor.index == row)
        state = state.pressing(.enter)
        #expect(state.detailAreaID == "solihull")
        #expect(state.quarter == .q2)
        state = state.pressing(.escape)
        #expect(state.screen == .changes)
        #expect(state.sinceBoard.list.cursor.index == row)
    }

    @Test func withoutALastBoardTheViewSaysHowToChooseOne() {
        let state = Self.state(since: nil).pressing(.character("8"))
        #expect(state.screen == .changes)
        #expect(render(state).text.contains("Press B to choose the last board date"))
        // The tab strip names the view only while it shows, until a date is set.
        #expect(!render(Self.state(since: nil)).text.contains("8 Changes"))
    }

    @Test func nothingChangedSaysSo() {
        let state = Self.state(since: Fixtures.boardDate).pressing(.character("8"))
        #expect(state.changes?.events == [])
        #expect(render(state).text.contains("Nothing changed for West Midlands Police and Crime Commissioner"))
    }

    @Test func bSetsTheDateAndAsksTheShellToRememberIt() {
        var state = Self.state(since: nil).pressing(.character("B"))
        #expect(state.sincePrompt != nil)
        #expect(render(state).text.contains("Last board's date: "))
        state = state.typing("2016-09-06")
        let (next, effects) = update(state, .keyPressed(.enter))
        #expect(effects == [.rememberSince(Self.lastBoard)])
        #expect(next.mode == .normal)
        #expect(next.sinceBoard.day == Self.lastBoard)
        #expect(next.changes?.events == Self.state().changes?.events)
        #expect(next.notice?.text.hasPrefix("Since the last board, 6 Sep 2016:") == true, "\(next.notice?.text ?? "")")
    }

    @Test func bTakesTheUKFormAndStartsFromTheDateSet() {
        let state = Self.state().pressing(.character("B"))
        #expect(state.sincePrompt?.text == "2016-09-06")
        let next = state.after([.keyPressed(.control("u"))]).typing("06/10/2016").pressing(.enter)
        #expect(next.sinceBoard.day == Day(year: 2016, month: 10, day: 6)!)
    }

    @Test(arguments: [
        ("junk", "\"junk\" is not a date: type it as 2016-09-06 or 06/09/2016"),
        ("2016-02-30", "2016-02-30 is no such date"),
        ("2017-01-10", "10 Jan 2017 is after the as-of date, 6 Dec 2016: the last board came first"),
    ])
    func aBadDateIsRefusedWithItsProblem(typed: String, problem: String) {
        let state = Self.state(since: nil).pressing(.character("B")).typing(typed)
        let (next, effects) = update(state, .keyPressed(.enter))
        #expect(effects.isEmpty)
        #expect(next.sincePrompt?.problem == problem)
        #expect(next.sinceBoard.day == nil)
        #expect(render(next).text.contains(problem))
        // The next key clears the problem; Esc leaves the date as it was.
        #expect(next.pressing(.backspace).sincePrompt?.problem == nil)
        #expect(next.pressing(.escape).mode == .normal)
        #expect(next.pressing(.escape).sinceBoard.day == nil)
    }

    @Test func theOverviewMarksEveryAreaThatChangedInASymbolAndAWord() throws {
        for glyphs in [Glyphs.unicode, .ascii] {
            let state = Self.state(width: 80, height: 24, glyphs: glyphs)
            let changed = state.changedAreas
            #expect(!changed.isEmpty)
            let mark = glyphs.isUnicode ? "Δ changed" : "* changed"
            let all = Self.state(width: 200, height: 60, glyphs: glyphs)
            #expect(render(all).text.components(separatedBy: mark).count - 1 == changed.intersection(Set(all.areas.map(\.id))).count)
        }
        #expect(!render(Self.state(since: nil)).text.contains("changed"))
    }

    @Test func aCorrectionFromTheAuditLogJoinsTheList() throws {
        let state = Self.state()
        let key = Grants.ReturnKey(areaID: "coventry", year: Sample.year2016, quarter: .q1)
        let (before, after) = (Money(pounds: 300), Money(pounds: 350))
        let audit = [RecordedChange(day: Day(year: 2016, month: 7, day: 20)!, write: 1, key: key, old: .spend(nil), new: .spend(before)),
                     RecordedChange(day: Day(year: 2016, month: 11, day: 2)!, write: 2, key: key, old: .spend(before), new: .spend(after))]
        #expect(state.changes?.events.contains { $0.kind == .returnCorrected } == false)
        let corrected = try #require(state.after([.auditRead(audit)]).changes?.events.first { $0.kind == .returnCorrected })
        #expect(corrected.areaID == "coventry")
        #expect(corrected.date == Day(year: 2016, month: 11, day: 2)!)
    }

    @Test func presentingWithSinceOpensOnTheSincePageAndHomeComesBackToIt() {
        var state = Self.state(presenting: true)
        #expect(state.presentation?.page == .sinceLastBoard)
        let frame = render(state).text
        #expect(frame.contains("Since the last board · 6 Sep 2016 to 6 Dec 2016"), "\(frame)")
        #expect(frame.contains("Solihull MBC Q2 on 31 Oct"), "\(frame)")
        state = state.pressing(.character(" "))
        #expect(state.presentation?.page == .summary)
        state = state.pressing(.home)
        #expect(state.presentation?.page == .sinceLastBoard)
        #expect(Self.state(since: nil, presenting: true).presentation?.page == .summary)
    }
}
