#if canImport(Glibc)
import Glibc
#endif

/// A CSV file read from disk a block at a time, each block whole records, scanned: a large file's
/// bytes and offsets are then never in memory all at once, only a block's.
///
/// A block ends at the last line end read. Had that line end been inside quotes, the block's last
/// quoted field does not close, and the scan refuses the block there: the record it refuses starts
/// the next block instead. A block refused for anything else holds something the reader refuses
/// in the file too: `next` says the file must be read whole, and the reader says what and where.
final class CSVStreamingReader {
    enum Next {
        case block(CSVScan)
        case finished
        /// Unreadable, or refused.
        case readWhole
    }

    /// The size of the file when it was opened.
    let fileSize: Int
    /// The bytes handed out in blocks so far.
    private(set) var bytesHandedOut = 0
    private let descriptor: Int32
    private let blockSize: Int
    /// What was read past the last block's end: the start of the next record.
    private var rest: [UInt8] = []
    private var firstLine = 1
    private var atFileStart = true
    private var atEnd = false

    /// nil when the file cannot be opened, is not a regular file or is over the size limit (read
    /// whole, it is then refused with the reason). `blockSize`: the bytes read for each block.
    init?(path: String, blockSize: Int) {
        guard case .success(let (descriptor, size)) = FileBytes.openRegular(path) else { return nil }
        self.descriptor = descriptor
        fileSize = size
        self.blockSize = max(blockSize, 1)
    }

    deinit { close(descriptor) }

    func next() -> Next {
        var bytes = rest
        rest = []
        while true {
            if !atEnd {
                guard let more = readOn(after: bytes) else { return .readWhole }
                bytes = more
                // A file that grows past the limit as it is read is refused when read whole.
                if bytesHandedOut + bytes.count > FileBytes.sizeLimit { return .readWhole }
            }
            if atEnd && bytes.isEmpty { return .finished }
            // The rest of the file, or up to its last line end read; none: a record longer than
            // what is read so far, so read on.
            guard let end = atEnd ? bytes.count : bytes.lastIndex(of: 0x0A).map({ $0 + 1 }) else { continue }
            let refusal: CSVRefusal
            switch handOut(&bytes, upTo: end) {
            case .success(let scan): return .block(scan)
            case .failure(let refused): refusal = refused
            }
            guard !atEnd, refusal.kind == .quoteNeverClosed else { return .readWhole }
            // The record cut short is the first of the next block; when it is the first of this
            // one, it is longer than what is read so far.
            guard refusal.recordStart > 0 else { continue }
            guard case .success(let scan) = handOut(&bytes, upTo: refusal.recordStart) else { return .readWhole }
            return .block(scan)
        }
    }

    /// Scans `bytes[..<end]` as the next block, keeping what follows for the block after; the
    /// refusal (and `bytes` as it was) when it does not scan.
    private func handOut(_ bytes: inout [UInt8], upTo end: Int) -> Result<CSVScan, CSVRefusal> {
        let following = Array(bytes[end...])
        bytes.removeSubrange(end...)
        let scanned = CSVReader.scan(bytes, firstLine: firstLine, atFileStart: atFileStart)
        guard case .success(let scan) = scanned else {
            bytes += following
            return scanned
        }
        rest = following
        firstLine += scan.lineEnds
        atFileStart = false
        bytesHandedOut += end
        return scanned
    }

    /// `kept` and up to a block's size more of the file (or as much as `kept`, so that a record
    /// longer than many blocks is not copied once for each), in one new array; nil at a read error.
    private func readOn(after kept: [UInt8]) -> [UInt8]? {
        var failed = false
        let wanted = max(blockSize, kept.count)
        // Out of memory, the file is read whole instead, which refuses it with a clear message.
        guard FileBytes.hasRoom(for: kept.count + wanted) else { return nil }
        let bytes = [UInt8](unsafeUninitializedCapacity: kept.count + wanted) { buffer, initialized in
            _ = buffer.initialize(from: kept)
            let count = FileBytes.fill(UnsafeMutableBufferPointer(rebasing: buffer[kept.count...]), from: descriptor,
                                       failed: &failed)
            initialized = kept.count + count
        }
        if bytes.count < kept.count + wanted { atEnd = true }
        return failed ? nil : bytes
    }
}
