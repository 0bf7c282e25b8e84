import Foundation
import Testing
import GrantModel

/// The real binary in tmux on a folder that reviews and pays (`ReviewedSample`): a return
/// accepted and its payment recorded from the payments view reach returns.csv, payments.csv and
/// audit.csv, and both the payments view and the overview change.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil, "tmux is not installed"))
struct E2EReviewAndPayTests {
    @Test func acceptAReturnThenRecordItsPayment() async throws {
        let folder = try SampleDataCopy()
        try ReviewedSample.write(into: folder.path)
        let dashboard = try TmuxDashboard([folder.path, "--as-of", "2016-12-06"], width: 120, height: 40)
        defer { dashboard.close() }

        let overview = try await dashboard.waitFor("Birmingham CC", "✗ 2 payment held")
        #expect(overview.contains("Q2 … awaiting review"))

        try dashboard.press("7")
        try await dashboard.waitFor("Paid £1,328,845 of £4,294,482 total allocation (31%)", "ready to release £128,058 (1 quarter)")
        try dashboard.press("j", times: 3)
        try await dashboard.waitFor("Birmingham CC Q2 · received 26 Oct 2016, awaiting review")

        try dashboard.press("A")
        try await dashboard.waitFor("Accept return: Birmingham CC 2016/17 Q2", "2016-12-06")
        try dashboard.press("Enter")
        try await dashboard.waitForAbsence(of: "Accept return")
        try await dashboard.waitFor("ready to release £596,355 (2 quarters)",
                                    "Birmingham CC Q2 · accepted 6 Dec 2016 · £468,297 ready to release")

        try dashboard.press("P")
        try await dashboard.waitFor("Record payment: Birmingham CC 2016/17 Q2", "scheduled £468,297")
        try dashboard.press("Tab")
        try dashboard.press("Tab")
        try dashboard.press("BACS 4490")
        try await dashboard.waitFor("BACS 4490")
        try dashboard.press("Enter")
        try await dashboard.waitForAbsence(of: "Record payment")
        try await dashboard.waitFor("Paid £1,797,142 of £4,294,482 total allocation (42%)",
                                    "Birmingham CC Q2 · paid £468,297 on 6 Dec 2016, ref BACS 4490")

        try dashboard.press("1")
        let changed = try await dashboard.waitFor("Birmingham CC", "Q2 ✓ accepted · £ paid")
        let lines = changed.split(separator: "\n").map(String.init)
        let top = try #require(lines.firstIndex { $0.contains("Birmingham CC") })
        #expect(lines[top + 1].contains("paid £936,594"), "\(changed)")
        #expect(lines[top + 4].contains("Q2 ✓ accepted · £ paid"), "\(changed)")

        let returns = try FolderBytes.read(folder.path, "returns.csv")
        #expect(returns.contains("\nbirmingham,2016/17,Q2,2016-10-26,1630367,508449,"))
        #expect(returns.split(separator: "\n").contains { $0.hasPrefix("birmingham,2016/17,Q2,") && $0.hasSuffix(",accepted,2016-12-06,") })
        let payments = try FolderBytes.read(folder.path, "payments.csv")
        #expect(payments.contains("\nbirmingham,2016/17,Q2,468297,2016-12-06,BACS 4490,\n"))
        let audit = try FolderBytes.auditRows(folder.path)
        #expect(audit.dropFirst().map { "\($0[2]) \($0[3]) \($0[4]) \($0[5]) \($0[6])->\($0[7])" } == [
            "dashboard returns.csv birmingham 2016/17 Q2 review ->accepted",
            "dashboard returns.csv birmingham 2016/17 Q2 reviewed ->2016-12-06",
            "dashboard payments.csv birmingham 2016/17 Q2 paid ->2016-12-06",
            "dashboard payments.csv birmingham 2016/17 Q2 ref ->BACS 4490",
        ])

        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
    }
}
