import Foundation
import Testing

/// The real binary in a real pty (tmux): keys in, screens out, and the terminal given back on
/// every way out. Each test has its own tmux server; every wait polls the screen.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil, "tmux is not installed"))
struct DashboardEndToEndTests {
    static let sample = [sampleDataURL.path, "--as-of", "2016-12-06"]

    struct TerminalSize: CustomTestStringConvertible, Sendable {
        var width: Int
        var height: Int
        var testDescription: String { "\(width)x\(height)" }
    }

    /// The dashboard on a copy of sample-data with one edit, at 40 rows. The folder goes by a short
    /// relative path, so that a diagnostic fits on one line whatever TMPDIR is.
    static func openOnCopy(editing file: String, replacing old: String, with new: String,
                           width: Int) throws -> (SampleDataCopy, TmuxDashboard) {
        let folder = try SampleDataCopy()
        try folder.edit(file, replacing: old, with: new)
        let dashboard = try TmuxDashboard([folder.url.lastPathComponent, "--as-of", "2016-12-06"],
                                          in: folder.url.deletingLastPathComponent(), width: width, height: 40)
        return (folder, dashboard)
    }

    @Test(arguments: [TerminalSize(width: 120, height: 40), TerminalSize(width: 80, height: 24)])
    func walkThroughTheViewsAndQuit(size: TerminalSize) async throws {
        let dashboard = try TmuxDashboard(Self.sample, width: size.width, height: size.height)
        defer { dashboard.close() }

        try await dashboard.waitFor("Birmingham CC", "£1,873,187", "PAYMENT HELD", "1 outstanding")

        try dashboard.press("2")
        try await dashboard.waitFor("OVERDUE 37 days", "Enter open area")

        try dashboard.press("Enter")
        try await dashboard.waitFor("Solihull MBC", "Q2 report has not been received, Q1 figures have therefore been used for Q2")

        // Each key waits for the screen the one before it gives: an Esc followed within the escape
        // delay by another key would arrive as Alt plus that key.
        try dashboard.press("Escape")
        try await dashboard.waitFor("OVERDUE 37 days", "Enter open area")

        try dashboard.press("3")
        try await dashboard.waitFor("Table 1", "£3,863,308")

        try dashboard.press("?")
        try await dashboard.waitFor("Esc closes", "this help")
        try dashboard.press("Escape")
        try await dashboard.waitForAbsence(of: "Esc closes")
        try await dashboard.waitFor("Table 1")

        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
        #expect(try dashboard.terminalModes() == TmuxDashboard.restoredModes)
    }

    @Test(arguments: zip([SIGTERM, SIGHUP], [143, 129]))
    func quitSignalEndsItWithTheSignalsStatusAndTheTerminalRestored(signal: Int32, status: Int) async throws {
        let dashboard = try TmuxDashboard(Self.sample, width: 120, height: 40)
        defer { dashboard.close() }
        try await dashboard.waitFor("Birmingham CC")

        let pid = try await dashboard.csdashPID()
        try #require(kill(pid, signal) == 0, "kill \(pid): errno \(errno)")
        #expect(try await dashboard.waitForExit() == status)
        #expect(try dashboard.terminalModes() == TmuxDashboard.restoredModes)
    }

    @Test func resizingRedrawsAndNeverKillsIt() async throws {
        let dashboard = try TmuxDashboard(Self.sample, width: 120, height: 40)
        defer { dashboard.close() }
        try await dashboard.waitFor("Birmingham CC", "Coventry CC")

        try dashboard.resize(width: 60, height: 20)
        // At 60 columns the panes stack in one column: Coventry's is below Birmingham's.
        try await dashboard.waitForScreen("one column of panes") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.contains { $0.contains("Birmingham CC") && !$0.contains("Coventry CC") }
                && lines.contains { $0.contains("Coventry CC") }
                && lines.allSatisfy { $0.count <= 60 }
        }
        #expect(try dashboard.isRunning())

        try dashboard.resize(width: 30, height: 8)
        try await dashboard.waitFor("Enlarge the terminal")
        #expect(try dashboard.isRunning())

        try dashboard.resize(width: 120, height: 40)
        try await dashboard.waitFor("Birmingham CC", "PAYMENT HELD", "1 outstanding")
        #expect(try dashboard.isRunning())

        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
        #expect(try dashboard.terminalModes() == TmuxDashboard.restoredModes)
    }

    @Test func invalidDataOpensTheErrorScreen() async throws {
        let (folder, dashboard) = try Self.openOnCopy(editing: "returns.csv", replacing: "dudley,2016/17,Q2,2016-10-28,",
                                                      with: "dudley,2016/17,Q6,2016-10-28,", width: 120)
        // The copy is removed when released: keep it until the dashboard has gone.
        defer { dashboard.close(); withExtendedLifetime(folder) {} }

        let screen = try await dashboard.waitFor("returns.csv:", "Q6")
        #expect(screen.contains(/returns\.csv:39:\d+: error: quarter "Q6"/), "\(screen)")
        #expect(!screen.contains("Birmingham CC"))

        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
        #expect(try dashboard.terminalModes() == TmuxDashboard.restoredModes)
    }

    @Test func projectsReadBehindTheFirstFrameArriveOnTheThemesView() async throws {
        let dashboard = try TmuxDashboard(Self.sample, width: 140, height: 50)
        defer { dashboard.close() }
        try await dashboard.waitFor("Birmingham CC")
        try await dashboard.waitForAbsence(of: "checking projects.csv")
        try dashboard.press("]")
        try dashboard.press("5")
        try await dashboard.waitFor("Costed plan: Wolverhampton CC", "£407,000 in 14 activities")
        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
    }

    @Test func anErrorOnlyInProjectsStillOpensTheErrorScreen() async throws {
        let (folder, dashboard) = try Self.openOnCopy(editing: "projects.csv", replacing: "wolverhampton,2017/18,RR1,",
                                                      with: "nowhere,2017/18,RR1,", width: 160)
        defer { dashboard.close() }

        // The overview may show for a moment while projects.csv is checked behind it; then the errors.
        let screen = try await dashboard.waitFor("projects.csv:22:1: error:", "\"nowhere\" is not an area_id")
        #expect(screen.contains("has 1 problem"), "\(screen)")
        #expect(!screen.contains("Birmingham CC"))

        // Fixing the file brings the dashboard back, with the projects.
        try folder.edit("projects.csv", replacing: "nowhere,2017/18,RR1,", with: "wolverhampton,2017/18,RR1,")
        try await dashboard.waitFor("Birmingham CC")
        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
        #expect(try dashboard.terminalModes() == TmuxDashboard.restoredModes)
    }

    @Test func terminalThatCannotMoveTheCursorExits64WithAMessage() async throws {
        let dashboard = try TmuxDashboard(Self.sample, width: 80, height: 24, term: "dumb")
        defer { dashboard.close() }

        #expect(try await dashboard.waitForExit() == 64)
        let screen = try dashboard.screen()
        #expect(screen.contains("csdash: terminal type 'dumb' cannot position the cursor"), "\(screen)")
        #expect(try dashboard.terminalModes() == TmuxDashboard.restoredModes)
    }
}

/// Standard output not a terminal (a pipe): the report table instead of the dashboard.
struct PipedOutputEndToEndTests {
    @Test func pipedOutputGetsTheReportTable() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["CSDASH_DATA"] = nil
        environment["TERM"] = "tmux-256color"
        environment["LANG"] = "C.UTF-8"
        let (status, data) = try CleanSpawn.runPiped(csdashBinary.path, [sampleDataURL.path, "--as-of", "2016-12-06"],
                                                     environment: environment)
        let text = String(decoding: data, as: UTF8.self)

        #expect(status == 0)
        #expect(text.contains("Table 1"), "\(text)")
        #expect(text.contains("£3,863,308"), "\(text)")
        #expect(!text.contains("\u{1B}"), "no terminal control sequences in a pipe")
        let report = try csdash("report", sampleDataURL.path, "--as-of", "2016-12-06")
        #expect(text == report.stdout, "the same table as `csdash report`")
    }
}
