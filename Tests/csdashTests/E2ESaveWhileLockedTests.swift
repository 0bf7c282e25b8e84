import Foundation
import GrantStore
import Testing

/// The real binary in tmux, saving while another process holds the folder's lock: the dashboard
/// stays responsive while the save waits, and reports the refusal when the 2 s are up.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil, "tmux is not installed"))
struct E2ESaveWhileLockedTests {
    @Test func escAndThreeShowTheBoardAtOnceThenTheRefusalThenEReopensTheTypedValues() async throws {
        let folder = try SampleDataCopy()
        let dashboard = try await E2EFormConflictAndUndoTests.openForm(folder)
        defer { dashboard.close() }
        try dashboard.press("2016-12-05")
        try dashboard.press("Tab")
        try dashboard.press("214454")
        try dashboard.press("Tab")
        try dashboard.press("160000")
        try await dashboard.waitFor("2016-12-05", "214454", "160000")
        let returns = try FolderBytes.read(folder.path, "returns.csv")

        // This test process is the other writer: it holds DIR/.csdash.lock until told otherwise.
        let lock = try FolderLock.acquire(in: folder.path)
        var released = false
        defer { if !released { lock.release() } }
        let clock = ContinuousClock()
        let saved = clock.now
        try dashboard.press("Enter")
        try await dashboard.waitFor("saving… waiting for the lock (another editor is writing)")
        let escaped = clock.now
        try dashboard.press("Escape")
        try dashboard.press("3")
        let board = try await dashboard.waitFor("Table 1: allocation", "Table 2: spend")
        // At once: about 150 ms after Enter on an idle machine. The bound leaves room for a loaded
        // one; that the save still waits while the board shows is what the old loop could not do.
        let shown = clock.now - escaped
        #expect(shown < .milliseconds(1500), "the board showed \(shown) after Esc: held up by the save")
        #expect(!board.contains("Record return"), "Esc closed the form")
        #expect(board.contains("saving… waiting for the lock (another editor is writing)"), "the save goes on:\n\(board)")
        #expect(!board.contains("not saved"), "\(board)")

        let refused = try await dashboard.waitFor("not saved: the data folder is locked by another editor · e reopens the form with your values")
        #expect(clock.now - saved >= .milliseconds(1900), "refused once the 2 s were up")
        #expect(refused.contains("Table 1: allocation"), "still on the board")
        #expect(try FolderBytes.read(folder.path, "returns.csv") == returns, "nothing written")

        lock.release()
        released = true
        try dashboard.press("e")
        let form = try await dashboard.waitFor("Record return: Solihull MBC 2016/17 Q2", "2016-12-05", "214454", "160000",
                                               "the data folder is locked by another editor")
        #expect(form.contains("Spend     160000"), "\(form)")
        try dashboard.press("Enter")
        try await dashboard.waitFor("saved solihull 2016/17 Q2")
        #expect(try E2EFormConflictAndUndoTests.solihullQ2(folder).hasPrefix("solihull,2016/17,Q2,2016-12-05,214454,160000,"))
        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
    }
}
