import Foundation
import GrantModel
import GrantStore
import Testing

/// Edits made against values someone saw (the dashboard's form, an undo): refused, whole, when a
/// field has changed since; compared by meaning, not text; attributed from the audit log.
struct CheckedEditTests {
    typealias W = WriterFixture

    /// solihull's Q1 spend corrected from 50 to 55 by `record`, blind, as the command does.
    static func folderWithACorrection() throws -> DataFolderFixture {
        let folder = try DataFolderFixture([.replace("returns.csv", W.returnsWithOfficer)])
        _ = try ReturnsWriter.apply([W.edit("solihull", .q1, ["spend": "55"])], to: folder.path, command: "record")
        return folder
    }

    @Test func anEditWhoseFieldChangedSinceIsRefusedWholeAndSaysWhoChangedIt() throws {
        let folder = try Self.folderWithACorrection()
        let returns = try W.bytes(folder, "returns.csv"), audit = try W.bytes(folder, "audit.csv")
        // Made against the 50 that was there before the correction, with a note besides.
        let edit = ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q1, fields: ["spend": "60", "notes": "checked"],
                              expected: ["spend": "50", "notes": ""])
        let error = W.writeError { () throws(WriteError) in try ReturnsWriter.apply([edit], to: folder.path, command: "dashboard") }
        guard case .conflict(let conflicts) = error else {
            Issue.record("expected a conflict, got \(String(describing: error))")
            return
        }
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        #expect(conflict.key == "solihull 2016/17 Q1" && conflict.field == "spend")
        #expect(conflict.expected == "50" && conflict.current == "55" && conflict.wanted == "60")
        #expect(conflict.lastChange?.command == "record")
        #expect(conflict.lastChange?.user == AuditLog.currentUser())
        #expect(conflict.changedBy.hasPrefix("\(AuditLog.currentUser()) (record, "))
        // Nothing written: not the note either.
        #expect(try W.bytes(folder, "returns.csv") == returns)
        #expect(try W.bytes(folder, "audit.csv") == audit)
    }

    @Test func aFieldTheEditLeavesAloneMayHaveChanged() throws {
        let folder = try Self.folderWithACorrection()
        let edit = ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q1, fields: ["notes": "checked"], expected: ["notes": ""])
        let outcome = try ReturnsWriter.apply([edit], to: folder.path, command: "dashboard")
        #expect(outcome.changes.map(\.field) == ["notes"])
        #expect(try folder.read("returns.csv").contains("\nsolihull,2016/17,Q1,2016-07-21,200,55,Bob Jones,checked\n"))
    }

    @Test func valuesAreComparedByMeaningNotByText() throws {
        let folder = try DataFolderFixture([.replace("returns.csv", W.returnsWithOfficer)])
        // bham's Q1 was written 20/07/2016 and 400; the form writes 2016-07-20 and, say, £400.00.
        let edit = ReturnEdit(areaID: "bham", year: fy("2016/17"), quarter: .q1, fields: ["spend": "120"],
                              expected: ["received": " 2016-07-20", "planned": "£400.00", "spend": "100"])
        let outcome = try ReturnsWriter.apply([edit], to: folder.path, command: "dashboard")
        #expect(outcome.changes.map(\.field) == ["spend"])
    }

    @Test func aChangeWithoutAnAuditLineIsStillAConflictByNoOneNamed() throws {
        let folder = try DataFolderFixture([.replace("returns.csv", W.returnsWithOfficer.replacingOccurrences(of: "2016-07-21,200,50", with: "2016-07-21,200,70"))])
        let edit = ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q1, fields: ["spend": "60"], expected: ["spend": "50"])
        let error = W.writeError { () throws(WriteError) in try ReturnsWriter.apply([edit], to: folder.path, command: "dashboard") }
        guard case .conflict(let conflicts) = error else {
            Issue.record("expected a conflict, got \(String(describing: error))")
            return
        }
        #expect(conflicts.first?.lastChange == nil)
        #expect(conflicts.first?.changedBy == "someone else, outside csdash")
    }

    @Test func anUndoIsRefusedWhenSomeoneChangedAFieldItWouldPutBack() throws {
        let folder = try DataFolderFixture([.replace("returns.csv", W.returnsWithOfficer)])
        let saved = try ReturnsWriter.apply([W.edit("solihull", .q1, ["spend": "111", "notes": "mine"])], to: folder.path, command: "dashboard")
        #expect(saved.undo.first?.expected == ["spend": "111", "notes": "mine"])
        _ = try ReturnsWriter.apply([W.edit("solihull", .q1, ["spend": "222", "notes": "from CLI"])], to: folder.path, command: "record")
        let returns = try W.bytes(folder, "returns.csv")
        let error = W.writeError { () throws(WriteError) in try ReturnsWriter.apply(saved.undo, to: folder.path, command: "undo") }
        guard case .conflict(let conflicts) = error else {
            Issue.record("expected a conflict, got \(String(describing: error))")
            return
        }
        #expect(conflicts.map(\.field) == ["notes", "spend"])
        #expect(conflicts.allSatisfy { $0.lastChange?.command == "record" })
        #expect(try W.bytes(folder, "returns.csv") == returns)
        #expect(try FolderBytes.auditRows(folder.path).allSatisfy { $0[2] != "undo" })
    }

    @Test func anUndoOfAnInsertIsRefusedWhenSomeoneFilledInAnotherColumnOfTheRow() throws {
        let folder = try DataFolderFixture([.replace("returns.csv", W.returnsWithOfficer)])
        let saved = try ReturnsWriter.apply([W.edit("solihull", .q2, ["received": "2016-10-25", "planned": "250", "spend": "120"])],
                                            to: folder.path, command: "dashboard")
        _ = try ReturnsWriter.apply([W.edit("solihull", .q2, ["officer": "Dan Oak"])], to: folder.path, command: "record")
        let error = W.writeError { () throws(WriteError) in try ReturnsWriter.apply(saved.undo, to: folder.path, command: "undo") }
        guard case .conflict(let conflicts) = error else {
            Issue.record("expected a conflict, got \(String(describing: error))")
            return
        }
        #expect(conflicts.map(\.field) == ["officer"])
        #expect(conflicts.first?.wanted == nil)
        #expect(try folder.load().grants?.monitoringReturn(for: "solihull", in: fy("2016/17"), quarter: .q2)?.spend == Money(pounds: 120))
    }
}
