import Foundation
import GrantStore
import Testing

/// `csdash record`: the contract's exit codes, nothing written on any failure, one audited change on success.
struct RecordCommandTests {
    static let solihullQ2 = ["--area", "solihull", "--year", "2016/17", "--quarter", "Q2"]

    @Test func recordingPrintsTheChangedFieldsAndAuditsThem() throws {
        let folder = try SampleDataCopy()
        let result = try csdash(["record", folder.path] + Self.solihullQ2
                                + ["--received", "2016-12-05", "--planned", "£214,454", "--spend", "160000", "--note", "Q2 return, late"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.filter { !$0.isEmpty } == [
            "returns.csv: solihull 2016/17 Q2  notes: Not received by the 6 December 2016 board (the board report of 6 December 2016, para 8 and Tables 1 and 2 comments: Q1 figures used for Q2) -> Q2 return, late",
            "returns.csv: solihull 2016/17 Q2  planned: (empty) -> 214454",
            "returns.csv: solihull 2016/17 Q2  received: (empty) -> 2016-12-05",
            "returns.csv: solihull 2016/17 Q2  spend: (empty) -> 160000",
        ], "\(result)")
        #expect(try FolderBytes.read(folder.path, "returns.csv").contains("\nsolihull,2016/17,Q2,2016-12-05,214454,160000,\"Q2 return, late\",,,\n"))

        let audit = try FolderBytes.auditRows(folder.path)
        #expect(audit.first == ["time", "user", "command", "file", "key", "field", "old", "new"])
        #expect(audit.dropFirst().map { $0[2] } == ["record", "record", "record", "record"])
        #expect(audit.dropFirst().map { $0[5] } == ["notes", "planned", "received", "spend"])
        #expect(audit.dropFirst().allSatisfy { $0[3] == "returns.csv" && $0[4] == "solihull 2016/17 Q2" })
        #expect(audit.last?.suffix(2) == ["", "160000"])

        // The board now sees the return.
        let returns = try csdash("returns", folder.path, "--as-of", "2016-12-06", "--status", "overdue", "--format", "csv")
        #expect(returns.status == 0)
        #expect(!returns.stdout.contains("solihull"), "\(returns)")
        let check = try csdash("check", folder.path)
        #expect(check.status == 0, "\(check)")
    }

    @Test func recordingTheSameAgainChangesNothing() throws {
        let folder = try SampleDataCopy()
        let arguments = ["record", folder.path] + Self.solihullQ2 + ["--received", "2016-12-05", "--planned", "214454", "--spend", "160000"]
        #expect(try csdash(arguments).status == 0)
        let before = try FolderBytes.snapshot(folder.path)
        let again = try csdash(arguments)
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout.contains("solihull 2016/17 Q2: no change"), "\(again)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var status: Int32
        var phrases: [String]
        var testDescription: String { name }
    }

    static let refusals = [
        Refusal(name: "unknown area", arguments: ["--area", "atlantis", "--year", "2016/17", "--quarter", "Q2", "--received", "2016-12-05",
                                                  "--planned", "1", "--spend", "1"],
                status: 64, phrases: ["--area 'atlantis'", "not an area_id", "add it to areas.csv or correct the reference"]),
        Refusal(name: "a mistyped area", arguments: ["--area", "sollihull", "--year", "2016/17", "--quarter", "Q2", "--received", "2016-12-05",
                                                     "--planned", "1", "--spend", "1"],
                status: 64, phrases: ["--area 'sollihull' is not an area_id in areas.csv; did you mean \"solihull\"?"]),
        Refusal(name: "quarter Q7", arguments: ["--area", "solihull", "--year", "2016/17", "--quarter", "Q7", "--received", "2016-12-05",
                                                "--planned", "1", "--spend", "1"],
                status: 64, phrases: ["'Q7' is not a quarter"]),
        Refusal(name: "a euro amount", arguments: solihullQ2 + ["--received", "2016-12-05", "--planned", "214454", "--spend", "€160,000"],
                status: 64, phrases: ["--spend '€160,000'", "GBP"]),
        Refusal(name: "a negative amount", arguments: solihullQ2 + ["--received", "2016-12-05", "--planned=-5", "--spend", "1"],
                status: 64, phrases: ["--planned '-5'", "negative"]),
        Refusal(name: "a date that does not exist", arguments: solihullQ2 + ["--received", "2016-02-30", "--planned", "1", "--spend", "1"],
                status: 64, phrases: ["2016-02-30"]),
        Refusal(name: "received before the quarter began", arguments: solihullQ2 + ["--received", "2016-06-30", "--planned", "1", "--spend", "1"],
                status: 65, phrases: ["returns.csv:", ": error: ", "before Q2 2016/17 began", "nothing was written"]),
        // Typed for 2025: a return cannot arrive after today (the real date, whatever --as-of says).
        Refusal(name: "received after today", arguments: solihullQ2 + ["--received", "2052-12-05", "--planned", "1", "--spend", "1",
                                                                        "--as-of", "2060-01-01"],
                status: 64, phrases: ["--received 2052-12-05 is after today", "cannot have arrived yet"]),
    ]

    @Test(arguments: refusals)
    func aRefusedRecordExitsWithTheContractsCodeAndWritesNothing(_ refusal: Refusal) throws {
        let folder = try SampleDataCopy()
        let before = try FolderBytes.snapshot(folder.path)
        let result = try csdash(["record", folder.path] + refusal.arguments)
        #expect(result.status == refusal.status, "\(result)")
        for phrase in refusal.phrases { #expect(result.stderr.contains(phrase), "\(phrase) in \(result)") }
        #expect(result.stdout.isEmpty, "\(result)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test func invalidDataIsReportedAtAFileLineAndColumn() throws {
        let folder = try SampleDataCopy()
        let result = try csdash(["record", folder.path] + Self.solihullQ2 + ["--received", "2016-06-30", "--planned", "1", "--spend", "1"])
        #expect(result.status == 65)
        #expect(result.stderr.contains(/returns\.csv:\d+:\d+: error: received 2016-06-30 is before Q2 2016\/17 began/), "\(result)")
    }

    @Test func noDataFolderExits66() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-missing-\(UUID().uuidString)").path
        let result = try csdash(["record", missing] + Self.solihullQ2 + ["--received", "2016-12-05", "--planned", "1", "--spend", "1"])
        #expect(result.status == 66, "\(result)")
        #expect(result.stderr.contains(missing), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: missing), "a missing folder is not created")
    }

    @Test func aFolderLockedByAnotherWriterExits75AfterAboutTwoSeconds() throws {
        let folder = try SampleDataCopy()
        let lock = try FolderLock.acquire(in: folder.path)
        defer { lock.release() }
        let before = try FolderBytes.snapshot(folder.path)

        let clock = ContinuousClock()
        let start = clock.now
        let result = try csdash(["record", folder.path] + Self.solihullQ2 + ["--received", "2016-12-05", "--planned", "1", "--spend", "1"])
        let waited = clock.now - start

        #expect(result.status == 75, "\(result)")
        #expect(result.stderr.contains("another csdash"), "\(result)")
        #expect(waited >= .milliseconds(1900), "gave up after \(waited)")
        #expect(waited < .seconds(4), "waited \(waited)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test func aRecordThatWaitsForAShortLockSucceeds() throws {
        let folder = try SampleDataCopy()
        let lock = try FolderLock.acquire(in: folder.path)
        let writer = try BackgroundCSDash(["record", folder.path] + Self.solihullQ2
                                          + ["--received", "2016-12-05", "--planned", "214454", "--spend", "160000"])
        usleep(600_000)
        lock.release()
        let result = try writer.finish()
        #expect(result.status == 0, "\(result)")
        #expect(try FolderBytes.read(folder.path, "returns.csv").contains("solihull,2016/17,Q2,2016-12-05,214454,160000,"))
    }
}
