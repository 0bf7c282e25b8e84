import Foundation
import GrantModel
#if canImport(Glibc)
import Glibc
#endif

/// The exclusive `flock(2)` on `DIR/.csdash.lock` that every writer holds while it writes, so two
/// officers saving to the same shared folder never interleave.
public final class FolderLock {
    public static let fileName = ".csdash.lock"
    /// How long a writer waits for another before giving up (exit 75).
    public static let defaultTimeout: Double = 2

    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    /// Takes the lock, polling until `timeout` seconds have passed.
    public static func acquire(in folder: String, timeout: Double = defaultTimeout) throws(WriteError) -> FolderLock {
        let path = DataFolder.filePath(folder, fileName)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw .locked(path: path)
            }
            usleep(20_000)
        }
        return FolderLock(descriptor: descriptor)
    }

    /// True when a writer holds the lock now (a read-only probe: the lock file is not created).
    /// The dashboard asks before it saves, to say why a save is slow.
    public static func isHeld(in folder: String) -> Bool {
        let descriptor = open(DataFolder.filePath(folder, fileName), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 { return false }
        return errno == EWOULDBLOCK
    }

    public func release() {
        flock(descriptor, LOCK_UN)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// Why a change could not be written. Each maps to an exit code of the contract.
public enum WriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Another writer holds the lock (exit 75).
    case locked(path: String)
    /// A file could not be created (exit 73).
    case cannotCreate(path: String, reason: String)
    /// A file that must not or cannot be replaced: read-only, or not a regular file (exit 73).
    /// `reason` says which, and that nothing was written.
    case refused(path: String, reason: String)
    /// Writing, syncing or renaming failed (exit 74).
    case ioError(path: String, reason: String)
    /// The folder after the change would not be valid; nothing was written (exit 65).
    case invalid([Diagnostic])
    /// No data folder (exit 66).
    case noFolder(DataFolderError)
    /// Someone else changed what a checked edit was made against; nothing was written.
    case conflict([EditConflict])
    /// The database server cannot be reached, or went away before the change committed; nothing
    /// was written (exit 69).
    case unavailable(source: String, reason: String)

    public var description: String {
        switch self {
        case .locked(let path): return "\(path): error: another csdash is writing to this data folder; try again in a moment"
        case .cannotCreate(let path, let reason): return "\(path): error: cannot create: \(reason)"
        case .refused(let path, let reason): return "\(path): error: \(reason)"
        case .ioError(let path, let reason): return "\(path): error: cannot write: \(reason)"
        case .invalid(let problems): return problems.map(\.description).joined(separator: "\n")
        case .noFolder(let error): return error.description
        case .conflict(let conflicts):
            return conflicts.map { "returns.csv: error: \($0.description)" }.joined(separator: "\n")
        case .unavailable(let source, let reason):
            return "\(source): error: cannot reach the database server: \(reason); nothing was written"
        }
    }
}
