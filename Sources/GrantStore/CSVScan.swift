/// A CSV file's bytes and where each of its records and fields starts: the one form in which
/// csdash holds the rows of a table. Offsets into the bytes rather than a `String` per field: a
/// national folder has a million fields, and a `String` and a record array for each cost more
/// time and memory than the file itself.
///
/// `CSVReader` makes one from a file's bytes; `CSVWriter` from values, for a table built in
/// memory. Offsets take 64 bits, so a file of any size is read the same way.
final class CSVScan: Sendable {
    let bytes: [UInt8]
    /// 3 after a byte-order mark, else 0.
    let bodyStart: Int
    /// For each record, its fields' start offsets followed by one past its end (the offset of its
    /// line end, plus one), so that a field ends one byte before the next entry. The top bit of a
    /// field's entry marks a quoted value that must be unescaped (it holds `""` or a line end).
    let offsets: [UInt64]
    /// Index into `offsets` of each record's first field, and one past the last record.
    let recordStarts: [Int]
    let recordLines: [Int]
    /// The line ends the bytes hold (inside quotes too): what the next block of a file read in
    /// blocks adds to its first line.
    let lineEnds: Int

    static let escapedFlag: UInt64 = 1 << 63
    static let offsetMask: UInt64 = ~escapedFlag

    init(bytes: [UInt8], bodyStart: Int, offsets: [UInt64], recordStarts: [Int], recordLines: [Int], lineEnds: Int) {
        self.bytes = bytes
        self.bodyStart = bodyStart
        self.offsets = offsets
        self.recordStarts = recordStarts
        self.recordLines = recordLines
        self.lineEnds = lineEnds
    }

    var recordCount: Int { recordLines.count }

    /// The entry in `offsets` of a record's first field; its fields follow.
    @inline(__always)
    func firstEntry(_ record: Int) -> Int { recordStarts[record] }

    @inline(__always)
    func fieldCount(_ record: Int) -> Int { recordStarts[record + 1] - recordStarts[record] - 1 }

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
            // `""` is one quote; the CR of a CRLF is dropped (the reader lets no other CR through,
            // but a value written in memory may hold one).
            if byte != 0x0D || bytes[index + 1] != 0x0A { content.append(byte) }
            index += byte == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(decoding: content, as: UTF8.self)
    }

    /// The value with spaces and tabs trimmed, as `trimmingSpaces()` would trim it.
    @inline(__always)
    func trimmedValue(_ entry: Int) -> String {
        guard let plain = plainSpan(entry), let trimmed = withView({ $0.trimmedSpan(plain) }) else {
            return value(entry).trimmingSpaces()
        }
        return string(trimmed)
    }

    @inline(__always)
    func string(_ span: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[span]), as: UTF8.self) }
    }

    /// Where a field of `record` starts: its line, and its column counted in characters from 1.
    func position(_ record: Int, entry: Int) -> (line: Int, column: Int) {
        CSVScan.place(of: span(entry).lowerBound, inRecordAt: span(firstEntry(record)).lowerBound,
                      line: recordLines[record], bytes: bytes, bodyStart: bodyStart)
    }

    /// The line and column of the byte at `offset`, walking the record that starts at
    /// `recordStart` on `line`: a line end moves to the next line, and every character (not every
    /// byte: `£` is two) is a column. Nothing before the offset may be malformed.
    static func place(of offset: Int, inRecordAt recordStart: Int, line: Int, bytes: [UInt8],
                      bodyStart: Int) -> (line: Int, column: Int) {
        var line = line
        for index in recordStart..<offset where bytes[index] == 0x0A { line += 1 }
        var lineStart = offset
        while lineStart > bodyStart && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }

    func record(_ record: Int) -> CSVRecord {
        let first = firstEntry(record)
        return CSVRecord(line: recordLines[record], fields: (first..<first + fieldCount(record)).map { entry in
            let place = position(record, entry: entry)
            return CSVField(value: value(entry), line: place.line, column: place.column)
        })
    }
}

/// A field of a CSV record, with where it starts in the file (1-based line and column, counted in
/// characters, the opening quote included).
public struct CSVField: Hashable, Sendable {
    public var value: String
    public var line: Int
    public var column: Int
}

/// One record (row) of a CSV file, made whole from a scan for code that wants every field of it.
/// `line` is where it starts: a quoted field may span lines.
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    public var fields: [CSVField]

    /// A row with nothing in any field: a blank line, or `,,,` left by a spreadsheet.
    public var isBlank: Bool { fields.allSatisfy { $0.value.isEmpty } }
}
