import Foundation
import GrantModel

/// payments.csv written as `ReturnsWriter` writes returns.csv, step for step: the lock, the folder
/// re-read under it, the edits applied keeping unknown columns and row order, the whole folder
/// validated as it will be, the file replaced atomically and every changed field logged. The
/// file is made, with its header, by the first payment recorded.
public enum PaymentsWriter {
    static let header = FileSchema.payments.columns

    public static func apply(_ edits: [ReturnEdit], to folder: String, command: String, dryRun: Bool = false,
                             lockTimeout: Double = FolderLock.defaultTimeout) throws(WriteError) -> ReturnsWriter.Outcome {
        let lock = try FolderLock.acquire(in: folder, timeout: lockTimeout)
        defer { lock.release() }
        let before: LoadedFolder
        do { before = try DataFolder.load(folder) } catch { throw .noFolder(error) }
        if !before.errors.isEmpty { throw .invalid(before.errors) }
        let file = FileSchema.payments.fileName
        let path = DataFolder.filePath(folder, file)
        let original = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        let table: CSVTable
        if let read = before.tables[file] {
            table = read
        } else if case .success(let empty) = CSVTable.parse(path: path, bytes: Array(CSVText.write([header]).utf8)) {
            table = empty
        } else {
            throw .invalid(before.errors)
        }

        // The editor of returns.csv's rows serves: the key columns are the same.
        var editor = ReturnsTableEditor(table: table)
        for edit in edits { editor.apply(edit) }
        let changes = editor.changes.map { FieldChange(file: file, key: $0.key, field: $0.field, old: $0.old, new: $0.new) }
        guard !changes.isEmpty else { return ReturnsWriter.Outcome(changes: [], undo: [], warnings: [], folder: before) }

        let bytes = editor.serialized(like: original)
        let after: LoadedFolder
        do { after = try DataFolder.load(folder, replacing: [file: bytes]) } catch { throw .noFolder(error) }
        if !after.errors.isEmpty { throw .invalid(after.errors) }
        if !dryRun {
            try AtomicFile.replace(path, with: bytes)
            try AuditLog.append(changes, in: folder, command: command)
        }
        let known = Set(before.warnings.map(\.message))
        return ReturnsWriter.Outcome(changes: changes, undo: editor.undo,
                                     warnings: after.warnings.filter { !known.contains($0.message) }, folder: after)
    }
}
