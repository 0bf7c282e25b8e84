import Foundation
import GrantModel

/// The one path by which a data file is changed, whatever the edit: take the folder's lock,
/// settle an interrupted earlier change (`CommitJournal`), re-read the folder under the lock (so
/// someone else's change since loading is never overwritten), let the edit produce the file's new
/// bytes, validate the whole folder as it will be, and commit: the file replaced atomically and
/// every changed field in the audit log, both or neither (`Commit`). Returns, payments and
/// allocations are its kinds of edit (`ReturnsWriter`, `PaymentsWriter`, `AllocationsWriter`).
enum DataFileWrite {
    /// What an edit makes of the file; nil: it changes nothing.
    struct Edited {
        var bytes: [UInt8]
        var changes: [FieldChange]
        var undo: [ReturnEdit] = []
    }

    /// The file as it is under the lock: its table (nil when the file is not there) and its bytes.
    struct Current {
        var folder: LoadedFolder
        var table: CSVTable?
        var bytes: [UInt8]?
    }

    static func perform(file: String, in folder: String, command: String, dryRun: Bool, lockTimeout: Double,
                        edit: (Current) throws(WriteError) -> Edited?) throws(WriteError) -> ReturnsWriter.Outcome {
        let lock = try FolderLock.acquire(in: folder, timeout: lockTimeout)
        defer { lock.release() }
        let settled = dryRun ? [] : try CommitJournal.settleHoldingLock(in: folder)
        let before: LoadedFolder
        do { before = try DataFolder.load(folder) } catch { throw .noFolder(error) }
        if !before.errors.isEmpty { throw .invalid(before.errors) }
        let path = DataFolder.filePath(folder, file)
        let existing: [UInt8]?
        switch FileBytes.read(path) {
        case .success(let bytes): existing = bytes
        case .failure where access(path, F_OK) != 0: existing = nil
        case .failure(let problem): throw .invalid([Diagnostic(path: path, message: "cannot be read: \(problem.reason)")])
        }
        guard let edited = try edit(Current(folder: before, table: before.tables[file], bytes: existing)),
              !edited.changes.isEmpty else {
            return ReturnsWriter.Outcome(changes: [], undo: [], warnings: settled, folder: before)
        }
        let after: LoadedFolder
        do { after = try DataFolder.load(folder, replacing: [file: edited.bytes]) } catch { throw .noFolder(error) }
        if !after.errors.isEmpty { throw .invalid(after.errors) }
        if !dryRun {
            let target = try AtomicFile.target(of: path)
            try Commit.perform(edited.bytes, over: existing, at: target, changes: edited.changes, command: command, in: folder)
        }
        let known = Set(before.warnings.map(\.message))
        return ReturnsWriter.Outcome(changes: edited.changes, undo: edited.undo,
                                     warnings: settled + after.warnings.filter { !known.contains($0.message) }, folder: after)
    }
}
