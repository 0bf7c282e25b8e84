#if PostgreSQL
import CSDashTestSupport
import Foundation
import Testing

/// The audit log read back from a database as from a folder: a correction recorded today is
/// undone by `--as-recorded` and listed by `changes` and `report --since` identically for both;
/// `check` names a row it cannot read by its id and says what it cannot see; `export` dates a
/// database by its last audit row.
@Suite(.enabled(if: PrivateServer.isRunning, "needs the private PostgreSQL of scripts/test.sh"))
struct AuditReadBackTests {
    static let birminghamQ2 = ["--area", "birmingham", "--year", "2016/17", "--quarter", "Q2"]
    static let correction = birminghamQ2 + ["--received", "2016-10-26", "--planned", "1630367", "--spend", "600000"]

    /// Sample data copied into `folder` and pushed into a new database (its name returned),
    /// Birmingham's Q2 spend corrected today in each by `csdash record` (it was £508,449 on the
    /// board of 6 December 2016).
    static func correctedInBoth(_ folder: borrowing ScratchFolder) throws -> String {
        try FileManager.default.copyItem(atPath: sampleDataPath, toPath: folder.path)
        let database = try PrivateServer.withSampleData()
        for location in [folder.path, PrivateServer.url(database: database)] {
            let recorded = try csdash(["record", location] + correction)
            try #require(recorded.status == 0, "\(recorded)")
        }
        return database
    }

    /// Runs `arguments` with the folder and with the database as DIR: both succeed, alike.
    static func expectAlike(_ arguments: [String], folder: String, url: String,
                            sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let fromFolder = try csdash([arguments[0], folder] + arguments.dropFirst())
        let fromDatabase = try csdash([arguments[0], url] + arguments.dropFirst())
        #expect(fromFolder.status == 0, "\(fromFolder)", sourceLocation: sourceLocation)
        #expect(fromDatabase.status == 0, "\(fromDatabase)", sourceLocation: sourceLocation)
        #expect(fromDatabase.stdout == fromFolder.stdout, sourceLocation: sourceLocation)
        return fromDatabase.stdout
    }

    @Test func aCorrectionIsUndoneAsRecordedFromTheDatabaseAsFromTheFolder() throws {
        let folder = ScratchFolder()
        let url = PrivateServer.url(database: try Self.correctedInBoth(folder))
        let recorded = try Self.expectAlike(["report", "--as-of", "2016-12-06", "--as-recorded"], folder: folder.path, url: url)
        #expect(recorded.contains("508,449") && !recorded.contains("600,000"), "\(recorded)")
        let today = try Self.expectAlike(["report", "--as-of", "2016-12-06"], folder: folder.path, url: url)
        #expect(today.contains("600,000"), "\(today)")
        _ = try Self.expectAlike(["report", "--as-of", "2016-12-06", "--as-recorded", "--format", "json"], folder: folder.path, url: url)
        _ = try Self.expectAlike(["returns", "--as-of", "2016-12-06", "--as-recorded", "--format", "csv"], folder: folder.path, url: url)
    }

    @Test func changesAndReportSinceListTheCorrectionFromTheDatabaseAsFromTheFolder() throws {
        let folder = ScratchFolder()
        let url = PrivateServer.url(database: try Self.correctedInBoth(folder))
        let changes = try Self.expectAlike(["changes", "--since", "2016-12-06", "--format", "csv"], folder: folder.path, url: url)
        #expect(changes.split(separator: "\n").contains { $0.contains("return_corrected") && $0.contains("birmingham") }, "\(changes)")
        let report = try Self.expectAlike(["report", "--since", "2016-12-06", "--year", "2016/17", "--format", "json"], folder: folder.path, url: url)
        #expect(report.contains("return_corrected"), "\(report.prefix(2000))")
    }

    @Test func aDatabaseWithoutAuditRowsReplaysTodaysFiguresAndSaysSo() throws {
        let url = try PrivateServer.url(database: PrivateServer.withSampleData())
        let replay = try csdash("report", url, "--as-of", "2016-12-06", "--as-recorded")
        #expect(replay.status == 0, "\(replay)")
        #expect(replay.stderr.contains("audit: warning: no audit rows: csdash has recorded no change in this database"), "\(replay)")
        let export = try csdash("export", url, "--as-of", "2016-12-06")
        #expect(export.status == 0, "\(export)")
        #expect(!export.stdout.contains("dateModified"), "\(export.stdout.prefix(600))")
    }

    @Test func checkNamesAnUnreadableAuditRowByItsIdAndSaysWhatItCannotSee() throws {
        let folder = ScratchFolder()
        let database = try Self.correctedInBoth(folder)
        let url = PrivateServer.url(database: database)
        let fine = try csdash("check", url)
        #expect(fine.status == 0, "\(fine)")
        #expect(!fine.stderr.contains("audit"), "\(fine)")
        #expect(fine.stdout.contains("audit: read from the audit table; a database has no file dates"), "\(fine)")

        let id = try PrivateServer.sql("""
            INSERT INTO audit ("time", "user", command, file, key, field, old, new)
            VALUES ('yesterday', 'someone', 'psql', 'returns.csv', 'birmingham 2016/17 Q2', 'spend', '600000', '1') RETURNING id
            """, database: database)
        let check = try csdash("check", url)
        #expect(check.status == 0, "\(check)")
        #expect(check.stderr.contains("audit (id \(id)): warning: time \"yesterday\" is not a time csdash writes"), "\(check)")
        let replay = try csdash("report", url, "--as-of", "2016-12-06", "--as-recorded")
        #expect(replay.status == 65, "\(replay)")
        #expect(replay.stderr.contains("audit (id \(id)): error: time \"yesterday\""), "\(replay)")
        let changes = try csdash("changes", url, "--since", "2016-12-06")
        #expect(changes.status == 65, "\(changes)")
    }

    @Test func exportDatesADatabaseByItsLastAuditRow() throws {
        let folder = ScratchFolder()
        let database = try Self.correctedInBoth(folder)
        let url = PrivateServer.url(database: database)
        let last = try PrivateServer.sql(#"SELECT "time" FROM audit ORDER BY id DESC LIMIT 1"#, database: database)
        let export = try csdash("export", url, "--as-of", "2016-12-06")
        #expect(export.status == 0, "\(export)")
        #expect(export.stdout.contains("dateModified") && export.stdout.contains(last), "\(export.stdout.prefix(800))")
    }
}
#endif
