#if PostgreSQL
import CSDashTestSupport
import Foundation
import Testing

/// `csdash db init`, `db push` and `db pull` against a real server: a folder goes in and comes
/// back as a folder `check` passes and `report` shows identically, byte for byte on a second
/// round; a non-empty database or an invalid folder is refused with nothing written.
@Suite(.enabled(if: PrivateServer.isRunning, "needs the private PostgreSQL of scripts/test.sh"))
struct DatabaseCommandTests {
    @Test func sampleDataRoundTripsThroughTheDatabase() throws {
        let first = try PrivateServer.withSampleData()
        let pulled = ScratchFolder()
        let pull = try csdash("db", "pull", PrivateServer.url(database: first), pulled.path)
        #expect(pull.status == 0, "\(pull)")
        let check = try csdash("check", pulled.path)
        #expect(check.status == 0, "\(check)")

        for arguments in [["report", "--as-of", "2016-12-06", "--format", "json"], ["returns", "--as-of", "2016-12-06", "--format", "csv"]] {
            let fromFolder = try csdash([arguments[0], sampleDataPath] + arguments.dropFirst())
            let fromPulled = try csdash([arguments[0], pulled.path] + arguments.dropFirst())
            let fromDatabase = try csdash([arguments[0], PrivateServer.url(database: first)] + arguments.dropFirst())
            #expect(fromFolder.status == 0 && fromPulled.status == 0 && fromDatabase.status == 0, "\(fromDatabase)")
            #expect(fromPulled.stdout == fromFolder.stdout)
            #expect(fromDatabase.stdout == fromFolder.stdout)
        }

        let second = try PrivateServer.initialised()
        #expect(try csdash("db", "push", pulled.path, PrivateServer.url(database: second)).status == 0)
        let again = ScratchFolder()
        #expect(try csdash("db", "pull", PrivateServer.url(database: second), again.path).status == 0)
        #expect(try FolderBytes.snapshot(again.path) == FolderBytes.snapshot(pulled.path))
    }

    @Test func aGeneratedNationalFolderRoundTrips() throws {
        let generated = ScratchFolder()
        let made = try csdash("generate", generated.path)
        try #require(made.status == 0, "\(made)")
        let database = try PrivateServer.initialised()
        let push = try csdash("db", "push", generated.path, PrivateServer.url(database: database))
        #expect(push.status == 0, "\(push)")
        let pulled = ScratchFolder()
        #expect(try csdash("db", "pull", PrivateServer.url(database: database), pulled.path).status == 0)
        let report = ["--as-of", "2024-12-06", "--format", "json"]
        #expect(try csdash(["report", pulled.path] + report).stdout == csdash(["report", generated.path] + report).stdout)

        let second = try PrivateServer.initialised()
        #expect(try csdash("db", "push", pulled.path, PrivateServer.url(database: second)).status == 0)
        let again = ScratchFolder()
        #expect(try csdash("db", "pull", PrivateServer.url(database: second), again.path).status == 0)
        #expect(try FolderBytes.snapshot(again.path) == FolderBytes.snapshot(pulled.path))
    }

    @Test func pushRefusesANonEmptyDatabaseAndWritesNothing() throws {
        let database = try PrivateServer.withSampleData()
        let before = try PrivateServer.sql("SELECT count(*) FROM returns", database: database)
        let again = try csdash("db", "push", sampleDataPath, PrivateServer.url(database: database))
        #expect(again.status == 73, "\(again)")
        #expect(again.stderr.contains("is not empty"), "\(again)")
        #expect(try PrivateServer.sql("SELECT count(*) FROM returns", database: database) == before)
    }

    @Test func pushRefusesAnInvalidFolderAndWritesNothing() throws {
        let folder = ScratchFolder()
        try FileManager.default.copyItem(atPath: sampleDataPath, toPath: folder.path)
        let returns = try String(contentsOfFile: folder.file("returns.csv"), encoding: .utf8)
        try (returns + "nowhere,2016/17,Q1,,,,,,,\n").write(toFile: folder.file("returns.csv"), atomically: true, encoding: .utf8)
        let database = try PrivateServer.initialised()
        let push = try csdash("db", "push", folder.path, PrivateServer.url(database: database))
        #expect(push.status == 65, "\(push)")
        #expect(push.stderr.contains("nothing was written"), "\(push)")
        #expect(try PrivateServer.sql("SELECT count(*) FROM areas", database: database) == "0")
    }

    @Test func initRefusesADatabaseThatHasTheSchema() throws {
        let database = try PrivateServer.initialised()
        let again = try csdash("db", "init", PrivateServer.url(database: database))
        #expect(again.status == 73, "\(again)")
        #expect(try PrivateServer.sql("SELECT version FROM schema_version", database: database) == "1")
    }

    @Test func pullRefusesAFolderThatHoldsFiles() throws {
        let database = try PrivateServer.withSampleData()
        let pull = try csdash("db", "pull", PrivateServer.url(database: database), sampleDataPath)
        #expect(pull.status == 73, "\(pull)")
    }

    @Test func anUnreachableServerIs69WithAClearMessage() throws {
        let result = try csdash("report", "postgres:///grants?host=/nonexistent-socket-folder&user=nobody", "--as-of", "2016-12-06")
        #expect(result.status == 69, "\(result)")
        #expect(result.stderr.contains("cannot reach the database server"), "\(result)")
    }

    @Test func aProblemInTheDataNamesTheTableAndTheKey() throws {
        let database = try PrivateServer.withSampleData()
        try PrivateServer.sql("UPDATE returns SET spend = 'lots' WHERE area_id = 'solihull' AND year = '2016/17' AND quarter = 'Q1'",
                              database: database)
        let check = try csdash("check", PrivateServer.url(database: database))
        #expect(check.status == 65, "\(check)")
        #expect(check.stderr.contains("returns (solihull, 2016/17, Q1): error: "), "\(check)")
    }

    @Test func aPasswordIsNeverPrinted() throws {
        let result = try csdash("report", "postgres://officer:sekret-word@127.0.0.1:1/grants?sslmode=disable", "--as-of", "2016-12-06")
        #expect(result.status == 69, "\(result)")
        #expect(!result.stderr.contains("sekret-word") && !result.stdout.contains("sekret-word"), "\(result)")
    }
}
#endif
