import Foundation
import CSDashTestSupport
import Testing

/// The real dashboard in a real pty survives what a terminal can throw at it: a hundred resizes
/// (down to tmux's smallest, 1x1) while keys and random bytes arrive, so that SIGWINCH lands in
/// the middle of drawing, and a key held down for a thousand repeats. Then it still answers,
/// `q` exits 0, and the terminal is given back as it was.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil, "tmux is not installed"))
struct TerminalStormEndToEndTests {
    /// Keys by tmux name, everything but `q`.
    static let keys = ["j", "k", "h", "l", "Down", "Up", "Right", "Left", "Tab", "BTab", "1", "2", "3", "4", "5", "6",
                       "Enter", "Escape", "PageDown", "PageUp", "End", "Home", "]", "[", ">", "<", "f", "F", "/", "n",
                       "?", "p", "Space", "t", "o", "!", "e", "BSpace", "x", "7"]

    /// Bytes the terminal driver itself acts on (Ctrl-C, Ctrl-\, Ctrl-Z raise signals, Ctrl-S and
    /// Ctrl-Q stop and start output) and `q`, which quits: a storm of them would test the driver.
    static let excludedBytes: Set<UInt8> = [0x03, 0x1C, 0x1A, 0x13, 0x11, UInt8(ascii: "q")]

    @Test func aStormOfResizesKeysAndRandomBytesThenQExitsZeroWithTheTerminalRestored() async throws {
        // A copy: random keys may open the return form and save it.
        let folder = try SampleDataCopy()
        let dashboard = try TmuxDashboard([folder.path, "--as-of", "2016-12-06"], width: 120, height: 40)
        defer { dashboard.close() }
        try await dashboard.waitFor("Birmingham CC", "1 outstanding")

        var random = SplitMix64(seed: 2016)
        var sizes: [(Int, Int)] = []
        for step in 0..<100 {
            let size = step % 10 == 9 ? (1, 1)
                : step % 2 == 0 ? (Int.random(in: 1...200, using: &random), Int.random(in: 1...60, using: &random))
                : (Int.random(in: 38...130, using: &random), Int.random(in: 10...42, using: &random))
            sizes.append(size)
            try dashboard.resize(width: size.0, height: size.1)
            try dashboard.press(Self.keys.randomElement(using: &random)!)
            if step % 2 == 0 {
                let bytes = (0..<Int.random(in: 1...12, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                try dashboard.send(bytes: bytes.filter { !Self.excludedBytes.contains($0) })
            }
            if step % 20 == 19 {
                #expect(try dashboard.isRunning(), "csdash ended during the storm, after sizes \(sizes)")
            }
        }
        #expect(sizes.contains { $0 == (1, 1) })

        try dashboard.resize(width: 120, height: 40)
        // Esc closes whatever the storm opened (help, search, the form, a presentation, the detail).
        for _ in 0..<4 {
            try dashboard.press("Escape")
            try await Task.sleep(for: .milliseconds(150))
        }
        try dashboard.press("1")
        try await dashboard.waitFor("csdash ·", "as of 6 Dec 2016", "Overview")

        // A key held down: a thousand repeats, then the dashboard still answers.
        try dashboard.press("j", times: 1000)
        try dashboard.press("?")
        try await dashboard.waitFor("Esc closes", "this help")
        try dashboard.press("Escape")
        try await dashboard.waitForAbsence(of: "Esc closes")

        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
        #expect(try dashboard.terminalModes() == TmuxDashboard.restoredModes)
    }
}
