import Foundation
import Testing

/// The real binary in tmux, pasted into as a terminal pastes: the text goes into the focused
/// field, never runs as keys, and bracketed paste is off again however csdash ends.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil, "tmux is not installed"))
struct E2EPasteTests {
    /// After csdash has ended, a paste reaches the shell's `sleep` as plain typing, which the
    /// terminal echoes: with bracketed paste left on, the markers would show as `^[[200~`.
    static func expectPastesUnbracketed(_ dashboard: TmuxDashboard) async throws {
        try dashboard.paste("typed after csdash")
        let screen = try await dashboard.waitFor("typed after csdash")
        #expect(!screen.contains("200~") && !screen.contains("201~"), "\(screen)")
    }

    @Test func aPasteWithALineBreakGoesIntoTheNoteAndRunsNoKeys() async throws {
        let folder = try SampleDataCopy()
        let dashboard = try await E2EFormConflictAndUndoTests.openForm(folder)
        defer { dashboard.close() }
        try dashboard.press("BTab")
        try dashboard.press("C-u")
        try await dashboard.waitForAbsence(of: "Not received by")
        try dashboard.paste("first line\nsecond q")
        let pasted = try await dashboard.waitFor("first line second q")
        #expect(pasted.contains("Record return: Solihull MBC 2016/17 Q2"), "the form is still open: \(pasted)")
        #expect(try dashboard.isRunning())
        try dashboard.press("Enter")
        try await dashboard.waitFor("saved solihull 2016/17 Q2: notes")
        #expect(try E2EFormConflictAndUndoTests.solihullQ2(folder) == "solihull,2016/17,Q2,,,,first line second q,,,")

        // 10 KB in one paste: all of it, in the one field.
        let long = String(repeating: "0123456789abcdef", count: 640)
        try dashboard.press("e")
        try await dashboard.waitFor("Record return: Solihull MBC 2016/17 Q2")
        try dashboard.press("BTab")
        try dashboard.press("C-u")
        try await dashboard.waitForAbsence(of: "second q")
        try dashboard.paste(long)
        try await dashboard.waitFor("abcdef0123456789abcde")
        try dashboard.press("Enter")
        // The form closes once the save is done (the notice may still be the first save's).
        try await dashboard.waitForAbsence(of: "Record return")
        #expect(try E2EFormConflictAndUndoTests.solihullQ2(folder) == "solihull,2016/17,Q2,,,," + long + ",,,")

        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
        try await Self.expectPastesUnbracketed(dashboard)
    }

    /// The dashboard on the sample, with bracketed paste seen to be on: a paste on the overview
    /// is text with nowhere to go, and says so (as keys, its `q` would quit).
    static func startBracketing() async throws -> TmuxDashboard {
        let dashboard = try TmuxDashboard(["sample-data", "--as-of", "2016-12-06"], width: 120, height: 40)
        try await dashboard.waitFor("Birmingham CC")
        try dashboard.paste("q")
        try await dashboard.waitFor("a paste goes into a form's field")
        #expect(try dashboard.isRunning())
        return dashboard
    }

    @Test func aCrashTurnsBracketedPasteOff() async throws {
        let dashboard = try await Self.startBracketing()
        defer { dashboard.close() }
        let pid = try await dashboard.csdashPID()
        try #require(kill(pid, SIGSEGV) == 0, "kill \(pid): errno \(errno)")
        #expect(try await dashboard.waitForExit() == 128 + Int(SIGSEGV))
        #expect(try dashboard.terminalModes() == TmuxDashboard.restoredModes)
        try await Self.expectPastesUnbracketed(dashboard)
    }

    @Test func aQuitSignalTurnsBracketedPasteOff() async throws {
        let dashboard = try await Self.startBracketing()
        defer { dashboard.close() }
        let pid = try await dashboard.csdashPID()
        try #require(kill(pid, SIGHUP) == 0, "kill \(pid): errno \(errno)")
        #expect(try await dashboard.waitForExit() == 128 + Int(SIGHUP))
        try await Self.expectPastesUnbracketed(dashboard)
    }
}
