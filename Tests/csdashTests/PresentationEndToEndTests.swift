import Foundation
import Testing

/// `csdash --present` in a real pty (tmux): the board walkthrough as a presenter steps it, and the
/// terminal given back on q.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil, "tmux is not installed"))
struct PresentationEndToEndTests {
    @Test func walkThroughThePresentationAndQuit() async throws {
        let dashboard = try TmuxDashboard([sampleDataURL.path, "--as-of", "2016-12-06", "--present"], width: 160, height: 50)
        defer { dashboard.close() }

        var screen = try await dashboard.waitFor("Summary · 7 areas", "Total allocation", "summary · Space next")
        #expect(screen.contains("West Midlands Police and Crime Commissioner · 2016/17 at Q2 · as of 6 December 2016"), "\(screen)")
        #expect(screen.contains("1 2016/17 return is outstanding, 1 overdue: payment held"), "\(screen)")
        #expect(!screen.contains("1 Overview"), "no dashboard chrome on a projected page")

        try dashboard.press("Space")
        screen = try await dashboard.waitFor("Birmingham CC", "area 1 of 7")
        // The figures in large block digits: £1,873,187's first row, and blocks in plenty.
        #expect(screen.contains("▄▀▀  ▀█     █▀▀█ ▀▀▀█ ▀▀▀█     ▀█  █▀▀█ ▀▀▀█"), "\(screen)")
        #expect(screen.filter { "█▀▄".contains($0) }.count > 200, "\(screen)")
        #expect(screen.contains("against 50% profile at Q2"), "\(screen)")

        try dashboard.press("5")
        screen = try await dashboard.waitFor("Solihull MBC", "area 5 of 7")
        #expect(screen.contains("Q2 RETURN OVERDUE 37 DAYS — PAYMENT HELD"), "\(screen)")
        #expect(screen.contains("Q2 report has not been received, Q1 figures have therefore been used for Q2"), "\(screen)")

        try dashboard.press("End")
        screen = try await dashboard.waitFor("Outstanding returns · 2016/17", "outstanding returns · p back")
        #expect(screen.contains("Solihull MBC   Q2   OVERDUE 37 DAYS   was due 30 October 2016   PAYMENT HELD"), "\(screen)")

        // Started with --present there is no dashboard behind: Esc stays on the page. The pause
        // lets the Esc arrive alone rather than as Alt plus the next key.
        try dashboard.press("Escape")
        try await Task.sleep(for: .milliseconds(300))
        try dashboard.press("p")
        try await dashboard.waitFor("Wolverhampton CC", "area 7 of 7")
        #expect(try dashboard.isRunning())

        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
        #expect(try dashboard.terminalModes() == TmuxDashboard.restoredModes)
    }

    @Test func pOnTheDashboardPresentsAndEscComesBack() async throws {
        let dashboard = try TmuxDashboard([sampleDataURL.path, "--as-of", "2016-12-06"], width: 120, height: 40)
        defer { dashboard.close() }
        try await dashboard.waitFor("Birmingham CC", "1 Overview")

        try dashboard.press("p")
        try await dashboard.waitFor("Summary · 7 areas", "Esc dashboard")
        try dashboard.press("Right")
        try await dashboard.waitFor("area 1 of 7")
        try dashboard.press("Escape")
        try await dashboard.waitFor("1 Overview", "PAYMENT HELD")

        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
        #expect(try dashboard.terminalModes() == TmuxDashboard.restoredModes)
    }
}
