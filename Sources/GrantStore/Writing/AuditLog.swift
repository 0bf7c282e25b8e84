import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One changed field, as the audit log records it.
public struct FieldChange: Hashable, Sendable {
    public var file: String
    public var key: String
    public var field: String
    public var old: String
    public var new: String

    public init(file: String, key: String, field: String, old: String, new: String) {
        self.file = file
        self.key = key
        self.field = field
        self.old = old
        self.new = new
    }
}

/// `DIR/audit.csv`: one line per changed field, appended and synced after every change.
public enum AuditLog {
    public static let fileName = "audit.csv"
    public static let header = ["time", "user", "command", "file", "key", "field", "old", "new"]

    public static func append(_ changes: [FieldChange], in folder: String, command: String, user: String = currentUser(),
                              time: Date = Date()) throws(WriteError) {
        guard !changes.isEmpty else { return }
        let path = DataFolder.filePath(folder, fileName)
        let isNew = !FileManager.default.fileExists(atPath: path)
        let stamp = timestamp(time)
        var rows = isNew ? [header] : []
        rows += changes.map { [stamp, user, command, $0.file, $0.key, $0.field, $0.old, $0.new] }
        let bytes = Array(CSVText.write(rows).utf8)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress!, bytes.count) }
        guard result == bytes.count, fsync(descriptor) == 0 else {
            throw .ioError(path: path, reason: String(cString: strerror(errno)))
        }
        if isNew { AtomicFile.syncFolder(folder) }
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
