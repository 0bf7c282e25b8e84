import Foundation
import GrantModel
#if canImport(Glibc)
import Glibc
#endif

/// `DIR/.csdash-journal.csv`: the audit lines of a change, written and synced before the change
/// is renamed into place, removed once they are in audit.csv. Found later, it is a change that a
/// kill or a crash interrupted, and the file says how far it got: if returns.csv holds the new
/// values, the change happened and its lines go into audit.csv; if not, it never happened and
/// the journal is void. Either way the change and its audit lines are both there or neither.
///
/// Its first record is `csdash journal,1,SIZE,COUNT`: audit.csv's size before the change (an
/// append cut short is cut back to it) and how many lines follow (a journal cut short is void:
/// it was not synced, so nothing was renamed after it). The rest is exactly what is appended to
/// audit.csv. It is never read as data: only the files of the format are.
public enum CommitJournal {
    public static let fileName = ".csdash-journal.csv"
    static let marker = ["csdash journal", "1"]

    /// What a journal found in a folder says.
    struct Entry {
        var auditSizeBefore: Int
        /// The lines to append to audit.csv, as bytes (the header first when the log was empty).
        var auditBytes: [UInt8]
        var changes: [FieldChange]
        /// False when the journal was cut short: it was never synced, so its change never happened.
        var isWhole: Bool
    }

    static func path(in folder: String) -> String { DataFolder.filePath(folder, fileName) }

    /// Writes and syncs the journal of a change, before anything else of it is written.
    static func write(_ auditBytes: [UInt8], lineCount: Int, auditSizeBefore: Int, in folder: String) throws(WriteError) {
        let path = path(in: folder)
        var writer = CSVWriter()
        writer.row(marker + ["\(auditSizeBefore)", "\(lineCount)"])
        let bytes = writer.bytes + auditBytes
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 && errno == EINTR { continue }
            if result <= 0 { break }
            written += result
        }
        let synced = written == bytes.count && fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard synced else {
            unlink(path)
            throw .ioError(path: path, reason: reason)
        }
        AtomicFile.syncFolder(folder)
    }

    /// Removes the journal once its lines are in audit.csv (or it is void).
    static func remove(in folder: String) {
        unlink(path(in: folder))
        AtomicFile.syncFolder(folder)
    }

    /// The journal in `folder`, if there is one.
    static func read(in folder: String) -> Entry? {
        guard case .success(let bytes) = FileBytes.read(path(in: folder)) else { return nil }
        let firstEnd = bytes.firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
        let auditBytes = Array(bytes[firstEnd...])
        guard case .success(let first) = CSVReader.records(from: Array(bytes[..<firstEnd])),
              let fields = first.first?.fields.map(\.value), fields.count == 4, Array(fields[..<2]) == marker,
              let sizeBefore = Int(fields[2]), let count = Int(fields[3]) else {
            return Entry(auditSizeBefore: 0, auditBytes: [], changes: [], isWhole: false)
        }
        var changes: [FieldChange] = []
        if case .success(let records) = CSVReader.records(from: auditBytes) {
            for record in records where !record.isBlank {
                let row = record.fields.map(\.value)
                guard row != AuditLog.header else { continue }
                guard row.count == AuditLog.header.count else { break }
                changes.append(FieldChange(file: row[3], key: row[4], field: row[5], old: row[6], new: row[7]))
            }
        }
        return Entry(auditSizeBefore: sizeBefore, auditBytes: auditBytes, changes: changes,
                     isWhole: changes.count == count && count > 0 && auditBytes.last == 0x0A)
    }

    /// The data file a journal's change wrote: returns.csv, or payments.csv for a payment (both
    /// are keyed by area, year and quarter). One change writes one file.
    static func changedFile(_ entry: Entry) -> String {
        entry.changes.first?.file ?? FileSchema.returns.fileName
    }

    /// Whether the changed file, as `table`, holds every new value of the journal's changes.
    static func isApplied(_ entry: Entry, to table: CSVTable) -> Bool {
        guard entry.isWhole else { return false }
        let editor = ReturnsTableEditor(table: table)
        let file = changedFile(entry)
        return entry.changes.allSatisfy { change in
            guard change.file == file, let key = ReturnKey(auditKey: change.key) else { return false }
            return editor.value(change.field, of: key) == change.new
        }
    }

    /// Settles an interrupted change, holding the folder's lock: its lines go into audit.csv when
    /// returns.csv holds it, else the journal is removed as void. Says what it did (a warning).
    /// Leaves the journal when returns.csv cannot be read: the write that follows refuses anyway.
    static func settleHoldingLock(in folder: String) throws(WriteError) -> [Diagnostic] {
        guard let entry = read(in: folder) else { return [] }
        let file = changedFile(entry)
        let changed = DataFolder.filePath(folder, file)
        // A payments.csv that a first payment was to make and that is not there: not applied.
        let exists = access(changed, F_OK) == 0
        var table: CSVTable?
        if exists {
            guard case .success(let bytes) = FileBytes.read(changed), case .success(let read) = CSVTable.parse(path: changed, bytes: bytes) else {
                return []
            }
            table = read
        }
        let path = path(in: folder)
        let what = describe(entry)
        guard let table, isApplied(entry, to: table) else {
            remove(in: folder)
            return [Diagnostic(path: path, severity: .warning,
                               message: "an interrupted change\(what) had not reached \(file): it never happened, and its journal is removed")]
        }
        let audit = try AuditLog.Appender(folder: folder, cuttingBackTo: entry.auditSizeBefore)
        try audit.append(entry.auditBytes)
        remove(in: folder)
        return [Diagnostic(path: path, severity: .warning,
                           message: "an interrupted change\(what) had reached \(file): its \(entry.changes.count) audit line\(entry.changes.count == 1 ? " is" : "s are") now in audit.csv")]
    }

    /// Settles an interrupted change now, taking the folder's lock (as every write does first).
    public static func settle(in folder: String, lockTimeout: Double = FolderLock.defaultTimeout) throws(WriteError) -> [Diagnostic] {
        let lock = try FolderLock.acquire(in: folder, timeout: lockTimeout)
        defer { lock.release() }
        return try settleHoldingLock(in: folder)
    }

    /// For a read-only open (`check`, the dashboard): a warning when a journal waits to be settled,
    /// saying what the next write will do with it. None while a writer holds the lock: its journal
    /// is not interrupted, only not finished yet.
    static func pendingWarning(in folder: String, tables: [String: CSVTable]) -> Diagnostic? {
        let path = path(in: folder)
        guard access(path, F_OK) == 0, !FolderLock.isHeld(in: folder), let entry = read(in: folder) else { return nil }
        let what = describe(entry)
        let file = changedFile(entry)
        let applied = tables[file].map { isApplied(entry, to: $0) } ?? false
        let message = applied
            ? "an interrupted change\(what) is pending: \(file) holds it, so the next write adds its \(entry.changes.count) audit line\(entry.changes.count == 1 ? "" : "s") to audit.csv"
            : "an interrupted change\(what) is pending: \(file) does not hold it, so it never happened, and the next write removes this journal"
        return Diagnostic(path: path, severity: .warning, message: message)
    }

    /// ` (solihull 2016/17 Q2, 3 fields)`, or nothing for a journal cut short.
    private static func describe(_ entry: Entry) -> String {
        guard entry.isWhole, let first = entry.changes.first else { return "" }
        let keys = Set(entry.changes.map(\.key))
        let which = keys.count == 1 ? first.key : "\(keys.count) returns"
        return " (\(which), \(entry.changes.count) field\(entry.changes.count == 1 ? "" : "s"))"
    }
}
