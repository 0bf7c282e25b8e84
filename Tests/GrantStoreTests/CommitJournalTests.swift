import Foundation
import GrantModel
@testable import GrantStore
import Testing

/// The audit is part of the commit: a change and its audit lines are both there or neither, at
/// every moment a writer can be killed (each test leaves the folder as a kill at one moment would).
struct CommitJournalTests {
    typealias W = WriterFixture

    static let edit = W.edit("bham", .q1, ["spend": "150", "planned": "450"])

    static func journal(_ folder: DataFolderFixture) -> String { folder.path + "/" + CommitJournal.fileName }

    /// The folder as a writer killed after its rename and before its audit append leaves it:
    /// returns.csv new, audit.csv as before (plus `torn`, a cut-short append), the journal synced.
    static func killedAfterRename(torn: String = "") throws -> (DataFolderFixture, auditBefore: [[String]]) {
        let folder = try DataFolderFixture()
        _ = try ReturnsWriter.apply([W.edit("solihull", .q1, ["spend": "60"])], to: folder.path, command: "first")
        let auditBefore = try FolderBytes.auditRows(folder.path)
        let sizeBefore = try W.bytes(folder, AuditLog.fileName).count
        let outcome = try ReturnsWriter.apply([edit], to: folder.path, command: "killed")
        let auditAfter = try W.bytes(folder, AuditLog.fileName)
        let lines = Array(auditAfter[sizeBefore...])
        try CommitJournal.write(lines, lineCount: outcome.changes.count, auditSizeBefore: sizeBefore, in: folder.path)
        try folder.write(AuditLog.fileName, bytes: Array(auditAfter[..<sizeBefore]) + Array(torn.utf8))
        return (folder, auditBefore)
    }

    @Test func anUnwritableAuditLogRefusesTheChangeAndChangesNothing() throws {
        let folder = try DataFolderFixture()
        let before = try FolderBytes.snapshot(folder.path)
        try FileManager.default.createDirectory(atPath: folder.path + "/audit.csv", withIntermediateDirectories: false)
        let error = W.writeError { () throws(WriteError) in try ReturnsWriter.apply([Self.edit], to: folder.path, command: "test") }
        // The folder in audit.csv's place is the test's; nothing else may have appeared or changed.
        try FileManager.default.removeItem(atPath: folder.path + "/audit.csv")
        guard case .refused(let path, let reason) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(path.hasSuffix("audit.csv"))
        #expect(reason.contains("is a folder") && reason.contains("nothing was written"), "\(reason)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test func aChangeKilledAfterItsRenameGetsItsAuditLinesAtTheNextWrite() throws {
        let (folder, auditBefore) = try Self.killedAfterRename()
        let pending = try folder.load().warnings.filter { $0.path.hasSuffix(CommitJournal.fileName) }
        #expect(pending.count == 1 && pending[0].message.contains("returns.csv holds it"), "\(pending)")
        #expect(try FolderBytes.auditRows(folder.path) == auditBefore, "a read-only open writes nothing")

        let outcome = try ReturnsWriter.apply([W.edit("solihull", .q1, ["spend": "70"])], to: folder.path, command: "next")
        #expect(outcome.warnings.contains { $0.message.contains("had reached returns.csv") }, "\(outcome.warnings)")
        let audit = try FolderBytes.auditRows(folder.path)
        #expect(audit.map { $0[2] } == ["command", "first", "killed", "killed", "next"], "\(audit)")
        #expect(audit.filter { $0[2] == "killed" }.map { [$0[5], $0[6], $0[7]] } == [["planned", "400", "450"], ["spend", "100", "150"]])
        #expect(!FileManager.default.fileExists(atPath: Self.journal(folder)))
    }

    @Test func anAuditAppendCutShortIsTakenBackAndWrittenWhole() throws {
        let (folder, _) = try Self.killedAfterRename(torn: "2016-12-06T10:00:00Z,root,killed,returns.csv,bham 2016/17 Q1,pla")
        _ = try CommitJournal.settle(in: folder.path)
        let audit = try FolderBytes.auditRows(folder.path)
        #expect(audit.map { $0[2] } == ["command", "first", "killed", "killed"], "\(audit)")
    }

    @Test func aChangeKilledBeforeItsRenameIsVoidAndLeavesNoAuditLine() throws {
        let folder = try DataFolderFixture()
        let returns = try folder.read("returns.csv")
        // The journal of a change whose rename never came: returns.csv still holds the old values.
        let lines = AuditLog.lines([FieldChange(file: "returns.csv", key: "bham 2016/17 Q1", field: "spend", old: "100", new: "150")],
                                   command: "killed", withHeader: true)
        try CommitJournal.write(lines, lineCount: 1, auditSizeBefore: 0, in: folder.path)
        let pending = try folder.load().warnings.filter { $0.path.hasSuffix(CommitJournal.fileName) }
        #expect(pending.count == 1 && pending[0].message.contains("does not hold it"), "\(pending)")

        let warnings = try CommitJournal.settle(in: folder.path)
        #expect(warnings.count == 1 && warnings[0].message.contains("never happened"), "\(warnings)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/audit.csv"))
        #expect(!FileManager.default.fileExists(atPath: Self.journal(folder)))
        #expect(try folder.read("returns.csv") == returns)
    }

    @Test func aJournalCutShortIsVoid() throws {
        let folder = try DataFolderFixture()
        let lines = AuditLog.lines([FieldChange(file: "returns.csv", key: "bham 2016/17 Q1", field: "spend", old: "100", new: "100")],
                                   command: "killed", withHeader: true)
        try CommitJournal.write(Array(lines.dropLast(5)), lineCount: 1, auditSizeBefore: 0, in: folder.path)
        let warnings = try CommitJournal.settle(in: folder.path)
        #expect(warnings.first?.message.contains("never happened") == true, "\(warnings)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/audit.csv"))
    }

    @Test func noStrayTemporaryFileSurvivesTheNextSuccessfulWrite() throws {
        let folder = try DataFolderFixture()
        try folder.write(".returns.csv.csdash-99999-1.tmp", "area_id,year\n\"unterminated")
        try folder.write(".areas.csv.csdash-99999-2.tmp", "")
        try folder.write(".notes.txt.csdash-1-2.tmp", "not a data file's: left alone")
        _ = try ReturnsWriter.apply([Self.edit], to: folder.path, command: "test")
        #expect(try W.temporaryFiles(folder.path) == [".notes.txt.csdash-1-2.tmp"])
    }
}
