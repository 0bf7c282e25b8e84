import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices when any file of a data folder changes on disk, including an editor's or another
/// csdash's replace-by-rename (a new inode), by comparing cheap `stat` signatures on each poll.
public struct FolderWatcher: Sendable {
    struct Signature: Equatable, Sendable {
        var inode: UInt64
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    public let folder: String
    private var last: [String: Signature?]

    public init(folder: String) {
        self.folder = folder
        last = FolderWatcher.signatures(folder)
    }

    /// True when something changed since the last call (or since `init`).
    public mutating func poll() -> Bool {
        let now = FolderWatcher.signatures(folder)
        defer { last = now }
        return now != last
    }

    /// Forgets changes made so far: after csdash's own save, which it need not reload.
    public mutating func acceptCurrent() {
        last = FolderWatcher.signatures(folder)
    }

    static func signatures(_ folder: String) -> [String: Signature?] {
        var result: [String: Signature?] = [:]
        for schema in FileSchema.all {
            var status = stat()
            let path = DataFolder.filePath(folder, schema.fileName)
            result[schema.fileName] = stat(path, &status) == 0
                ? Signature(inode: UInt64(status.st_ino), size: Int64(status.st_size),
                            modifiedSeconds: Int(status.st_mtim.tv_sec), modifiedNanoseconds: Int(status.st_mtim.tv_nsec))
                : nil
        }
        return result
    }
}
