import Foundation
import GrantModel
#if canImport(Glibc)
import Glibc
#endif

/// `DIR/audit.csv`: one line per changed field, each a change that happened. Its lines are
/// written as part of the commit (`Commit`): first to the journal, then here.
public enum AuditLog {
    public static let fileName = "audit.csv"
    public static let header = ["time", "user", "command", "file", "key", "field", "old", "new"]

    /// The CSV text of the changes' lines, with the header first when the log is empty.
    static func lines(_ changes: [FieldChange], command: String, withHeader: Bool, user: String = currentUser(),
                      time: Date = Date()) -> [UInt8] {
        let stamp = timestamp(time)
        var writer = CSVWriter()
        if withHeader { writer.row(header) }
        for change in changes { writer.row([stamp, user, command, change.file, change.key, change.field, change.old, change.new]) }
        return writer.bytes
    }

    /// audit.csv opened for appending, before anything is changed: a log that cannot be written
    /// (a folder in its place, no permission) refuses the change while nothing has happened yet.
    final class Appender {
        let path: String
        /// Its size when opened: where this commit's lines begin.
        let sizeBefore: Int
        private let descriptor: Int32

        /// `cuttingBackTo`: where an interrupted append began (from the journal); what follows it
        /// is that append cut short, taken back before its lines are written again.
        init(folder: String, cuttingBackTo start: Int? = nil) throws(WriteError) {
            path = DataFolder.filePath(folder, AuditLog.fileName)
            var status = stat()
            let existed = stat(path, &status) == 0
            if existed, (status.st_mode & S_IFMT) != S_IFREG {
                throw .refused(path: path, reason: "the audit log cannot be written: it \(FileKind.name(of: status.st_mode)); nothing was written")
            }
            descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw .refused(path: path, reason: "the audit log cannot be written: \(String(cString: strerror(errno))); nothing was written")
            }
            var opened = stat()
            var size = fstat(descriptor, &opened) == 0 ? Int(opened.st_size) : 0
            if let start, size > start, ftruncate(descriptor, off_t(start)) == 0 { size = start }
            sizeBefore = size
            if !existed { AtomicFile.syncFolder(folder) }
        }

        /// Appends `bytes` and syncs them; on failure the log is cut back to where it was.
        func append(_ bytes: [UInt8]) throws(WriteError) {
            var written = 0
            while written < bytes.count {
                let result = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { return try failed() }
                written += result
            }
            if fsync(descriptor) != 0 { return try failed() }
        }

        /// Takes back a partial append, so that every line of the log stays a change that happened.
        func cutBack() {
            _ = ftruncate(descriptor, off_t(sizeBefore))
            _ = fsync(descriptor)
        }

        private func failed() throws(WriteError) {
            let reason = String(cString: strerror(errno))
            cutBack()
            throw .ioError(path: path, reason: reason)
        }

        deinit { close(descriptor) }
    }

    /// The login name: $USER, else the password database, else the numeric id.
    public static func currentUser() -> String {
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return String(getuid())
    }

    /// `2016-12-06T14:03:09Z`: UTC, so logs from several machines sort together.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
