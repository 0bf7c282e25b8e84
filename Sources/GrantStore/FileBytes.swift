#if canImport(Glibc)
import Glibc
#endif

/// A whole file read straight into an array: `FileManager.contents` gives `Data`, and making an
/// array of it copies every byte again (13 MB twice for a national folder).
///
/// Only a regular file of at most `sizeLimit` bytes is read, and never more than that: a FIFO, a
/// device (`/dev/zero` never ends) or a folder is refused by name before any byte is read.
public enum FileBytes {
    /// The largest data file csdash reads: 1 GiB, a hundred times a national folder's projects.csv.
    public static let sizeLimit = 1 << 30

    /// The file's bytes, or why they cannot be read.
    public static func read(_ path: String, limit: Int = sizeLimit) -> Result<[UInt8], FileReadProblem> {
        let descriptor: Int32, size: Int
        switch openRegular(path, limit: limit) {
        case .failure(let problem): return .failure(problem)
        case .success(let opened): (descriptor, size) = opened
        }
        defer { close(descriptor) }
        // Room for one byte more than fstat says, to notice a file that grew since; a file that
        // grows past the limit while it is read is refused like one that was too large to begin with.
        guard hasRoom(for: size + 1) else { return .failure(outOfMemory(size)) }
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
            initialized = fill(buffer, from: descriptor, failed: &failed)
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while !failed && bytes.count == bytes.capacity {
            let count = chunk.withUnsafeMutableBufferPointer { fill($0, from: descriptor, failed: &failed) }
            if count == 0 { break }
            if bytes.count + count > limit { return .failure(tooLarge(limit: limit)) }
            bytes.append(contentsOf: chunk[..<count])
        }
        return failed ? .failure(FileReadProblem(reason: String(cString: strerror(errno)), isMissing: false)) : .success(bytes)
    }

    /// Opens `path` for reading if it is a regular file within the limit; its descriptor and size.
    /// The open does not block (a FIFO with no writer would block it forever), and reading does.
    static func openRegular(_ path: String, limit: Int = sizeLimit) -> Result<(Int32, Int), FileReadProblem> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let missing = errno == ENOENT
            return .failure(FileReadProblem(reason: missing ? "no such file" : String(cString: strerror(errno)), isMissing: missing))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            return .failure(FileReadProblem(reason: String(cString: strerror(errno)), isMissing: false))
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return .failure(FileReadProblem(reason: FileKind.name(of: status.st_mode), isMissing: false))
        }
        let size = max(Int(status.st_size), 0)
        guard size <= limit else {
            close(descriptor)
            return .failure(tooLarge(size, limit: limit))
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return .success((descriptor, size))
    }

    /// Reads into `buffer` until it is full or the file ends; the count read.
    static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32, failed: inout Bool) -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0 && errno == EINTR { continue }
            if count < 0 { failed = true }
            if count <= 0 { break }
            filled += count
        }
        return filled
    }

    /// Whether memory for `count` bytes and their scan can be had now: Swift's own allocation
    /// would abort the process instead of failing, so a large file asks first, and is refused
    /// with a clear message when the system says no. The scan needs about as much again.
    static func hasRoom(for count: Int) -> Bool {
        guard count > 16 << 20 else { return true }
        guard let probe = malloc(count * 2) else { return false }
        free(probe)
        return true
    }

    static func outOfMemory(_ size: Int) -> FileReadProblem {
        FileReadProblem(reason: "not enough memory to read its \(megabytes(size)) (free some memory, or split the file)", isMissing: false)
    }

    static func tooLarge(_ size: Int? = nil, limit: Int) -> FileReadProblem {
        let found = size.map { "it is \(megabytes($0)), " } ?? "it grew while being read, "
        return FileReadProblem(reason: "\(found)over the \(megabytes(limit)) limit for a data file", isMissing: false)
    }

    /// `2048 MiB`, `1 GiB`: sizes as the limit is written in the data format.
    static func megabytes(_ bytes: Int) -> String {
        if bytes >= 1 << 30 && bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        return "\((bytes + (1 << 20) - 1) >> 20) MiB"
    }
}
