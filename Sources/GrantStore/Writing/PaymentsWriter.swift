import Foundation
import GrantModel

/// payments.csv written as `ReturnsWriter` writes returns.csv, through the same path
/// (`DataFileWrite`): the edits applied keeping unknown columns and row order, and the same
/// refusal of a checked edit whose fields changed since it was made. The file is made, with its
/// header, by the first payment recorded.
public enum PaymentsWriter {
    static let header = FileSchema.payments.columns

    public static func apply(_ edits: [ReturnEdit], to folder: String, command: String, dryRun: Bool = false,
                             lockTimeout: Double = FolderLock.defaultTimeout) throws(WriteError) -> ReturnsWriter.Outcome {
        let file = FileSchema.payments.fileName
        return try DataFileWrite.perform(file: file, in: folder, command: command, dryRun: dryRun,
                                         lockTimeout: lockTimeout) { current throws(WriteError) in
            let table = current.table ?? CSVTable(path: DataFolder.filePath(folder, file), writing: [header])
            // The editor of returns.csv's rows serves: the key columns are the same.
            var editor = ReturnsTableEditor(table: table)
            // A checked edit (the dashboard's undo of a payment) never puts back a field that someone
            // has changed since: refused whole, as returns are.
            let conflicts = editor.conflicts(with: edits, grants: current.folder.grants)
            if !conflicts.isEmpty { throw .conflict(AuditHistory.attributing(conflicts, in: folder)) }
            for edit in edits { editor.apply(edit) }
            let changes = editor.changes.map { FieldChange(file: file, key: $0.key, field: $0.field, old: $0.old, new: $0.new) }
            return DataFileWrite.Edited(bytes: editor.serialized(like: current.bytes ?? []), changes: changes, undo: editor.undo)
        }
    }
}
