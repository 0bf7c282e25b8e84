/// The one CSV reader: a strict RFC 4180 reader that knows where every field starts.
///
/// Why not a library: SwiftCSV 0.10 and CSV.swift 2.5 (the CSV packages available here) report no
/// positions and accept an unterminated quote silently, while the data contract promises
/// `path:line:column` for every problem. This reader rejects what they guess at: an unterminated
/// quote, a quote inside an unquoted field, text after a closing quote, bytes that are not UTF-8,
/// NUL and other control characters, and fields too long to be real data.
///
/// The grammar is `CSVScanner`'s; what it refuses is put in words by `CSVRefusal`.
public enum CSVReader {
    /// Longer fields are refused: a 10 MB cell is a broken export, not a name.
    public static let maximumFieldLength = 65_536

    public struct Failure: Error, Hashable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// Splits `bytes` (a whole file) into records. Stops at the first malformed byte or quote,
    /// since nothing after it can be trusted to be in the right column.
    public static func records(from bytes: [UInt8]) -> Result<[CSVRecord], Failure> {
        scan(bytes).map { scan in (0..<scan.recordCount).map(scan.record) }
    }

    /// A whole file's bytes scanned, or what is wrong with them and where.
    static func scan(_ bytes: [UInt8]) -> Result<CSVScan, Failure> {
        scan(bytes, firstLine: 1, atFileStart: true).mapError { refusal in
            refusal.failure(in: bytes, bodyStart: bodyStart(of: bytes, atFileStart: true))
        }
    }

    /// `firstLine`: the line the bytes start on, for a block of a file that starts further down
    /// (at a record's start); such a block does not start with a byte-order mark, even if its
    /// first field starts with U+FEFF, so `atFileStart` is false.
    static func scan(_ bytes: [UInt8], firstLine: Int, atFileStart: Bool) -> Result<CSVScan, CSVRefusal> {
        let bodyStart = bodyStart(of: bytes, atFileStart: atFileStart)
        if bytes.count >= halvingSize, let middle = bytes[(bytes.count / 2)...].firstIndex(of: 0x0A) {
            // The two halves at once, split at a line end. If that line end was inside quotes the
            // first half does not scan, and the bytes are scanned whole; so they are when either
            // half is refused, for the refusal to be the first in the file, at its place.
            // The first half has room for the whole file's entries, and takes the second's in.
            let (first, second) = forkJoin({ Part.scanning(bytes, bodyStart..<middle + 1, room: bytes.count, firstLine: firstLine) },
                                           { Part.scanning(bytes, middle + 1..<bytes.count, room: bytes.count - middle, firstLine: 1) })
            if case .success(var whole) = first, case .success(let second) = second {
                let fieldsBefore = whole.offsets.count, linesBefore = firstLine - 1 + whole.lineEnds
                whole.offsets.append(contentsOf: second.offsets)
                whole.recordStarts.append(contentsOf: second.recordStarts.lazy.map { $0 + fieldsBefore })
                whole.recordLines.append(contentsOf: second.recordLines.lazy.map { $0 + linesBefore })
                return .success(whole.scan(of: bytes, bodyStart: bodyStart, lineEnds: whole.lineEnds + second.lineEnds))
            }
        }
        return Part.scanning(bytes, bodyStart..<bytes.count, room: bytes.count, firstLine: firstLine).map { whole in
            whole.scan(of: bytes, bodyStart: bodyStart, lineEnds: whole.lineEnds)
        }
    }

    private static func bodyStart(of bytes: [UInt8], atFileStart: Bool) -> Int {
        atFileStart && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Files from this size are scanned in two halves at once. A block of projects.csv is smaller
    /// (`ProjectRecords.blockSize`): its rows are read in halves instead (`LocatedRecords`).
    private static let halvingSize = 1 << 20

    /// The records of the bytes in `range`, read as if they were a whole file. Record lines count
    /// from `firstLine` at the range's start.
    private struct Part {
        var offsets: [UInt64] = []
        var recordStarts: [Int] = []
        var recordLines: [Int] = []
        /// The line ends passed: what to add to the next part's lines.
        var lineEnds = 0

        /// `room`: the bytes whose entries the arrays should have room for.
        static func scanning(_ bytes: [UInt8], _ range: Range<Int>, room: Int, firstLine: Int) -> Result<Part, CSVRefusal> {
            var part = Part()
            // A field takes seven bytes or more, and a record fifty, in every file of a national
            // folder: room for that many spares growing, which would copy the entries.
            part.offsets.reserveCapacity(room / 6)
            part.recordStarts.reserveCapacity(room / 48)
            part.recordLines.reserveCapacity(room / 48)
            let scanned = bytes.withUnsafeBufferPointer { buffer in
                CSVScanner.scan(UnsafeBufferPointer(rebasing: buffer[..<range.upperBound]), from: range.lowerBound,
                                firstLine: firstLine, offsets: &part.offsets, recordStarts: &part.recordStarts,
                                recordLines: &part.recordLines)
            }
            return scanned.map { lineEnds in
                part.lineEnds = lineEnds
                return part
            }
        }

        /// The scan these entries make of `bytes`, closed with the end of the last record.
        consuming func scan(of bytes: [UInt8], bodyStart: Int, lineEnds: Int) -> CSVScan {
            recordStarts.append(offsets.count)
            return CSVScan(bytes: bytes, bodyStart: bodyStart, offsets: offsets, recordStarts: recordStarts,
                           recordLines: recordLines, lineEnds: lineEnds)
        }
    }
}
