import Foundation
import Testing

/// The real binary in tmux: a return recorded through the form reaches the overview, returns.csv
/// and audit.csv; a change made on disk by someone else shows within a few seconds.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil, "tmux is not installed"))
struct E2ERecordThroughFormTests {
    @Test func recordAReturnThroughTheFormThenSeeAChangeOnDisk() async throws {
        let folder = try SampleDataCopy()
        let dashboard = try TmuxDashboard([folder.path, "--as-of", "2016-12-06"], width: 120, height: 40)
        defer { dashboard.close() }

        let first = try await dashboard.waitFor("Solihull MBC", "PAYMENT HELD", "1 outstanding")
        #expect(!first.contains("£160,000"))

        try dashboard.press("/")
        try dashboard.press("solihull")
        try await dashboard.waitFor("/solihull", "Solihull MBC · Enter keep")
        try dashboard.press("Enter")
        try await dashboard.waitForAbsence(of: "/solihull")

        try dashboard.press("e")
        try await dashboard.waitFor("Record return: Solihull MBC 2016/17 Q2")
        try dashboard.press("2016-12-05")
        try dashboard.press("Tab")
        try dashboard.press("214454")
        try dashboard.press("Tab")
        try dashboard.press("160000")
        try await dashboard.waitFor("2016-12-05", "214454", "160000")
        try dashboard.press("Enter")
        try await dashboard.waitForAbsence(of: "Record return")

        try dashboard.press("1")
        let saved = try await dashboard.waitForScreen("£160,000 and no payment held") { screen in
            screen.contains("£160,000") && !screen.contains("PAYMENT HELD")
        }
        // Solihull's pane: the recorded spend on its Spent line, Q2 now in (late) and awaiting review.
        let lines = saved.split(separator: "\n").map(String.init)
        let paneTop = try #require(lines.firstIndex { $0.contains("Solihull MBC") }, "\(saved)")
        let top = Array(lines[paneTop]), corner = Array("┌ Solihull MBC")
        let column = try #require((0...(top.count - corner.count)).first { Array(top[$0..<($0 + corner.count)]) == corner })
        let pane = lines[paneTop...(paneTop + 5)].map { String(Array($0).dropFirst(column).prefix(60)) }
        #expect(pane.contains { $0.contains("Spent") && $0.contains("£160,000") }, "\(pane.joined(separator: "\n"))")
        #expect(pane.contains { $0.contains("Q2 … awaiting review, late 36d") }, "\(pane.joined(separator: "\n"))")

        let returns = try FolderBytes.read(folder.path, "returns.csv")
        #expect(returns.contains("\nsolihull,2016/17,Q2,2016-12-05,214454,160000,\"Not received by the 6 December 2016 board"))
        let audit = try FolderBytes.auditRows(folder.path)
        #expect(audit.dropFirst().map { "\($0[2]) \($0[4]) \($0[5]) \($0[6])->\($0[7])" } == [
            "dashboard solihull 2016/17 Q2 planned ->214454",
            "dashboard solihull 2016/17 Q2 received ->2016-12-05",
            "dashboard solihull 2016/17 Q2 spend ->160000",
        ])

        // Someone else saves returns.csv the way an editor does: a new file renamed over it.
        let changed = returns.replacingOccurrences(of: "coventry,2016/17,Q2,2016-10-21,492478,242941,",
                                                   with: "coventry,2016/17,Q2,2016-10-21,492478,250000,")
        try #require(changed != returns)
        let temporary = folder.url.appendingPathComponent(".returns.csv.editor~")
        try Data(changed.utf8).write(to: temporary)
        try #require(rename(temporary.path, folder.url.appendingPathComponent("returns.csv").path) == 0)
        let reloaded = try await dashboard.waitFor("£250,000", "reloaded", timeout: .seconds(3))
        #expect(!reloaded.contains("£242,941"))
        #expect(reloaded.contains("£160,000"), "the recorded return is still there")
        #expect(try dashboard.isRunning())

        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
    }
}
