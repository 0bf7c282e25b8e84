/// The scan itself: one pass over a file's bytes, taking plain runs eight bytes at a time.
extension CSVScan {
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

    /// Splits the bytes into records, the first on line `firstLine`; the count of line ends
    /// passed, or nil at anything the tokenizer would refuse.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: UInt32, offsets: inout [UInt32],
                     recordStarts: inout [UInt32], recordLines: inout [UInt32]) -> UInt32? {
        let count = bytes.count
        var index = start
        var line = firstLine
        return kinds.withUnsafeBufferPointer { kinds -> UInt32? in
            while index < count {
                recordStarts.append(UInt32(offsets.count))
                recordLines.append(line)
                fields: while true {
                    let fieldStart = index
                    offsets.append(UInt32(index))
                    if index < count && bytes[index] == UInt8(ascii: "\"") {
                        index += 1
                        var escaped = false
                        quoted: while true {
                            index = skipPlain(bytes, from: index, quoted: true)
                            guard index < count else { return nil }
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
                                guard index + 1 < count && bytes[index + 1] == 0x0A else { return nil }
                                index += 2
                                line += 1
                                escaped = true
                            case .control:
                                return nil
                            case .nonASCII:
                                guard let next = validScalar(bytes, at: index) else { return nil }
                                index = next
                            }
                        }
                        guard index - fieldStart <= longestField else { return nil }
                        if escaped { offsets[offsets.count - 1] |= escapedFlag }
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
                guard index - Int(offsets[offsets.count - 1] & offsetMask) <= longestField else { return nil }
                offsets.append(UInt32(index + 1))
                if index < count {
                    index += bytes[index] == 0x0D ? 2 : 1
                    line += 1
                }
            }
            return line - firstLine
        }
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
