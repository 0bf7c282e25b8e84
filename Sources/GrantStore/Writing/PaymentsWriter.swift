import Foundation
import GrantModel

/// payments.csv written as `ReturnsWriter` writes returns.csv, step for step: the lock, the folder
/// re-read under it, the edits applied keeping unknown columns and row order, the whole folder
/// validated as it will be, and the same commit (`Commit`: journal, atomic replace, audit lines,
/// both or neither), and the same refusal of a checked edit whose fields changed since it was
/// made. The file is made, with its header, by the first payment recorded.
public enum PaymentsWriter {
    static let header = FileSchema.payments.columns

    public static func apply(_ edits: [ReturnEdit], to folder: String, command: String, dryRun: Bool = false,
                             lockTimeout: Double = FolderLock.defaultTimeout) throws(WriteError) -> ReturnsWriter.Outcome {
        let lock = try FolderLock.acquire(in: folder, timeout: lockTimeout)
        defer { lock.release() }
        let settled = dryRun ? [] : try CommitJournal.settleHoldingLock(in: folder)
        let before: LoadedFolder
        do { before = try DataFolder.load(folder) } catch { throw .noFolder(error) }
        if !before.errors.isEmpty { throw .invalid(before.errors) }
        let file = FileSchema.payments.fileName
        let path = DataFolder.filePath(folder, file)
        let existing: [UInt8]?
        switch FileBytes.read(path) {
        case .success(let bytes): existing = bytes
        case .failure where access(path, F_OK) != 0: existing = nil
        case .failure(let problem): throw .invalid([Diagnostic(path: path, message: "cannot be read: \(problem.reason)")])
        }
        let original = existing ?? []
        let table = before.tables[file] ?? CSVTable(path: path, writing: [header])

        // The editor of returns.csv's rows serves: the key columns are the same.
        var editor = ReturnsTableEditor(table: table)
        // A checked edit (the dashboard's undo of a payment) never puts back a field that someone
        // has changed since: refused whole, as returns are.
        let conflicts = editor.conflicts(with: edits, grants: before.grants)
        if !conflicts.isEmpty { throw .conflict(AuditHistory.attributing(conflicts, in: folder)) }
        for edit in edits { editor.apply(edit) }
        let changes = editor.changes.map { FieldChange(file: file, key: $0.key, field: $0.field, old: $0.old, new: $0.new) }
        guard !changes.isEmpty else { return ReturnsWriter.Outcome(changes: [], undo: [], warnings: settled, folder: before) }

        let bytes = editor.serialized(like: original)
        let after: LoadedFolder
        do { after = try DataFolder.load(folder, replacing: [file: bytes]) } catch { throw .noFolder(error) }
        if !after.errors.isEmpty { throw .invalid(after.errors) }
        if !dryRun {
            let target = try AtomicFile.target(of: path)
            try Commit.perform(bytes, over: existing, at: target, changes: changes, command: command, in: folder)
        }
        let known = Set(before.warnings.map(\.message))
        return ReturnsWriter.Outcome(changes: changes, undo: editor.undo,
                                     warnings: settled + after.warnings.filter { !known.contains($0.message) }, folder: after)
    }
}
