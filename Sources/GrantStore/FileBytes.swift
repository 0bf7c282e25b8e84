#if canImport(Glibc)
import Glibc
#endif

/// A whole file read straight into an array: `FileManager.contents` gives `Data`, and making an
/// array of it copies every byte again (13 MB twice for a national folder).
enum FileBytes {
    /// The file's bytes, or nil when it cannot be opened or read.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var failed = false
        // Room for one byte more than fstat says, to notice a file that grew since.
        var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(status.st_size), 0) + 1) { buffer, initialized in
            initialized = fill(buffer, from: descriptor, failed: &failed)
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while !failed && bytes.count == bytes.capacity {
            let count = chunk.withUnsafeMutableBufferPointer { fill($0, from: descriptor, failed: &failed) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return failed ? nil : bytes
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
}
