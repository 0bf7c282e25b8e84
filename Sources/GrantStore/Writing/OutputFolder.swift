import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder of files written for people (chase letters, return forms) all at once or not at all:
/// built beside its place under a temporary name, every file synced, then renamed into place. A
/// reader never sees half of it, and a failure leaves no folder behind.
public enum OutputFolder {
    /// Creates `path` holding `files` (name and bytes). `path` must not exist yet, or be an empty
    /// folder: files already there would be mixed with the new ones, and an old letter sent again.
    public static func create(_ path: String, files: [(name: String, bytes: [UInt8])]) throws(WriteError) {
        var status = stat()
        if lstat(path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                throw .refused(path: path, reason: "is a file, not a folder; nothing was written")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            guard entries.isEmpty else {
                throw .refused(path: path, reason: "already holds files: name a new or empty folder; nothing was written")
            }
        }
        let url = URL(fileURLWithPath: path)
        let parent = url.deletingLastPathComponent().path
        let temporary = DataFolder.filePath(parent, ".\(url.lastPathComponent).csdash-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard mkdir(temporary, 0o755) == 0 else {
            throw .cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        do throws(WriteError) {
            for file in files {
                try AtomicFile.write(file.bytes, to: DataFolder.filePath(temporary, file.name))
            }
            AtomicFile.syncFolder(temporary)
            guard rename(temporary, path) == 0 else {
                throw WriteError.ioError(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        AtomicFile.syncFolder(parent)
    }
}
