import Foundation
import GrantModel
import GrantStore
import Testing

/// The one write path: rows updated in place or appended, everything else kept byte for byte.
struct ReturnsWriterTests {
    typealias W = WriterFixture

    @Test func updatesAnExistingRowInPlaceKeepingUnknownColumnsAndOtherRowsByteForByte() throws {
        let folder = try DataFolderFixture([.replace("returns.csv", W.returnsWithOfficer)])
        let outcome = try ReturnsWriter.apply(
            [W.edit("bham", .q2, ["received": "2016-10-20", "planned": "600", "spend": "300"])],
            to: folder.path, command: "test")

        let expected = """
            area_id,year,quarter,received,planned,spend,officer,notes
            bham,2016/17,Q1,20/07/2016,400,100,Ann Smith,"late, chased twice; said ""soon""
            second line of the note"
            solihull,2016/17,Q1,2016-07-21,200,50,Bob Jones,
            bham,2016/17,Q2,2016-10-20,600,300,Cat Lee,awaiting

            """
        #expect(try folder.read("returns.csv") == expected)
        #expect(outcome.changes.map(\.field) == ["planned", "received", "spend"])
        #expect(outcome.changes.allSatisfy { $0.key == "bham 2016/17 Q2" && $0.old == "" && $0.file == "returns.csv" })
        #expect(outcome.folder.grants?.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q2)?.spend == Money(pounds: 300))
        #expect(try folder.load().errors.isEmpty)
    }

    @Test func appendsANewRowAtTheEndWithUnknownColumnsEmpty() throws {
        let folder = try DataFolderFixture([.replace("returns.csv", W.returnsWithOfficer)])
        _ = try ReturnsWriter.apply(
            [W.edit("solihull", .q2, ["received": "2016-10-25", "planned": "250", "spend": "120", "notes": "via email"])],
            to: folder.path, command: "test")
        #expect(try folder.read("returns.csv") == W.returnsWithOfficer + "solihull,2016/17,Q2,2016-10-25,250,120,,via email\n")
    }

    @Test func recordingIntoTheSampleDataChangesOnlyThatLine() throws {
        let folder = try DataFolderFixture.sampleDataCopy()
        let before = try folder.read("returns.csv").components(separatedBy: "\n")
        let edit = ReturnEdit.recording(areaID: "solihull", year: fy("2016/17"), quarter: .q2, received: d("2016-12-05"),
                                        planned: Money(pounds: 214_454), spend: Money(pounds: 160_000), note: nil)
        let outcome = try ReturnsWriter.apply([edit], to: folder.path, command: "test")
        let after = try folder.read("returns.csv").components(separatedBy: "\n")

        #expect(after.count == before.count)
        let changed = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(changed.count == 1)
        let line = try #require(changed.first)
        #expect(before[line].hasPrefix("solihull,2016/17,Q2,,,,"))
        #expect(after[line].hasPrefix("solihull,2016/17,Q2,2016-12-05,214454,160000,"))
        #expect(outcome.changes.count == 3)
    }

    @Test(arguments: [(bom: false, crlf: true), (bom: true, crlf: false), (bom: true, crlf: true)])
    func keepsByteOrderMarkAndLineEnds(bom: Bool, crlf: Bool) throws {
        let folder = try DataFolderFixture()
        let lf = W.returnsWithOfficer
        // A line break inside a quoted value stays as it was (Excel writes LF inside a cell, CRLF between rows).
        var text = lf
        if crlf {
            text = lf.replacingOccurrences(of: "\n", with: "\r\n")
                .replacingOccurrences(of: "\"\"soon\"\"\r\nsecond", with: "\"\"soon\"\"\nsecond")
        }
        let original = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        try folder.write("returns.csv", bytes: original)
        let noteBefore = try folder.load().grants?.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q1)?.notes

        _ = try ReturnsWriter.apply([W.edit("solihull", .q1, ["spend": "60"]), W.edit("solihull", .q3, ["received": "2017-01-10"])],
                                    to: folder.path, command: "test")
        let after = try W.bytes(folder, "returns.csv")
        let end = crlf ? "\r\n" : "\n"
        let expectedText = text.replacingOccurrences(of: "2016-07-21,200,50,", with: "2016-07-21,200,60,")
            + "solihull,2016/17,Q3,2017-01-10,,,,\(end)"
        #expect(String(decoding: after, as: UTF8.self) == String(decoding: (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(expectedText.utf8), as: UTF8.self))
        #expect(after.starts(with: [0xEF, 0xBB, 0xBF]) == bom)
        let loaded = try folder.load()
        #expect(loaded.errors.isEmpty, "\(listing(loaded))")
        #expect(loaded.grants?.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q1)?.notes == noteBefore)
    }

    struct InvalidEdit: Sendable, CustomTestStringConvertible {
        var name: String
        var edits: [ReturnEdit]
        var phrase: String
        var testDescription: String { name }
    }

    static let invalidEdits = [
        InvalidEdit(name: "received before the quarter began", edits: [W.edit("bham", .q2, ["received": "2016-06-30", "planned": "1", "spend": "1"])],
                    phrase: "before Q2 2016/17 began"),
        InvalidEdit(name: "figures without a received date", edits: [W.edit("bham", .q2, ["planned": "500", "spend": "200"])],
                    phrase: "received is empty"),
        InvalidEdit(name: "clearing received of a return with figures", edits: [W.edit("solihull", .q1, ["received": ""])],
                    phrase: "received is empty"),
        InvalidEdit(name: "a euro amount", edits: [W.edit("bham", .q2, ["received": "2016-10-20", "spend": "€300"])],
                    phrase: "€"),
        InvalidEdit(name: "negative spend", edits: [W.edit("bham", .q3, ["received": "2017-01-20", "spend": "-5"])],
                    phrase: "negative"),
        InvalidEdit(name: "a good edit and a bad one together", edits: [
            W.edit("solihull", .q2, ["received": "2016-10-20", "planned": "250", "spend": "100"]),
            W.edit("bham", .q3, ["received": "2016-09-30"]),
        ], phrase: "before Q3 2016/17 began"),
    ]

    @Test(arguments: invalidEdits)
    func anEditThatWouldMakeTheFolderInvalidWritesNothingAtAll(_ invalid: InvalidEdit) throws {
        let folder = try DataFolderFixture([.replace("returns.csv", W.returnsWithOfficer)])
        let before = try FolderBytes.snapshot(folder.path)
        let error = W.writeError { () throws(WriteError) in
            try ReturnsWriter.apply(invalid.edits, to: folder.path, command: "test")
        }
        guard case .invalid(let problems) = error else {
            Issue.record("expected .invalid, got \(String(describing: error))")
            return
        }
        #expect(problems.contains { $0.severity == .error && $0.message.contains(invalid.phrase) && $0.path.hasSuffix("returns.csv") && $0.line > 1 },
                "\(problems.map(\.description))")
        try FolderBytes.expectUnchanged(folder.path, since: before)
        #expect(try W.temporaryFiles(folder.path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/audit.csv"))
    }

    @Test func aFolderThatIsAlreadyInvalidIsNotWritten() throws {
        let folder = try DataFolderFixture([.replaceLine("allocations.csv", 3, "solihull,2016/17,lots,0,Police grant,,")])
        let before = try FolderBytes.snapshot(folder.path)
        let error = W.writeError { () throws(WriteError) in
            try ReturnsWriter.apply([W.edit("bham", .q2, ["received": "2016-10-20"])], to: folder.path, command: "test")
        }
        guard case .invalid(let problems) = error else {
            Issue.record("expected .invalid, got \(String(describing: error))")
            return
        }
        #expect(problems.contains { $0.path.hasSuffix("allocations.csv") && $0.line == 3 })
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test func auditLogGetsItsHeaderOnceAndOneLinePerChangedField() throws {
        let folder = try DataFolderFixture()
        let start = Date()
        _ = try ReturnsWriter.apply([W.edit("bham", .q1, ["planned": "450", "spend": "100"])], to: folder.path, command: "record")
        _ = try ReturnsWriter.apply([W.edit("solihull", .q2, ["received": "2016-10-30", "spend": "75"])], to: folder.path,
                                    command: "import q2.csv")
        let rows = try FolderBytes.auditRows(folder.path)
        try #require(rows.count == 4, "\(rows)")
        #expect(rows[0] == ["time", "user", "command", "file", "key", "field", "old", "new"])
        #expect(rows.dropFirst().allSatisfy { $0.count == 8 })
        // spend 100 -> 100 is not a change: no line for it.
        #expect(rows[1].suffix(6) == ["record", "returns.csv", "bham 2016/17 Q1", "planned", "400", "450"])
        #expect(rows[2].suffix(6) == ["import q2.csv", "returns.csv", "solihull 2016/17 Q2", "received", "", "2016-10-30"])
        #expect(rows[3].suffix(6) == ["import q2.csv", "returns.csv", "solihull 2016/17 Q2", "spend", "", "75"])
        #expect(rows.dropFirst().allSatisfy { $0[1] == AuditLog.currentUser() && !$0[1].isEmpty })
        let formatter = ISO8601DateFormatter()
        for row in rows.dropFirst() {
            #expect(row[0].hasSuffix("Z"))
            let time = try #require(formatter.date(from: row[0]), "\(row[0]) is not an ISO 8601 time")
            #expect(time >= start.addingTimeInterval(-1) && time <= Date().addingTimeInterval(1))
        }
        #expect(try folder.read("audit.csv").components(separatedBy: "time,user,command").count == 2, "one header")
    }

    @Test func aNoOpEditWritesNothingAndLogsNothing() throws {
        let folder = try DataFolderFixture([.replace("returns.csv", W.returnsWithOfficer)])
        let before = try FolderBytes.snapshot(folder.path)
        var status = stat()
        stat(folder.path + "/returns.csv", &status)
        let inode = status.st_ino

        // The same text as is there; an empty row that does not exist (a missing row already means not received).
        let outcome = try ReturnsWriter.apply([
            W.edit("solihull", .q1, ["received": "2016-07-21", "planned": "200", "spend": "50"]),
            W.edit("solihull", .q4, ["received": "", "planned": "", "spend": ""]),
        ], to: folder.path, command: "test")

        #expect(outcome.changes.isEmpty)
        #expect(outcome.undo.isEmpty)
        try FolderBytes.expectUnchanged(folder.path, since: before)
        stat(folder.path + "/returns.csv", &status)
        #expect(status.st_ino == inode, "returns.csv was replaced")
    }

    @Test func aDryRunWritesNothingButSaysWhatWouldChange() throws {
        let folder = try DataFolderFixture([.replace("returns.csv", W.returnsWithOfficer)])
        let before = try FolderBytes.snapshot(folder.path)
        let outcome = try ReturnsWriter.apply([W.edit("bham", .q2, ["received": "2016-10-20", "planned": "600", "spend": "300"])],
                                              to: folder.path, command: "test", dryRun: true)
        #expect(outcome.changes.count == 3)
        #expect(outcome.folder.grants?.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q2)?.received == d("2016-10-20"))
        try FolderBytes.expectUnchanged(folder.path, since: before)
        #expect(try W.temporaryFiles(folder.path).isEmpty)
    }

    @Test func aDryRunOfABadEditStillFails() throws {
        let folder = try DataFolderFixture()
        let error = W.writeError { () throws(WriteError) in
            try ReturnsWriter.apply([W.edit("bham", .q2, ["spend": "5"])], to: folder.path, command: "test", dryRun: true)
        }
        guard case .invalid = error else {
            Issue.record("expected .invalid, got \(String(describing: error))")
            return
        }
    }

    @Test func theReplacedFileKeepsItsPermissionsAndNoTemporaryFileIsLeft() throws {
        let folder = try DataFolderFixture()
        let path = folder.path + "/returns.csv"
        #expect(chmod(path, 0o640) == 0)
        var before = stat()
        stat(path, &before)
        _ = try ReturnsWriter.apply([W.edit("bham", .q2, ["received": "2016-10-20"])], to: folder.path, command: "test")
        var after = stat()
        stat(path, &after)
        #expect(after.st_ino != before.st_ino, "replaced by rename, not written in place")
        #expect(after.st_mode & 0o777 == 0o640)
        #expect(try W.temporaryFiles(folder.path).isEmpty)
    }

    @Test func newWarningsAreReportedButNotOnesTheFolderAlreadyHad() throws {
        let folder = try DataFolderFixture()
        // bham's total is 1,100: planned 5,000 is possible but suspicious.
        let outcome = try ReturnsWriter.apply([W.edit("bham", .q2, ["received": "2016-10-20", "planned": "5000", "spend": "300"])],
                                              to: folder.path, command: "test")
        #expect(outcome.warnings.count == 1, "\(outcome.warnings)")
        #expect(outcome.warnings.allSatisfy { $0.severity == .warning })
        let again = try ReturnsWriter.apply([W.edit("bham", .q2, ["spend": "310"])], to: folder.path, command: "test")
        #expect(again.warnings.isEmpty, "\(again.warnings)")
    }
}

/// Undo: the edits an outcome returns put returns.csv back exactly as it was.
struct ReturnsWriterUndoTests {
    typealias W = WriterFixture

    @Test func undoingAnUpdateRestoresTheOriginalBytes() throws {
        let folder = try DataFolderFixture([.replace("returns.csv", W.returnsWithOfficer)])
        let original = try W.bytes(folder, "returns.csv")
        // The UK-style date is replaced, then given back as it was written.
        let outcome = try ReturnsWriter.apply([W.edit("bham", .q1, ["received": "2016-07-22", "spend": "150", "notes": "fixed"])],
                                              to: folder.path, command: "test")
        #expect(try W.bytes(folder, "returns.csv") != original)
        #expect(outcome.undo.count == 1)

        let undone = try ReturnsWriter.apply(outcome.undo, to: folder.path, command: "undo")
        #expect(try W.bytes(folder, "returns.csv") == original)
        #expect(Set(undone.changes.map(\.field)) == ["received", "spend", "notes"])
        #expect(undone.changes.first { $0.field == "received" }?.new == "20/07/2016")
        // The undo is itself audited.
        let rows = try FolderBytes.auditRows(folder.path)
        #expect(rows.filter { $0[2] == "undo" }.count == 3)
        #expect(rows.filter { $0[2] == "test" }.count == 3)
    }

    @Test func undoingAnInsertRemovesTheRow() throws {
        let folder = try DataFolderFixture([.replace("returns.csv", W.returnsWithOfficer)])
        let original = try W.bytes(folder, "returns.csv")
        let outcome = try ReturnsWriter.apply([W.edit("solihull", .q2, ["received": "2016-10-25", "planned": "250", "spend": "120"])],
                                              to: folder.path, command: "test")
        #expect(outcome.undo.count == 1)
        #expect(outcome.undo.first?.removesRow == true)

        let undone = try ReturnsWriter.apply(outcome.undo, to: folder.path, command: "undo")
        #expect(try W.bytes(folder, "returns.csv") == original)
        #expect(Set(undone.changes.map(\.field)) == ["received", "planned", "spend"])
        #expect(undone.changes.allSatisfy { $0.new.isEmpty })
        // Undoing the undo puts the row back.
        _ = try ReturnsWriter.apply(undone.undo, to: folder.path, command: "redo")
        #expect(try folder.load().grants?.monitoringReturn(for: "solihull", in: fy("2016/17"), quarter: .q2)?.spend == Money(pounds: 120))
    }

    @Test func undoingAMixedImportRestoresTheOriginalBytes() throws {
        let folder = try DataFolderFixture.sampleDataCopy()
        let original = try W.bytes(folder, "returns.csv")
        let edits = [
            W.edit("solihull", .q2, ["received": "2016-12-05", "planned": "214454", "spend": "160000"]),
            W.edit("solihull", .q3, ["received": "2017-01-20", "planned": "214454", "spend": "180000"]),
            W.edit("coventry", .q2, ["spend": "250000", "notes": "corrected"]),
            W.edit("dudley", .q3, ["received": "2017-01-25", "spend": "200000"]),
        ]
        let outcome = try ReturnsWriter.apply(edits, to: folder.path, command: "import")
        #expect(outcome.undo.count == 4)
        _ = try ReturnsWriter.apply(outcome.undo, to: folder.path, command: "undo")
        #expect(try W.bytes(folder, "returns.csv") == original)
    }
}
