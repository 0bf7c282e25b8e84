#if canImport(Glibc)
import Glibc
#endif

/// What kind of thing a path names, in words, for the files csdash refuses to read or replace:
/// only regular files are data (a FIFO would hang a read forever, a device never ends).
public enum FileKind {
    /// `is a folder`, `is a pipe (FIFO)`, ... for a `stat` mode that is not a regular file.
    public static func name(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "is a folder, not a file"
        case S_IFIFO: return "is a pipe (FIFO), not a regular file"
        case S_IFCHR, S_IFBLK: return "is a device, not a regular file"
        case S_IFSOCK: return "is a socket, not a regular file"
        default: return "is not a regular file"
        }
    }
}

/// Why a file could not be read, in a few words for `PATH: error: cannot be read: WHY`.
public struct FileReadProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String
    /// True when the file is not there at all (exit 66 for a file named on the command line).
    public var isMissing: Bool

    public var description: String { reason }
}
