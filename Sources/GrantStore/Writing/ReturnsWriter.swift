import Foundation
import GrantModel

/// Returns written for `record`, `import` and the dashboard alike, through the one write path
/// (`DataFileWrite`: lock, re-read, validate, atomic and audited commit): the edits applied to
/// returns.csv keeping unknown columns and row order. An edit made against values someone saw (`ReturnEdit.expected`) is
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
        try DataFileWrite.perform(file: FileSchema.returns.fileName, in: folder, command: command, dryRun: dryRun,
                                  lockTimeout: lockTimeout) { current throws(WriteError) in
            guard let table = current.table, let original = current.bytes else { throw .invalid(current.folder.errors) }
            var editor = ReturnsTableEditor(table: table)
            let conflicts = editor.conflicts(with: edits, grants: current.folder.grants)
            if !conflicts.isEmpty { throw .conflict(AuditHistory.attributing(conflicts, in: folder)) }
            editor.reserveCapacity(for: edits)
            for edit in edits { editor.apply(edit) }
            return DataFileWrite.Edited(bytes: editor.serialized(like: original), changes: editor.changes, undo: editor.undo)
        }
    }
}
