import Foundation
import GrantModel
#if canImport(Glibc)
import Glibc
#endif

/// The steps of one change, holding the folder's lock, in the order that keeps a change and its
/// audit lines together whatever moment a kill or a crash comes:
///
/// 1. open audit.csv for appending (a log that cannot be written refuses the change now);
/// 2. write and sync the journal: the audit lines as intended (`CommitJournal`);
/// 3. replace the file atomically: from here the change has happened;
/// 4. append the lines to audit.csv and sync them;
/// 5. remove the journal.
///
/// Interrupted before 3, the journal is void; after 3, the next write finds the file holds the
/// change and writes the lines. A failure before 3 leaves nothing changed; a failure at 4 puts
/// the old file back, so that a failure exit still means nothing changed.
enum Commit {
    /// `original` nil: the file did not exist before (a first payment makes payments.csv), so
    /// taking the change back removes it.
    static func perform(_ bytes: [UInt8], over original: [UInt8]?, at target: String, changes: [FieldChange],
                        command: String, in folder: String) throws(WriteError) {
        let audit = try AuditLog.Appender(folder: folder)
        let lines = AuditLog.lines(changes, command: command, withHeader: audit.sizeBefore == 0)
        try CommitJournal.write(lines, lineCount: changes.count, auditSizeBefore: audit.sizeBefore, in: folder)
        do {
            try AtomicFile.write(bytes, to: target)
        } catch {
            CommitJournal.remove(in: folder)
            throw error
        }
        do {
            try audit.append(lines)
        } catch {
            let reason: String
            if case .ioError(_, let why) = error { reason = why } else { reason = error.description }
            do {
                if let original {
                    try AtomicFile.write(original, to: target)
                } else if unlink(target) != 0 {
                    throw WriteError.ioError(path: target, reason: String(cString: strerror(errno)))
                }
            } catch {
                throw .ioError(path: audit.path, reason: "\(reason): the change is in \(target), and its audit lines wait in "
                               + "\(CommitJournal.fileName), to be written to the audit log by the next write")
            }
            CommitJournal.remove(in: folder)
            throw .ioError(path: audit.path, reason: "\(reason); the change was taken back, nothing was written")
        }
        CommitJournal.remove(in: folder)
        removeStrayTemporaryFiles(in: [folder, URL(fileURLWithPath: target).deletingLastPathComponent().path])
    }

    /// Temporary files of data files that a killed writer left (`AtomicFile`): holding the lock,
    /// no other writer of this folder can be writing one now.
    static func removeStrayTemporaryFiles(in folders: [String]) {
        let names = FileSchema.all.map(\.fileName)
        for folder in Set(folders) {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where names.contains(where: { AtomicFile.isTemporary(entry, for: $0) }) {
                unlink(DataFolder.filePath(folder, entry))
            }
        }
    }
}
