import Foundation
import GrantModel

/// The one path by which returns are written, for `record`, `import` and the dashboard alike:
/// take the lock, re-read the folder under it (so someone else's change since loading is never
/// overwritten), apply the edits to returns.csv keeping unknown columns and row order, validate
/// the whole folder as it will be, and commit: the file replaced atomically and every changed
/// field in the audit log, both or neither (`Commit`). An interrupted earlier change is settled
/// first (`CommitJournal`). An edit made against values someone saw (`ReturnEdit.expected`) is
/// refused, whole, when any of them has changed since: the dashboard then asks its user instead
/// of overwriting.
public enum ReturnsWriter {
    /// What a change did (or, for a dry run, would do).
    public struct Outcome: Sendable {
        public var changes: [FieldChange]
        /// Edits that reverse this change, for undo.
        public var undo: [ReturnEdit]
        /// Warnings the change brings (those the folder already had are left out).
        public var warnings: [Diagnostic]
        /// The folder as it is after the change (as it would be, for a dry run).
        public var folder: LoadedFolder
    }

    public static func apply(_ edits: [ReturnEdit], to folder: String, command: String, dryRun: Bool = false,
                             lockTimeout: Double = FolderLock.defaultTimeout) throws(WriteError) -> Outcome {
        let lock = try FolderLock.acquire(in: folder, timeout: lockTimeout)
        defer { lock.release() }
        let settled = dryRun ? [] : try CommitJournal.settleHoldingLock(in: folder)
        let before: LoadedFolder
        do { before = try DataFolder.load(folder) } catch { throw .noFolder(error) }
        if !before.errors.isEmpty { throw .invalid(before.errors) }
        let path = DataFolder.filePath(folder, FileSchema.returns.fileName)
        let original: [UInt8]
        switch FileBytes.read(path) {
        case .success(let bytes): original = bytes
        case .failure(let problem): throw .invalid([Diagnostic(path: path, message: "cannot be read: \(problem.reason)")])
        }
        guard let table = before.tables[FileSchema.returns.fileName] else { throw .invalid(before.errors) }

        var editor = ReturnsTableEditor(table: table)
        let conflicts = editor.conflicts(with: edits, grants: before.grants)
        if !conflicts.isEmpty { throw .conflict(AuditHistory.attributing(conflicts, in: folder)) }
        editor.reserveCapacity(for: edits)
        for edit in edits { editor.apply(edit) }
        guard !editor.changes.isEmpty else { return Outcome(changes: [], undo: [], warnings: settled, folder: before) }

        let bytes = editor.serialized(like: original)
        let after: LoadedFolder
        do { after = try DataFolder.load(folder, replacing: [FileSchema.returns.fileName: bytes]) } catch { throw .noFolder(error) }
        if !after.errors.isEmpty { throw .invalid(after.errors) }
        if !dryRun {
            let target = try AtomicFile.target(of: path)
            try Commit.perform(bytes, over: original, at: target, changes: editor.changes, command: command, in: folder)
        }
        let known = Set(before.warnings.map(\.message))
        return Outcome(changes: editor.changes, undo: editor.undo,
                       warnings: settled + after.warnings.filter { !known.contains($0.message) }, folder: after)
    }
}
