#if PostgreSQL
import Foundation
import Testing

/// The real binary in tmux on a `postgres://` URL: a `csdash record` from another process shows
/// within a second (LISTEN/NOTIFY), the dashboard keeps its data and says so while the server is
/// gone and recovers by itself once it is back, a viewer's dashboard refuses to record, and a
/// correction, read back from the audit table, is listed in the Changes view.
/// Each test runs a server of its own, since it stops it under the dashboard.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil && ProcessInfo.processInfo.environment["CSDASH_TEST_POSTGRES_DIR"] != nil,
                             "needs tmux and PostgreSQL's server programs (scripts/test.sh)"))
struct SharedStoreDashboardEndToEndTests {
    static let solihullQ2 = ["--area", "solihull", "--year", "2016/17", "--quarter", "Q2",
                             "--received", "2016-12-05", "--planned", "214454"]

    /// `csdash record` of Solihull's 2016/17 Q2 return with `spend`, as an editor elsewhere would run it.
    static func record(_ url: String, spend: String) throws {
        let result = try csdash(["record", url] + solihullQ2 + ["--spend", spend])
        try #require(result.status == 0, "\(result)")
    }

    @Test func anotherProcesssRecordShowsAndTheDashboardOutlivesTheServerGoingAway() async throws {
        let server = try OwnPostgresServer()
        let url = server.url(database: try server.sampleDataDatabase())
        let dashboard = try TmuxDashboard([url, "--as-of", "2016-12-06"], width: 120, height: 40)
        defer { dashboard.close() }
        try await dashboard.waitFor("Solihull MBC", "1 outstanding, 1 overdue")

        // Solihull's Q2 was the one return outstanding; the clock starts once the record has committed.
        try Self.record(url, spend: "160000")
        let clock = ContinuousClock()
        let committed = clock.now
        try await dashboard.waitFor("no returns outstanding", "£160,000", timeout: .seconds(5))
        print("SharedStoreDashboardEndToEndTests: another process's record on the dashboard \(clock.now - committed) after its commit")

        try server.pause()
        let down = try await dashboard.waitFor("connection lost, retrying", timeout: .seconds(10))
        #expect(down.contains("£160,000"), "the last data stays shown:\n\(down)")
        #expect(try dashboard.isRunning())

        try server.resume()
        try await dashboard.waitForAbsence(of: "connection lost", timeout: .seconds(15))
        try Self.record(url, spend: "170000")
        try await dashboard.waitFor("no returns outstanding", "£170,000", timeout: .seconds(5))
        #expect(try dashboard.isRunning())
    }

    @Test func aViewersDashboardIsReadOnlyAndRefusesToRecord() async throws {
        let server = try OwnPostgresServer()
        let database = try server.sampleDataDatabase()
        let dashboard = try TmuxDashboard([server.url(database: database, user: "\(database)_viewer"), "--as-of", "2016-12-06"],
                                          width: 120, height: 40)
        defer { dashboard.close() }
        try await dashboard.waitFor("Solihull MBC")
        try dashboard.press("e")
        let refused = try await dashboard.waitFor("read-only: connected as a viewer, who may read but not record")
        #expect(!refused.contains("Record return"), "no form opens:\n\(refused)")
        #expect(try dashboard.isRunning())
        #expect(try server.sql("SELECT count(*) FROM audit", database: database) == "0")
    }

    @Test func aCorrectionFromAnotherProcessIsListedInTheChangesView() async throws {
        let server = try OwnPostgresServer()
        let url = server.url(database: try server.sampleDataDatabase())
        let dashboard = try TmuxDashboard([url, "--since", "2016-12-06", "--year", "2016/17"], width: 120, height: 40)
        defer { dashboard.close() }
        try await dashboard.waitFor("8 Changes")
        try dashboard.press("8")
        let before = try await dashboard.waitFor("Since the last board, 6 Dec 2016")
        #expect(!before.contains("return corrected"), "sample-data has no correction:\n\(before)")
        let corrected = try csdash(["record", url, "--area", "birmingham", "--year", "2016/17", "--quarter", "Q2",
                                    "--received", "2016-10-26", "--planned", "1630367", "--spend", "600000"])
        try #require(corrected.status == 0, "\(corrected)")
        try await dashboard.waitFor("return corrected", timeout: .seconds(5))
        #expect(try dashboard.isRunning())
    }
}
#endif
