import Testing
import GrantModel
@testable import Dashboard

/// The tab strip names every view in one form: full titles where they fit, the same three-letter
/// abbreviation for all where they do not (80 columns with the Changes view), numbers alone below
/// that. No view is cut to its number while the others keep their names.
@Suite struct TabStripWidthTests {
    static func strip(width: Int, height: Int = 24, since: Day? = SinceBoardTests.lastBoard) -> String {
        render(SinceBoardTests.state(since: since, width: width, height: height)).lines[1]
    }

    @Test func at80ColumnsEveryViewIsNamedAlikeWithTheChangesView() {
        let line = Self.strip(width: 80)
        #expect(line.hasPrefix(" 1 Ovw 2 Out (1) 3 Brd 4 Yrs 5 Thm 6 Dec 7 Pay 8 Chg (21) "), "\(line)")
        #expect(line.count <= 80)
    }

    @Test func at80ColumnsWithoutTheChangesViewTheTitlesStayWhole() {
        #expect(Self.strip(width: 80, since: nil).hasPrefix(" 1 Overview 2 Outstanding (1) 3 Board 4 Years 5 Themes 6 Decisions 7 Payments "))
    }

    @Test func wideTheTitlesAreWholeAndPadded() {
        #expect(Self.strip(width: 120, height: 40).contains(" 8 Changes (21) "))
    }

    @Test func atTheMinimumWidthOnlyTheNumbersShowAndEveryOneFits() {
        let line = Self.strip(width: 40, height: 12)
        #expect(line.hasPrefix(" 1 2 3 4 5 6 7 8 "), "\(line)")
    }

    @Test func theMouseHitsFollowTheLabelsDrawn() throws {
        let state = SinceBoardTests.state(width: 80, height: 24)
        let line = render(state).lines[1]
        let hits = Chrome.tabHits(state, ScreenLayout(state.size).tabs)
        let changes = try #require(hits.first { $0.0 == .changes })
        let start = line.index(line.startIndex, offsetBy: changes.1.lowerBound)
        let end = line.index(line.startIndex, offsetBy: changes.1.upperBound)
        #expect(line[start..<end] == "8 Chg (21)")
    }
}
