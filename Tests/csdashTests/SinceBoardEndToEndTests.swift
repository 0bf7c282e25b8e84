import Foundation
import Testing

/// `csdash DIR --since D1` in a real pty (tmux): the check that a walkthrough opens on
/// what changed since the last board, and the dashboard's Changes view.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil, "tmux is not installed"))
struct SinceBoardEndToEndTests {
    @Test func presentingSinceTheLastBoardOpensOnThatPage() async throws {
        let dashboard = try TmuxDashboard([sampleDataURL.path, "--as-of", "2016-12-06", "--since", "2016-09-06", "--present"],
                                          width: 120, height: 40)
        defer { dashboard.close() }
        var screen = try await dashboard.waitFor("Since the last board · 6 Sep 2016 to 6 Dec 2016", "since the last board · Space next")
        #expect(screen.contains("2 returns overdue: Sandwell MBC Q2 on 31 Oct, Solihull MBC Q2 on 31 Oct"), "\(screen)")
        #expect(screen.contains("6 returns received: Wolverhampton CC Q2 on 7 Oct"), "\(screen)")
        #expect(screen.contains("Solihull MBC"), "\(screen)")

        try dashboard.press("Space")
        screen = try await dashboard.waitFor("Summary · 7 areas")
        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
        #expect(try dashboard.terminalModes() == TmuxDashboard.restoredModes)
    }

    @Test func theChangesViewListsTheWindowAndOpensAnArea() async throws {
        let dashboard = try TmuxDashboard([sampleDataURL.path, "--as-of", "2016-12-06", "--since", "2016-09-06"], width: 120, height: 40)
        defer { dashboard.close() }
        try await dashboard.waitFor("Birmingham CC", "Δ changed", "8 Changes (21)")
        try dashboard.press("8")
        try await dashboard.waitFor("Since the last board, 6 Sep 2016, to 6 Dec 2016 · 21 changes, newest first", "15 Nov 2016")
        try dashboard.press("Enter")
        try await dashboard.waitFor("Esc back")
        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
    }
}
