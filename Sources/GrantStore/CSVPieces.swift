#if canImport(Glibc)
import Glibc
#endif

/// A CSV file read a piece at a time, each piece whole records, scanned: a large file's bytes and
/// offsets are then never in memory all at once, only a piece's.
///
/// A piece ends at the last line end read that ends a record. The last line end of all is tried
/// first: had it been inside quotes, the piece would not scan (its quoted field would not close),
/// and the quotes are then counted from the piece's start, which starts a record, to find the last
/// line end outside them. A piece that does not scan even so holds something the tokenizer
/// refuses: `next` says the file must be read whole, and the tokenizer says what and where.
final class CSVPieces {
    enum Next {
        case piece(CSVScan)
        case finished
        /// Unreadable, or not a file the scan takes.
        case readWhole
    }

    /// The size of the file when it was opened.
    let fileSize: Int
    /// The bytes handed out in pieces so far.
    private(set) var bytesHandedOut = 0
    private let descriptor: Int32
    private let pieceSize: Int
    /// What was read past the last piece's end: the start of the next record.
    private var rest: [UInt8] = []
    private var firstLine = 1
    private var atFileStart = true
    private var atEnd = false

    /// nil when the file cannot be opened, is not a regular file or is over the size limit (read
    /// whole, it is then refused with the reason). `pieceSize`: the bytes read for each piece.
    init?(path: String, pieceSize: Int) {
        guard case .success(let (descriptor, size)) = FileBytes.openRegular(path) else { return nil }
        self.descriptor = descriptor
        fileSize = size
        self.pieceSize = max(pieceSize, 1)
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
            if let scan = handOut(&bytes, upTo: end) { return .piece(scan) }
            if atEnd { return .readWhole }
            guard let recordEnd = CSVPieces.lastRecordEnd(in: bytes) else { continue }
            guard recordEnd < end, let scan = handOut(&bytes, upTo: recordEnd) else { return .readWhole }
            return .piece(scan)
        }
    }

    /// Scans `bytes[..<end]` as the next piece, keeping what follows for the piece after; nil (and
    /// `bytes` as it was) when it does not scan.
    private func handOut(_ bytes: inout [UInt8], upTo end: Int) -> CSVScan? {
        let following = Array(bytes[end...])
        bytes.removeSubrange(end...)
        guard let scan = CSVScan.make(bytes, firstLine: firstLine, atFileStart: atFileStart) else {
            bytes += following
            return nil
        }
        rest = following
        firstLine += scan.lineEnds
        atFileStart = false
        bytesHandedOut += end
        return scan
    }

    /// `kept` and up to a piece's size more of the file (or as much as `kept`, so that a record
    /// longer than many pieces is not copied once for each), in one new array; nil at a read error.
    private func readOn(after kept: [UInt8]) -> [UInt8]? {
        var failed = false
        let wanted = max(pieceSize, kept.count)
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

    /// One past the last line feed outside quotes, counting from a record's start; nil when every
    /// line feed is inside quotes. In a file the scan takes, a quote either opens or closes a
    /// quoted field or is one of the pair that writes a quote inside one, so counting them is
    /// enough to know whether a line feed is inside quotes.
    static func lastRecordEnd(in bytes: [UInt8]) -> Int? {
        var inQuotes = false
        var end: Int?
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "\""): inQuotes.toggle()
            case 0x0A where !inQuotes: end = index + 1
            default: break
            }
        }
        return end
    }
}
