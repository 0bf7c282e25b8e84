/// The grammar of every CSV file csdash reads, as one pass over its bytes that notes where each
/// record and field starts, taking plain runs eight bytes at a time; it stops at the first thing
/// the grammar refuses (`CSVRefusal` says what, and where).
enum CSVScanner {
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

    /// Splits the bytes from `start` into records, the first on line `firstLine`, appending their
    /// entries to the arrays (as `CSVScan` keeps them): the count of line ends passed, or the
    /// refusal. The arrays then hold the records before the refusing one, and part of it.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: Int, offsets: inout [UInt64],
                     recordStarts: inout [Int], recordLines: inout [Int]) -> Result<Int, CSVRefusal> {
        let count = bytes.count
        var index = start
        var line = firstLine
        /// What stops the scan at `offset`, unless the field was too long before it got there.
        func refusal(_ kind: CSVRefusal.Kind, at offset: Int) -> CSVRefusal {
            let fieldStart = Int(offsets[offsets.count - 1] & CSVScan.offsetMask)
            let tooLong = isTooLong(bytes, fieldStart..<offset)
            return CSVRefusal(kind: tooLong ? .tooLong : kind, offset: tooLong ? fieldStart : offset, fieldStart: fieldStart,
                              recordStart: Int(offsets[recordStarts[recordStarts.count - 1]] & CSVScan.offsetMask),
                              recordLine: recordLines[recordLines.count - 1])
        }
        return kinds.withUnsafeBufferPointer { kinds -> Result<Int, CSVRefusal> in
            while index < count {
                recordStarts.append(offsets.count)
                recordLines.append(line)
                fields: while true {
                    let fieldStart = index
                    offsets.append(UInt64(index))
                    if index < count && bytes[index] == UInt8(ascii: "\"") {
                        index += 1
                        var escaped = false
                        quoted: while true {
                            index = skipPlain(bytes, from: index, quoted: true)
                            guard index < count else { return .failure(refusal(.quoteNeverClosed, at: index)) }
                            switch kinds[Int(bytes[index])] {
                            case .plain, .comma:
                                index += 1
                            case .quote:
                                if index + 1 < count && bytes[index + 1] == UInt8(ascii: "\"") {
                                    index += 2
                                    escaped = true
                                } else {
                                    index += 1
                                    break quoted
                                }
                            case .lineFeed:
                                index += 1
                                line += 1
                                escaped = true
                            case .carriageReturn:
                                guard index + 1 < count && bytes[index + 1] == 0x0A else {
                                    return .failure(refusal(.controlCharacter, at: index))
                                }
                                index += 2
                                line += 1
                                escaped = true
                            case .control:
                                return .failure(refusal(.controlCharacter, at: index))
                            case .nonASCII:
                                guard let next = validScalar(bytes, at: index) else { return .failure(refusal(.notUTF8, at: index)) }
                                index = next
                            }
                        }
                        if isTooLong(bytes, fieldStart..<index) { return .failure(refusal(.tooLong, at: index)) }
                        if escaped { offsets[offsets.count - 1] |= CSVScan.escapedFlag }
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
                            return .failure(refusal(.textAfterClosingQuote, at: index))
                        }
                    }
                    while true {
                        index = skipPlain(bytes, from: index, quoted: false)
                        guard index < count else { break }
                        switch kinds[Int(bytes[index])] {
                        case .plain:
                            index += 1
                        case .comma:
                            if isTooLong(bytes, fieldStart..<index) { return .failure(refusal(.tooLong, at: index)) }
                            index += 1
                            continue fields
                        case .lineFeed:
                            break fields
                        case .carriageReturn:
                            guard index + 1 < count && bytes[index + 1] == 0x0A else {
                                return .failure(refusal(.controlCharacter, at: index))
                            }
                            break fields
                        case .quote:
                            return .failure(refusal(.quoteInUnquotedField, at: index))
                        case .control:
                            return .failure(refusal(.controlCharacter, at: index))
                        case .nonASCII:
                            guard let next = validScalar(bytes, at: index) else { return .failure(refusal(.notUTF8, at: index)) }
                            index = next
                        }
                    }
                    break fields
                }
                // At a line end (or the end of the bytes): close the record after its last field.
                if isTooLong(bytes, Int(offsets[offsets.count - 1] & CSVScan.offsetMask)..<index) {
                    return .failure(refusal(.tooLong, at: index))
                }
                offsets.append(UInt64(index + 1))
                if index < count {
                    index += bytes[index] == 0x0D ? 2 : 1
                    line += 1
                }
            }
            return .success(line - firstLine)
        }
    }

    /// Whether the field written in `field` (up to where the scan got to, its quotes included)
    /// has more characters than `CSVReader.maximumFieldLength` by the time it reaches its last
    /// character that is neither `""` nor a line end: where a reader adding one character at a
    /// time would first see it too long. Within the limit in bytes, it is within it in characters.
    @inline(__always)
    private static func isTooLong(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Bool {
        field.count > CSVReader.maximumFieldLength && countsPastTheLimit(bytes, field)
    }

    private static func countsPastTheLimit(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Bool {
        let quoted = bytes[field.lowerBound] == UInt8(ascii: "\"")
        var index = quoted ? field.lowerBound + 1 : field.lowerBound
        var length = 0
        while index < field.upperBound {
            let byte = bytes[index]
            if quoted && byte == UInt8(ascii: "\"") {
                guard index + 1 < field.upperBound && bytes[index + 1] == UInt8(ascii: "\"") else { return false }
                length += 1
                index += 2
            } else if quoted && (byte == 0x0A || byte == 0x0D) {
                length += 1
                index += byte == 0x0D ? 2 : 1
            } else {
                length += 1
                if length > CSVReader.maximumFieldLength { return true }
                // Only well-formed UTF-8 comes before the end of the scan: a lead byte says the length.
                index += byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            }
        }
        return false
    }

    /// The first offset from `index` that is not plain text: a quote, a byte below 0x20 (tab
    /// included: it is plain, but rare), 0x7F or above, or outside quotes a comma. Eight bytes at
    /// a time: each test below flags the bytes it is after, and may flag bytes above a flagged one
    /// too (a borrow or carry runs upward) but never one below, so the lowest flag is exact.
    @inline(__always)
    private static func skipPlain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, quoted: Bool) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func zeros(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                var flags = (word &- ones &* 0x20) & ~word & highs
                flags |= ((word &+ ones) | word) & highs
                flags |= zeros(word ^ (ones &* 0x22))
                if !quoted { flags |= zeros(word ^ (ones &* 0x2C)) }
                if flags != 0 { return index + flags.trailingZeroBitCount / 8 }
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
    /// U+10FFFF). None of them is a control character the grammar refuses.
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
