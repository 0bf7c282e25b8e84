#if PostgreSQL
import CSDashTestSupport
import Foundation
import Testing

/// Writers of one database take turns, as writers of one folder do (the checks span rows, so two
/// writers each checking its own snapshot could together break one): a writer of another return
/// waits for the turn, lands when it is given up, and exits 75 having written nothing when it is
/// not had within 2 s.
@Suite(.enabled(if: PrivateServer.isRunning, "needs the private PostgreSQL of scripts/test.sh"))
struct WriteTurnTests {
    /// A return no other test's holder locks: only the turn stands between it and its writer.
    static let walsallQ1 = ["--area", "walsall", "--year", "2016/17", "--quarter", "Q1", "--received", "2016-07-20",
                            "--planned", "300000", "--spend", "123456"]

    /// psql holding csdash's write turn for `seconds`, started and given a second to take it.
    private func holdTheTurn(in database: String, seconds: Double) throws -> Process {
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        holder.arguments = ["-X", "-q", "-h", PrivateServer.directory!, "-U", "postgres", "-d", database, "-c", """
            BEGIN; SELECT pg_advisory_xact_lock(hashtextextended('csdash data set', 0)); SELECT pg_sleep(\(seconds)); COMMIT;
            """]
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        Thread.sleep(forTimeInterval: 1)
        return holder
    }

    @Test func aWriteOfAnotherReturnWaitsForTheTurnAndIs75WithoutIt() throws {
        let database = try PrivateServer.withSampleData()
        let holder = try holdTheTurn(in: database, seconds: 8)
        defer { holder.terminate(); holder.waitUntilExit() }
        let started = Date()
        let result = try csdash(["record", PrivateServer.url(database: database)] + Self.walsallQ1)
        #expect(result.status == 75, "\(result)")
        #expect(Date().timeIntervalSince(started) >= 2)
        #expect(try PrivateServer.sql("SELECT count(*) FROM audit", database: database) == "0")
    }

    @Test func aWriteThatWaitedLandsWhenTheTurnIsGivenUp() throws {
        let database = try PrivateServer.withSampleData()
        let holder = try holdTheTurn(in: database, seconds: 1.5)
        defer { holder.waitUntilExit() }
        let result = try csdash(["record", PrivateServer.url(database: database)] + Self.walsallQ1)
        #expect(result.status == 0, "\(result)")
        #expect(try PrivateServer.sql("SELECT spend FROM returns WHERE area_id = 'walsall' AND year = '2016/17' AND quarter = 'Q1'",
                                      database: database) == "123456")
        #expect(try PrivateServer.sql("SELECT count(*) FROM audit WHERE key = 'walsall 2016/17 Q1' AND field = 'spend'", database: database) == "1")
    }
}
#endif
