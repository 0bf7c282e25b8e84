import Foundation
import Testing

/// vt100 and the Linux console have no alternate screen to leave: after `q` the dashboard's last
/// frame must not stay under the shell's prompt, status line and all.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil, "tmux is not installed"))
struct PlainTerminalQuitTests {
    @Test(arguments: ["vt100", "linux"])
    func quittingLeavesNoFrameBehind(term: String) async throws {
        let dashboard = try TmuxDashboard([sampleDataURL.path, "--as-of", "2016-12-06"], width: 80, height: 24, term: term)
        defer { dashboard.close() }
        try await dashboard.waitFor("Birmingham CC", "q quit")
        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
        let screen = try dashboard.screen()
        #expect(!screen.contains("q quit") && !screen.contains("Birmingham CC"), "left on screen:\n\(screen)")
        #expect(screen.contains("csdash exited with status 0"), "\(screen)")
    }
}
