/// Where every record and field of a CSV file starts, kept as offsets into the file's bytes
/// rather than as a `String` per field: a national folder has a million fields, and a `String`
/// and a record array for each cost more time and memory than the file itself.
///
/// `make` accepts exactly what `CSVTokenizer` accepts and splits it the same way. It stops at the
/// first thing the tokenizer would refuse (or that it does not handle, such as a field longer than
/// the tokenizer allows) and returns nil: the tokenizer then says what is wrong and where, so the
/// two can never disagree about a message.
final class CSVScan: Sendable {
    let bytes: [UInt8]
    /// 3 after a byte-order mark, else 0.
    let bodyStart: Int
    /// For each record, its fields' start offsets followed by one past its end (the offset of its
    /// line end, plus one), so that a field ends one byte before the next entry. The top bit of a
    /// field's entry marks a quoted value that must be unescaped (it holds `""` or a line end).
    let offsets: [UInt32]
    /// Index into `offsets` of each record's first field, and one past the last record.
    let recordStarts: [UInt32]
    let recordLines: [UInt32]
    /// The line ends the bytes hold (inside quotes too): what the next piece of a file read in
    /// pieces adds to its first line.
    let lineEnds: Int

    static let escapedFlag: UInt32 = 1 << 31
    static let offsetMask: UInt32 = ~escapedFlag

    private init(bytes: [UInt8], bodyStart: Int, offsets: [UInt32], recordStarts: [UInt32], recordLines: [UInt32], lineEnds: Int) {
        self.bytes = bytes
        self.bodyStart = bodyStart
        self.offsets = offsets
        self.recordStarts = recordStarts
        self.recordLines = recordLines
        self.lineEnds = lineEnds
    }

    var recordCount: Int { recordLines.count }

    /// `firstLine`: the line the bytes start on, for a piece of a file that starts further down
    /// (at a record's start); such a piece does not start with a byte-order mark, even if its
    /// first field starts with U+FEFF, so `atFileStart` is false.
    static func make(_ bytes: [UInt8], firstLine: Int = 1, atFileStart: Bool = true) -> CSVScan? {
        // Offsets take 31 bits and lines 32; a larger file goes to the tokenizer.
        guard bytes.count < Int(offsetMask) - 2, firstLine + bytes.count < Int(UInt32.max) else { return nil }
        let bodyStart = atFileStart && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let start = UInt32(firstLine)
        if bytes.count >= halvingSize, let middle = bytes[(bytes.count / 2)...].firstIndex(of: 0x0A) {
            // The two halves at once, split at a line end; if that line end was inside quotes the
            // first half does not scan, and the file is scanned whole.
            // The first half has room for the whole file's entries, and takes the second's in.
            let (first, second) = concurrently({ Part(bytes, bodyStart..<middle + 1, room: bytes.count, firstLine: start) },
                                               { Part(bytes, middle + 1..<bytes.count, room: bytes.count - middle, firstLine: 1) })
            if var whole = first, let second {
                let fieldsBefore = UInt32(whole.offsets.count), linesBefore = start - 1 + whole.lineEnds
                whole.offsets.append(contentsOf: second.offsets)
                whole.recordStarts.append(contentsOf: second.recordStarts.lazy.map { $0 + fieldsBefore })
                whole.recordLines.append(contentsOf: second.recordLines.lazy.map { $0 + linesBefore })
                whole.recordStarts.append(UInt32(whole.offsets.count))
                return CSVScan(bytes: bytes, bodyStart: bodyStart, offsets: whole.offsets, recordStarts: whole.recordStarts,
                               recordLines: whole.recordLines, lineEnds: Int(whole.lineEnds + second.lineEnds))
            }
        }
        guard var whole = Part(bytes, bodyStart..<bytes.count, room: bytes.count, firstLine: start) else { return nil }
        whole.recordStarts.append(UInt32(whole.offsets.count))
        return CSVScan(bytes: bytes, bodyStart: bodyStart, offsets: whole.offsets, recordStarts: whole.recordStarts,
                       recordLines: whole.recordLines, lineEnds: Int(whole.lineEnds))
    }

    /// Files from this size are scanned in two halves at once.
    private static let halvingSize = 1 << 20

    /// The records of the bytes in `range`, read as if they were a whole file; nil at anything the
    /// tokenizer would refuse. Record lines count from `firstLine` at the range's start.
    private struct Part {
        var offsets: [UInt32] = []
        var recordStarts: [UInt32] = []
        var recordLines: [UInt32] = []
        /// The line ends passed: what to add to the next part's lines.
        var lineEnds: UInt32 = 0

        /// `room`: the bytes whose entries the arrays should have room for.
        init?(_ bytes: [UInt8], _ range: Range<Int>, room: Int, firstLine: UInt32) {
            offsets.reserveCapacity(room / 8)
            recordStarts.reserveCapacity(room / 64)
            recordLines.reserveCapacity(room / 64)
            let scanned = bytes.withUnsafeBufferPointer { buffer in
                CSVScan.scan(UnsafeBufferPointer(rebasing: buffer[..<range.upperBound]), from: range.lowerBound,
                             firstLine: firstLine, offsets: &offsets, recordStarts: &recordStarts, recordLines: &recordLines)
            }
            guard let scanned else { return nil }
            lineEnds = scanned
        }
    }

    // MARK: - Reading

    /// The entry in `offsets` of a record's first field; its fields follow.
    @inline(__always)
    func firstEntry(_ record: Int) -> Int { Int(recordStarts[record]) }

    @inline(__always)
    func fieldCount(_ record: Int) -> Int { Int(recordStarts[record + 1] - recordStarts[record]) - 1 }

    /// The bytes of a field as written: with its quotes, if quoted.
    @inline(__always)
    func span(_ entry: Int) -> Range<Int> { withView { $0.span(entry) } }

    @inline(__always)
    func plainSpan(_ entry: Int) -> Range<Int>? { withView { $0.plainSpan(entry) } }

    /// Calls `body` with the bytes and offsets lent as unsafe buffers: reading many fields
    /// through them changes no reference count (which two threads reading halves of one file
    /// would otherwise fight over, field by field).
    @inline(__always)
    func withView<Result>(_ body: (CSVScanView) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            offsets.withUnsafeBufferPointer { offsets in body(CSVScanView(bytes: bytes, offsets: offsets)) }
        }
    }

    /// A record with nothing in any field (a blank line, or `,,,`).
    func isBlank(_ record: Int) -> Bool {
        let first = firstEntry(record)
        return (first..<first + fieldCount(record)).allSatisfy { plainSpan($0)?.isEmpty == true }
    }

    /// The field's value: quotes removed, `""` read as `"`, a line end inside quotes read as LF.
    func value(_ entry: Int) -> String {
        if let plain = plainSpan(entry) { return string(plain) }
        let span = span(entry)
        var content: [UInt8] = []
        content.reserveCapacity(span.count)
        var index = span.lowerBound + 1
        let end = span.upperBound - 1
        while index < end {
            let byte = bytes[index]
            // `""` is one quote; the CR of a CRLF is dropped (the scan let no other CR through).
            if byte != 0x0D { content.append(byte) }
            index += byte == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(decoding: content, as: UTF8.self)
    }

    /// The value with spaces and tabs trimmed, as `trimmingSpaces()` would trim it.
    @inline(__always)
    func trimmedValue(_ entry: Int) -> String {
        guard let plain = plainSpan(entry), let trimmed = trimmedSpan(plain) else { return value(entry).trimmingSpaces() }
        return string(trimmed)
    }

    @inline(__always)
    func trimmedSpan(_ span: Range<Int>) -> Range<Int>? { withView { $0.trimmedSpan(span) } }

    @inline(__always)
    func string(_ span: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[span]), as: UTF8.self) }
    }

    /// Where a field of `record` starts: its line, and its column counted in characters from 1.
    func position(_ record: Int, entry: Int) -> (line: Int, column: Int) {
        let start = span(entry).lowerBound
        let recordStart = span(firstEntry(record)).lowerBound
        var line = Int(recordLines[record])
        for index in recordStart..<start where bytes[index] == 0x0A { line += 1 }
        var lineStart = start
        while lineStart > bodyStart && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var column = 1
        for index in lineStart..<start where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }

    func record(_ record: Int) -> CSVRecord {
        let first = firstEntry(record)
        return CSVRecord(line: Int(recordLines[record]), fields: (first..<first + fieldCount(record)).map { entry in
            let place = position(record, entry: entry)
            return CSVField(value: value(entry), line: place.line, column: place.column)
        })
    }
}
