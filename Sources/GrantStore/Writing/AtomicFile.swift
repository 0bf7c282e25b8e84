import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file so that a reader, or a machine that dies mid-save, sees either the old file
/// or the new one, never a torn one: write a temporary file in the same folder, fsync it, rename
/// it over the old one, fsync the folder.
///
/// A symbolic link is written through: the file it points to is replaced, in that file's own
/// folder, and the link stays (a returns.csv shared by linking stays shared). A read-only file is
/// refused, never silently replaced.
public enum AtomicFile {
    public static func replace(_ path: String, with bytes: [UInt8]) throws(WriteError) {
        try write(bytes, to: target(of: path))
    }

    /// The file that replacing `path` writes: the end of its links. Refused when it has no write
    /// permission (mode 444: someone made it read-only on purpose).
    public static func target(of path: String) throws(WriteError) -> String {
        var status = stat()
        guard lstat(path, &status) == 0 else { return path }
        var target = path
        if (status.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw .refused(path: path, reason: "is a link to a file that does not exist; nothing was written")
            }
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &status) == 0 else { return target }
        }
        // Anything else in the way (a folder) fails at the rename, as it always has (exit 74).
        guard (status.st_mode & S_IFMT) == S_IFREG else { return target }
        // The permission bits, not access(2): root may write anything, but a file made read-only
        // says that it is not to be changed.
        let writable = getuid() == 0 ? (status.st_mode & 0o222) != 0 : access(target, W_OK) == 0
        guard writable else {
            let mode = String(status.st_mode & 0o777, radix: 8)
            throw .refused(path: path, reason: "is read-only (mode \(mode)); make it writable (chmod u+w) to change it; nothing was written")
        }
        return target
    }

    /// The temporary files this writes beside `name`: `.returns.csv.csdash-PID-RANDOM.tmp`.
    static func isTemporary(_ entry: String, for name: String) -> Bool {
        entry.hasPrefix(".\(name).csdash-") && entry.hasSuffix(".tmp")
    }

    /// Writes `bytes` to `path` (no link, not read-only: see `target(of:)`) by temporary file and rename.
    static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = DataFolder.filePath(folder, ".\(url.lastPathComponent).csdash-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        var mode: mode_t = 0o644
        var status = stat()
        if stat(path, &status) == 0 { mode = status.st_mode & 0o777 }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw .cannotCreate(path: temporary, reason: String(cString: strerror(errno))) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw .ioError(path: temporary, reason: reason)
            }
            written += result
        }
        guard fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            unlink(temporary)
            throw .ioError(path: temporary, reason: reason)
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .ioError(path: path, reason: reason)
        }
        syncFolder(folder)
    }

    /// Makes a rename durable: the folder's entry is on disk once the folder itself is synced.
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
