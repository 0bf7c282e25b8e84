import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file so that a reader, or a machine that dies mid-save, sees either the old file
/// or the new one, never a torn one: write a temporary file in the same folder, fsync it, rename
/// it over the old one, fsync the folder.
public enum AtomicFile {
    public static func replace(_ path: String, with bytes: [UInt8]) throws(WriteError) {
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
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
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
