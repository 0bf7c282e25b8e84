import Foundation
import GrantStore
import Testing

/// An import file that is not there, not a regular file, or carries an invisible character; and
/// the count of changes in good English.
struct ImportFileOddsTests {
    @Test func aFileThatDoesNotExistIsNoInput() throws {
        let folder = try SampleDataCopy()
        let before = try FolderBytes.snapshot(folder.path)
        let missing = folder.path + "-no-such-return.csv"
        let result = try csdash("import", folder.path, missing)
        #expect(result.status == 66, "\(result)")
        #expect(result.stderrLines == ["\(missing): error: cannot be read: no such file"], "\(result)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test(.timeLimit(.minutes(1)))
    func aFIFOIsRefusedWithoutWaiting() throws {
        let folder = try SampleDataCopy()
        let fifo = folder.path + "-return.fifo"
        #expect(mkfifo(fifo, 0o644) == 0)
        defer { unlink(fifo) }
        let result = try csdash("import", folder.path, fifo)
        #expect(result.status == 66, "\(result)")
        #expect(result.stderr.contains("\(fifo): error: cannot be read: is a pipe (FIFO), not a regular file"), "\(result)")
    }

    @Test func aByteOrderMarkInsideAValueIsShownNotHidden() throws {
        let folder = try SampleDataCopy()
        // Two files joined: the second one's byte-order mark now starts a row.
        let file = try ScratchFile("joined.csv", "area_id,year,quarter,received\n\u{FEFF}solihull,2016/17,Q2,2016-12-05\n")
        let result = try csdash("import", folder.path, file.path)
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.contains("area_id \"\\u{FEFF}solihull\" is not an area of this data folder"), "\(result)")
        #expect(!result.stderr.contains("\u{FEFF}"), "\(result)")
    }

    @Test func oneFieldChangeIsSingular() throws {
        let folder = try SampleDataCopy()
        let file = try ScratchFile("one.csv", "area_id,year,quarter,received\nsolihull,2016/17,Q2,2016-12-05\n")
        let dryRun = try csdash("import", folder.path, file.path, "--dry-run")
        #expect(dryRun.stdoutLines.contains("dry run: nothing was written (1 field change)"), "\(dryRun)")
        let result = try csdash("import", folder.path, file.path)
        #expect(result.stdoutLines.contains("1 field change written"), "\(result)")
    }
}

/// The exit codes of refusals in the commit itself: nothing may be written, and 73 says so.
struct RefusedCommitTests {
    static let record = ["--area", "solihull", "--year", "2016/17", "--quarter", "Q2", "--received", "2016-12-05",
                         "--planned", "1", "--spend", "1"]

    @Test func anUnwritableAuditLogExits73AndChangesNothing() throws {
        let folder = try SampleDataCopy()
        let returns = try FolderBytes.read(folder.path, "returns.csv")
        try FileManager.default.createDirectory(atPath: folder.path + "/audit.csv", withIntermediateDirectories: false)
        let result = try csdash(["record", folder.path] + Self.record)
        #expect(result.status == 73, "\(result)")
        #expect(result.stderr.contains("audit.csv: error: the audit log cannot be written: it is a folder"), "\(result)")
        #expect(try FolderBytes.read(folder.path, "returns.csv") == returns)
    }

    @Test func aReadOnlyReturnsFileExits73() throws {
        let folder = try SampleDataCopy()
        #expect(chmod(folder.path + "/returns.csv", 0o444) == 0)
        let result = try csdash(["record", folder.path] + Self.record)
        #expect(result.status == 73, "\(result)")
        #expect(result.stderr.contains("returns.csv: error: is read-only (mode 444)"), "\(result)")
    }
}
