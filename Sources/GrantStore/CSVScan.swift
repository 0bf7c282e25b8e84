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
    /// line end, plus one), so that a field ends one byte before the next entry.
    let offsets: [UInt32]
    /// Index into `offsets` of each record's first field, and one past the last record.
    let recordStarts: [UInt32]
    let recordLines: [UInt32]

    private init(bytes: [UInt8], bodyStart: Int, offsets: [UInt32], recordStarts: [UInt32], recordLines: [UInt32]) {
        self.bytes = bytes
        self.bodyStart = bodyStart
        self.offsets = offsets
        self.recordStarts = recordStarts
        self.recordLines = recordLines
    }

    var recordCount: Int { recordLines.count }

    static func make(_ bytes: [UInt8]) -> CSVScan? {
        // Offsets are 32 bits; a larger file goes to the tokenizer.
        guard bytes.count < Int(UInt32.max) - 2 else { return nil }
        let bodyStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if bytes.count >= halvingSize, let middle = bytes[(bytes.count / 2)...].firstIndex(of: 0x0A) {
            // The two halves at once, split at a line end; if that line end was inside quotes the
            // first half does not scan, and the file is scanned whole.
            // The first half has room for the whole file's entries, and takes the second's in.
            let (first, second) = concurrently({ Part(bytes, bodyStart..<middle + 1, room: bytes.count) },
                                               { Part(bytes, middle + 1..<bytes.count, room: bytes.count - middle) })
            if var whole = first, let second {
                let fieldsBefore = UInt32(whole.offsets.count), linesBefore = whole.lineEnds
                whole.offsets.append(contentsOf: second.offsets)
                whole.recordStarts.append(contentsOf: second.recordStarts.lazy.map { $0 + fieldsBefore })
                whole.recordLines.append(contentsOf: second.recordLines.lazy.map { $0 + linesBefore })
                whole.recordStarts.append(UInt32(whole.offsets.count))
                return CSVScan(bytes: bytes, bodyStart: bodyStart, offsets: whole.offsets, recordStarts: whole.recordStarts,
                               recordLines: whole.recordLines)
            }
        }
        guard var whole = Part(bytes, bodyStart..<bytes.count, room: bytes.count) else { return nil }
        whole.recordStarts.append(UInt32(whole.offsets.count))
        return CSVScan(bytes: bytes, bodyStart: bodyStart, offsets: whole.offsets, recordStarts: whole.recordStarts,
                       recordLines: whole.recordLines)
    }

    /// Files from this size are scanned in two halves at once.
    private static let halvingSize = 1 << 20

    /// The records of the bytes in `range`, read as if they were a whole file; nil at anything the
    /// tokenizer would refuse. Record lines count from 1 at the range's start.
    private struct Part {
        var offsets: [UInt32] = []
        var recordStarts: [UInt32] = []
        var recordLines: [UInt32] = []
        /// The line ends passed: what to add to the next part's lines.
        var lineEnds: UInt32 = 0

        /// `room`: the bytes whose entries the arrays should have room for.
        init?(_ bytes: [UInt8], _ range: Range<Int>, room: Int) {
            offsets.reserveCapacity(room / 8)
            recordStarts.reserveCapacity(room / 64)
            recordLines.reserveCapacity(room / 64)
            let scanned = bytes.withUnsafeBufferPointer { buffer in
                CSVScan.scan(UnsafeBufferPointer(rebasing: buffer[..<range.upperBound]), from: range.lowerBound,
                             offsets: &offsets, recordStarts: &recordStarts, recordLines: &recordLines)
            }
            guard let scanned else { return nil }
            lineEnds = scanned
        }
    }

    // MARK: - Reading

    func fieldCount(_ record: Int) -> Int { Int(recordStarts[record + 1] - recordStarts[record]) - 1 }

    /// The bytes of a field as written: with its quotes, if quoted.
    func span(_ record: Int, _ field: Int) -> Range<Int> {
        let entry = Int(recordStarts[record]) + field
        return Int(offsets[entry])..<Int(offsets[entry + 1]) - 1
    }

    func isQuoted(_ span: Range<Int>) -> Bool { !span.isEmpty && bytes[span.lowerBound] == UInt8(ascii: "\"") }

    /// A record with nothing in any field (a blank line, or `,,,`).
    func isBlank(_ record: Int) -> Bool {
        (0..<fieldCount(record)).allSatisfy { field in
            let span = span(record, field)
            return span.isEmpty || (isQuoted(span) && span.count == 2)
        }
    }

    /// The field's value: quotes removed, `""` read as `"`, a line end inside quotes read as LF.
    func value(_ record: Int, _ field: Int) -> String {
        let span = span(record, field)
        if let plain = plainSpan(span) { return string(plain) }
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
    func trimmedValue(_ record: Int, _ field: Int) -> String {
        guard let plain = plainSpan(span(record, field)), let trimmed = trimmedSpan(plain) else {
            return value(record, field).trimmingSpaces()
        }
        return string(trimmed)
    }

    /// The bytes that are the field's value as they stand: the field itself when unquoted, inside
    /// its quotes when quoted with no `""` and no line end; nil when the value must be unescaped.
    func plainSpan(_ span: Range<Int>) -> Range<Int>? {
        guard isQuoted(span) else { return span }
        let inner = span.lowerBound + 1..<span.upperBound - 1
        return bytes[inner].contains { $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A } ? nil : inner
    }

    /// The trimmed bytes of an unquoted field, when trimming them is the same as trimming the
    /// characters (a space next to a combining mark belongs to its character); nil otherwise.
    func trimmedSpan(_ span: Range<Int>) -> Range<Int>? {
        var lower = span.lowerBound, upper = span.upperBound
        while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
        if lower > span.lowerBound && lower < upper && bytes[lower] >= 0x80 { return nil }
        while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
        if upper < span.upperBound && upper > lower && bytes[upper - 1] >= 0x80 { return nil }
        return lower..<upper
    }

    func string(_ span: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[span]), as: UTF8.self) }
    }

    /// Where a field starts: its line, and its column counted in characters from 1.
    func position(_ record: Int, _ field: Int) -> (line: Int, column: Int) {
        let start = span(record, field).lowerBound
        let recordStart = Int(offsets[Int(recordStarts[record])])
        var line = Int(recordLines[record])
        for index in recordStart..<start where bytes[index] == 0x0A { line += 1 }
        var lineStart = start
        while lineStart > bodyStart && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var column = 1
        for index in lineStart..<start where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }

    func record(_ record: Int) -> CSVRecord {
        CSVRecord(line: Int(recordLines[record]), fields: (0..<fieldCount(record)).map { field in
            let place = position(record, field)
            return CSVField(value: value(record, field), line: place.line, column: place.column)
        })
    }

    // MARK: - Scanning

    private enum Kind: UInt8 {
        case plain, comma, lineFeed, carriageReturn, quote, control, nonASCII
    }

    private static let kinds: [Kind] = (0...255).map { byte in
        switch byte {
        case 0x2C: return .comma
        case 0x0A: return .lineFeed
        case 0x0D: return .carriageReturn
        case 0x22: return .quote
        case 0x09: return .plain
        case 0x00..<0x20, 0x7F: return .control
        case 0x80...: return .nonASCII
        default: return .plain
        }
    }

    /// The tokenizer's limit, in bytes: a field within it in bytes is within it in characters.
    private static let longestField = CSVTokenizer.maximumFieldLength

    /// Splits the bytes into records; the count of line ends passed, or nil at anything the
    /// tokenizer would refuse.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, offsets: inout [UInt32],
                             recordStarts: inout [UInt32], recordLines: inout [UInt32]) -> UInt32? {
        let count = bytes.count
        var index = start
        var line: UInt32 = 1
        return kinds.withUnsafeBufferPointer { kinds -> UInt32? in
            while index < count {
                recordStarts.append(UInt32(offsets.count))
                recordLines.append(line)
                fields: while true {
                    let fieldStart = index
                    offsets.append(UInt32(index))
                    if index < count && bytes[index] == UInt8(ascii: "\"") {
                        index += 1
                        quoted: while true {
                            index = skipPlain(bytes, from: index, quoted: true)
                            guard index < count else { return nil }
                            switch kinds[Int(bytes[index])] {
                            case .plain, .comma:
                                index += 1
                            case .quote:
                                if index + 1 < count && bytes[index + 1] == UInt8(ascii: "\"") {
                                    index += 2
                                } else {
                                    index += 1
                                    break quoted
                                }
                            case .lineFeed:
                                index += 1
                                line += 1
                            case .carriageReturn:
                                guard index + 1 < count && bytes[index + 1] == 0x0A else { return nil }
                                index += 2
                                line += 1
                            case .control:
                                return nil
                            case .nonASCII:
                                guard let next = validScalar(bytes, at: index) else { return nil }
                                index = next
                            }
                        }
                        guard index - fieldStart <= longestField else { return nil }
                        // A closing quote must be followed by a comma or the end of the line.
                        if index >= count { break fields }
                        switch kinds[Int(bytes[index])] {
                        case .comma:
                            index += 1
                            continue fields
                        case .lineFeed:
                            break fields
                        case .carriageReturn where index + 1 < count && bytes[index + 1] == 0x0A:
                            break fields
                        default:
                            return nil
                        }
                    }
                    while true {
                        index = skipPlain(bytes, from: index, quoted: false)
                        guard index < count else { break }
                        switch kinds[Int(bytes[index])] {
                        case .plain:
                            index += 1
                        case .comma:
                            guard index - fieldStart <= longestField else { return nil }
                            index += 1
                            continue fields
                        case .lineFeed:
                            break fields
                        case .carriageReturn:
                            guard index + 1 < count && bytes[index + 1] == 0x0A else { return nil }
                            break fields
                        case .quote, .control:
                            return nil
                        case .nonASCII:
                            guard let next = validScalar(bytes, at: index) else { return nil }
                            index = next
                        }
                    }
                    break fields
                }
                // At a line end (or the end of the file): close the record after its last field.
                guard index - Int(offsets[offsets.count - 1]) <= longestField else { return nil }
                offsets.append(UInt32(index + 1))
                if index < count {
                    index += bytes[index] == 0x0D ? 2 : 1
                    line += 1
                }
            }
            return line - 1
        }
    }

    /// The first offset from `index` that is not plain text: a quote, a byte below 0x20 (tab
    /// included: it is plain, but rare), 0x7F or above, or outside quotes a comma. Eight bytes at
    /// a time while none of them is such a byte.
    @inline(__always)
    private static func skipPlain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, quoted: Bool) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let control = (word &- ones &* 0x20) & ~word & highs != 0
                let high = ((word &+ ones &* (127 - 0x7E)) | word) & highs != 0
                let quote = hasZero(word ^ (ones &* 0x22))
                let comma = !quoted && hasZero(word ^ (ones &* 0x2C))
                if control || high || quote || comma { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte >= 0x7F || byte == 0x22 || (!quoted && byte == 0x2C) { break }
            index += 1
        }
        return index
    }

    /// The offset after a well-formed UTF-8 scalar of two to four bytes at `index`, or nil: the
    /// same scalars Swift's UTF-8 decoder accepts (no overlong forms, surrogates or values past
    /// U+10FFFF). None of them is a control character the tokenizer refuses.
    private static func validScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let first = bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xED: length = 3; high = 0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; low = 0x90
        case 0xF4: length = 4; high = 0x8F
        case 0xF1...0xF3: length = 4
        default: return nil
        }
        guard index + length <= bytes.count, (low...high).contains(bytes[index + 1]) else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return index + length
    }
}
