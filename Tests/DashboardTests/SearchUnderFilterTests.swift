import Testing
import GrantModel
@testable import Dashboard

/// `/` and `n` find only areas the filter (`O`) shows: a selection on a hidden area would point at
/// nothing drawn. When only hidden areas match, the status line says how many and how to show them.
@Suite struct SearchUnderFilterTests {
    static let slash = Key.character("/"), only = Key.character("O")

    /// The overview filtered to "payment held": Solihull alone of the seven, its Q2 return overdue.
    static func held() throws -> DashboardState {
        let state = Fixtures.state().pressing(Self.only, Self.only)
        try #require(state.arrangement.filter == .held)
        try #require(state.shownAreas.map(\.id) == ["solihull"])
        return state
    }

    @Test func searchFindsAnAreaTheFilterShows() throws {
        let found = try Self.held().pressing(Self.slash).typing("soli")
        #expect(found.selectedAreaID == "solihull")
    }

    @Test func anAreaTheFilterHidesIsNotSelectedAndTheStatusLineSaysWhy() throws {
        let before = try Self.held()
        let searched = before.pressing(Self.slash).typing("wal")
        #expect(searched.selectedAreaID == before.selectedAreaID, "Walsall is hidden by the filter")
        #expect(searched.shownIndex != nil)
        #expect(searched.search?.hiddenMatches == 1)
        #expect(render(searched).statusLine.hasPrefix(
            "/wal  1 match hidden by the filter \"payment held\" · Esc, then O until every area shows"), "\(render(searched).statusLine)")
        #expect(searched.typing("z").search?.hiddenMatches == 0, "walz matches nothing, hidden or not")
        let kept = searched.pressing(.enter)
        #expect(kept.selectedAreaID == before.selectedAreaID)
    }

    @Test func nSkipsHiddenAreasAndSaysWhenOnlyHiddenOnesMatch() throws {
        // "l" is in Dudley, Solihull, Walsall and Wolverhampton's names; only Solihull shows.
        let first = try Self.held().pressing(Self.slash).typing("l").pressing(.enter)
        #expect(first.selectedAreaID == "solihull")
        var visited = first
        for _ in 0..<4 {
            visited = visited.pressing(.character("n"))
            #expect(visited.shownIndex != nil, "\(visited.selectedAreaID ?? "nothing") is shown")
            #expect(!["dudley", "walsall", "wolverhampton"].contains(visited.selectedAreaID))
        }
        let hiddenOnly = try Self.held().pressing(Self.slash).typing("wal").pressing(.enter, .character("n"))
        #expect(hiddenOnly.notice?.text == "1 match hidden by the filter \"payment held\": press O until every area shows")
    }

    @Test func withoutAFilterEveryAreaIsFoundAsBefore() throws {
        #expect(Fixtures.state().pressing(Self.slash).typing("wal").selectedAreaID == "walsall")
    }
}
