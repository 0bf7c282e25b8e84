import Foundation
import GrantStore
import Testing

/// `csdash import DIR FILE`: the whole file or nothing, a dry run that writes nothing.
struct ImportCommandTests {
    static let solihullReturns = """
        area_id,year,quarter,received,planned,spend
        solihull,2016/17,Q2,2016-12-05,214454,160000
        solihull,2016/17,Q3,2017-01-20,"£214,454",175000.50

        """

    @Test func aDryRunPrintsTheDiffAndWritesNothing() throws {
        let folder = try SampleDataCopy()
        let file = try ScratchFile("solihull.csv", Self.solihullReturns)
        let before = try FolderBytes.snapshot(folder.path)
        let result = try csdash("import", folder.path, file.path, "--dry-run")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.filter { !$0.isEmpty } == [
            "returns.csv: solihull 2016/17 Q2  planned: (empty) -> 214454",
            "returns.csv: solihull 2016/17 Q2  received: (empty) -> 2016-12-05",
            "returns.csv: solihull 2016/17 Q2  spend: (empty) -> 160000",
            "returns.csv: solihull 2016/17 Q3  planned: (empty) -> 214454",
            "returns.csv: solihull 2016/17 Q3  received: (empty) -> 2017-01-20",
            "returns.csv: solihull 2016/17 Q3  spend: (empty) -> 175000.50",
            "dry run: nothing was written (6 field changes)",
        ], "\(result)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test func importAppliesEveryRowInOneAuditedStep() throws {
        let folder = try SampleDataCopy()
        let file = try ScratchFile("solihull.csv", Self.solihullReturns)
        let result = try csdash("import", folder.path, file.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("6 field changes written"), "\(result)")

        let text = try FolderBytes.read(folder.path, "returns.csv")
        // The existing row updated in place (its note kept: the file has no notes column), the new one appended.
        #expect(text.contains("\nsolihull,2016/17,Q2,2016-12-05,214454,160000,\"Not received by the 6 December 2016 board"))
        #expect(text.hasSuffix("\nsolihull,2016/17,Q3,2017-01-20,214454,175000.50,,,,\n"))
        let audit = try FolderBytes.auditRows(folder.path)
        #expect(audit.count == 7)
        #expect(audit.dropFirst().allSatisfy { $0[2] == "import \(file.path)" }, "\(audit)")
        #expect(try csdash("check", folder.path).status == 0)

        // The same file again: nothing to change, nothing written.
        let before = try FolderBytes.snapshot(folder.path)
        let again = try csdash("import", folder.path, file.path)
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout.contains("no change"), "\(again)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test func oneBadRowAmongGoodOnesChangesNothing() throws {
        let folder = try SampleDataCopy()
        let file = try ScratchFile("mixed.csv", """
            area_id,year,quarter,received,planned,spend
            solihull,2016/17,Q2,2016-12-05,214454,160000
            dudley,2016/17,Q3,2016-09-01,300000,200000
            coventry,2016/17,Q3,2017-01-20,492478,300000

            """)
        let before = try FolderBytes.snapshot(folder.path)
        let result = try csdash("import", folder.path, file.path)
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.contains("\(file.path):3:19: error: received 2016-09-01 is before Q3 2016/17 began"), "\(result)")
        #expect(result.stderr.contains("nothing was written"), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test func everyBadRowIsNamedAndNothingIsWritten() throws {
        let folder = try SampleDataCopy()
        let file = try ScratchFile("bad.csv", """
            area_id,year,quarter,received,planned,spend
            atlantis,2016/17,Q2,2016-12-05,1,1
            solihull,2016/17,Q7,2016-12-05,1,1
            solihull,2016/17,Q3,,100,50
            solihull,2016/17,Q4,2017-01-20,€100,50

            """)
        let before = try FolderBytes.snapshot(folder.path)
        let result = try csdash("import", folder.path, file.path, "--dry-run")
        #expect(result.status == 65, "\(result)")
        for prefix in ["\(file.path):2:1: error: ", "\(file.path):3:18: error: ", "\(file.path):4:22: error: ",
                       "\(file.path):4:26: error: ", "\(file.path):5:32: error: "] {
            #expect(result.stderr.contains(prefix), "\(prefix) in \(result)")
        }
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test func anImportThatWouldMakeTheFolderInvalidWritesNothing() throws {
        // Each row is fine alone; together with the folder, Solihull's Q1 loses its received date.
        let folder = try SampleDataCopy()
        let file = try ScratchFile("clear.csv", """
            area_id,year,quarter,received
            solihull,2016/17,Q1,

            """)
        let before = try FolderBytes.snapshot(folder.path)
        let result = try csdash("import", folder.path, file.path)
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.contains(/returns\.csv:\d+:\d+: error: planned is given but received is empty/), "\(result)")
        #expect(result.stderr.contains("nothing was written"), "\(result)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test func importIntoALockedFolderExits75() throws {
        let folder = try SampleDataCopy()
        let file = try ScratchFile("solihull.csv", Self.solihullReturns)
        let lock = try FolderLock.acquire(in: folder.path)
        defer { lock.release() }
        let before = try FolderBytes.snapshot(folder.path)
        let result = try csdash("import", folder.path, file.path)
        #expect(result.status == 75, "\(result)")
        #expect(result.stderr.contains("another csdash"), "\(result)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test func importWithoutADataFolderExits66() throws {
        let file = try ScratchFile("solihull.csv", Self.solihullReturns)
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-missing-\(UUID().uuidString)").path
        let result = try csdash("import", missing, file.path)
        #expect(result.status == 66, "\(result)")
    }

    @Test func aSpendCorrectionWithoutReceivedChangesOnlyTheSpend() throws {
        let folder = try SampleDataCopy()
        let file = try ScratchFile("spend.csv", "area_id,year,quarter,spend\nsolihull,2016/17,Q1,140000\n")
        let before = try FolderBytes.read(folder.path, "returns.csv")
        let result = try csdash("import", folder.path, file.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.filter { !$0.isEmpty } == [
            "returns.csv: solihull 2016/17 Q1  spend: 133454 -> 140000",
            "1 field change written",
        ], "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        // Only that field of that row: received, planned and the note stay as they were.
        #expect(try FolderBytes.read(folder.path, "returns.csv")
                == before.replacingOccurrences(of: "solihull,2016/17,Q1,2016-07-25,214454,133454,", with: "solihull,2016/17,Q1,2016-07-25,214454,140000,"))
    }

    @Test func columnsReturnsCsvDoesNotHaveAreNamedOnStderrAndLeftOut() throws {
        let folder = try SampleDataCopy()
        let file = try ScratchFile("extra.csv", "area_id,year,quarter,spend,officer\nsolihull,2016/17,Q1,140000,J. Smith\n")
        let result = try csdash("import", folder.path, file.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == [
            "\(file.path):1:28: warning: ignored column \"officer\": returns.csv has no such column (import sets received, planned, spend, notes)",
        ], "\(result)")
        let text = try FolderBytes.read(folder.path, "returns.csv")
        #expect(text.hasPrefix("area_id,year,quarter,received,planned,spend,notes,review,reviewed,query\n"), "no officer column added")
        #expect(!text.contains("J. Smith"))
    }

    @Test func aFileThatChangesNothingSaysSoAndWritesNothing() throws {
        let folder = try SampleDataCopy()
        // Solihull's Q1 spend as it stands, written as a person would: the same amount, no change.
        let file = try ScratchFile("same.csv", "area_id,year,quarter,spend\nsolihull,2016/17,Q1,\"£133,454\"\n")
        let before = try FolderBytes.snapshot(folder.path)
        let result = try csdash("import", folder.path, file.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.filter { !$0.isEmpty } == ["\(file.path): no change"], "\(result)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/audit.csv"), "no audit line for no change")
    }

    @Test func aReceivedDateAfterTodayIsRefusedAtItsPlace() throws {
        let folder = try SampleDataCopy()
        let file = try ScratchFile("future.csv", "area_id,year,quarter,received,planned,spend\nsolihull,2016/17,Q2,2052-12-05,214454,160000\n")
        let before = try FolderBytes.snapshot(folder.path)
        let result = try csdash("import", folder.path, file.path, "--as-of", "2060-01-01")
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.contains("\(file.path):2:21: error: received 2052-12-05 is after today ("), "\(result)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }
}
