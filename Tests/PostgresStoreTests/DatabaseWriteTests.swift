#if PostgreSQL
import CSDashTestSupport
import Foundation
import Testing

/// Writes to the database: each one transaction with its audit rows, a viewer refused by the
/// server, a held row lock 75 after 2 s, and a writer killed mid-transaction leaving nothing.
@Suite(.enabled(if: PrivateServer.isRunning, "needs the private PostgreSQL of scripts/test.sh"))
struct DatabaseWriteTests {
    static let solihullQ2 = ["--area", "solihull", "--year", "2016/17", "--quarter", "Q2"]
    static let recording = solihullQ2 + ["--received", "2016-12-05", "--planned", "214454", "--spend", "160000"]

    @Test func recordWritesTheRowAndItsAuditInOneTransaction() throws {
        let database = try PrivateServer.withSampleData()
        let url = PrivateServer.url(database: database, user: "\(database)_officer")
        let result = try csdash(["record", url] + Self.recording + ["--note", "Q2 return, late"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("returns.csv: solihull 2016/17 Q2  spend: (empty) -> 160000"), "\(result)")
        #expect(try PrivateServer.sql("SELECT received || ' ' || spend FROM returns WHERE area_id = 'solihull' AND year = '2016/17' AND quarter = 'Q2'",
                                      database: database) == "2016-12-05 160000")
        let audit = try PrivateServer.sql("""
            SELECT string_agg(field || '=' || new, ' ' ORDER BY field) FROM audit
            WHERE command = 'record' AND key = 'solihull 2016/17 Q2' AND "user" = '\(database)_officer'
            """, database: database)
        #expect(audit == "notes=Q2 return, late planned=214454 received=2016-12-05 spend=160000")

        let returns = try csdash("returns", url, "--as-of", "2016-12-06", "--status", "overdue", "--format", "csv")
        #expect(returns.status == 0 && !returns.stdout.contains("solihull"), "\(returns)")
        let pay = try csdash(["pay", url] + Self.solihullQ2 + ["--amount", "50000", "--paid", "2016-12-06", "--ref", "PO-1"])
        #expect(pay.status == 0, "\(pay)")
        #expect(try PrivateServer.sql("SELECT count(*) FROM audit WHERE command = 'pay'", database: database) != "0")
    }

    @Test func aViewerCannotWriteAndIsToldSo() throws {
        let database = try PrivateServer.withSampleData()
        let url = PrivateServer.url(database: database, user: "\(database)_viewer")
        let result = try csdash(["record", url] + Self.recording)
        #expect(result.status == 73, "\(result)")
        #expect(result.stderr.contains("read-only: connected as a viewer"), "\(result)")
        #expect(try PrivateServer.sql("SELECT count(*) FROM audit", database: database) == "0")
        let denied = try PrivateServer.psql("UPDATE returns SET spend = '1'", database: database, user: "\(database)_viewer")
        #expect(denied.status != 0 && denied.stderr.contains("permission denied"), "\(denied)")
        // An editor may add audit rows but never change or remove one.
        let rewrite = try PrivateServer.psql("DELETE FROM audit", database: database, user: "\(database)_officer")
        #expect(rewrite.status != 0, "\(rewrite)")
    }

    @Test func aRowLockHeldElsewhereIs75After2Seconds() throws {
        let database = try PrivateServer.withSampleData()
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        holder.arguments = ["-X", "-q", "-h", PrivateServer.directory!, "-U", "postgres", "-d", database, "-c", """
            BEGIN; SELECT 1 FROM returns WHERE area_id = 'solihull' AND year = '2016/17' AND quarter = 'Q2' FOR UPDATE; SELECT pg_sleep(8); COMMIT;
            """]
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        defer { holder.terminate(); holder.waitUntilExit() }
        Thread.sleep(forTimeInterval: 1.5)
        let started = Date()
        let result = try csdash(["record", PrivateServer.url(database: database)] + Self.recording)
        #expect(result.status == 75, "\(result)")
        #expect(Date().timeIntervalSince(started) >= 2)
        #expect(try PrivateServer.sql("SELECT count(*) FROM audit", database: database) == "0")
    }

    @Test func aWriterKilledMidTransactionLeavesNoPartialChange() throws {
        let database = try PrivateServer.withSampleData()
        let before = try PrivateServer.sql("SELECT spend FROM returns WHERE area_id = 'solihull' AND year = '2016/17' AND quarter = 'Q2'",
                                           database: database)
        // Its transaction is open (its lock taken) and waiting on the row when it is killed.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        holder.arguments = ["-X", "-q", "-h", PrivateServer.directory!, "-U", "postgres", "-d", database, "-c", """
            BEGIN; SELECT 1 FROM returns WHERE area_id = 'solihull' AND year = '2016/17' AND quarter = 'Q2' FOR UPDATE; SELECT pg_sleep(3); COMMIT;
            """]
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        Thread.sleep(forTimeInterval: 1)
        let writer = Process()
        let binary = try #require(builtCSDash())
        writer.executableURL = binary
        writer.arguments = ["record", PrivateServer.url(database: database)] + Self.recording
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        Thread.sleep(forTimeInterval: 0.8)
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        holder.waitUntilExit()
        #expect(try PrivateServer.sql("SELECT spend FROM returns WHERE area_id = 'solihull' AND year = '2016/17' AND quarter = 'Q2'",
                                      database: database) == before)
        #expect(try PrivateServer.sql("SELECT count(*) FROM audit", database: database) == "0")
    }

    @Test func anUnreachableServerRefusesAWriteWith69() throws {
        let result = try csdash(["record", "postgres:///grants?host=/nonexistent-socket-folder"] + Self.recording)
        #expect(result.status == 69, "\(result)")
        #expect(result.stderr.contains("cannot reach the database server"), "\(result)")
    }
}
#endif
