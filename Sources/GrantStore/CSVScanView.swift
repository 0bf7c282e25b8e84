/// A scan's bytes and offsets, lent as unsafe buffers for as long as a `withView` call lasts.
struct CSVScanView {
    let bytes: UnsafeBufferPointer<UInt8>
    let offsets: UnsafeBufferPointer<UInt64>

    /// The bytes of a field as written: with its quotes, if quoted.
    @inline(__always)
    func span(_ entry: Int) -> Range<Int> {
        Int(offsets[entry] & CSVScan.offsetMask)..<Int(offsets[entry + 1] & CSVScan.offsetMask) - 1
    }

    /// The bytes that are the field's value as they stand: the field itself when unquoted, inside
    /// its quotes when quoted with no `""` and no line end; nil when the value must be unescaped.
    @inline(__always)
    func plainSpan(_ entry: Int) -> Range<Int>? {
        guard offsets[entry] & CSVScan.escapedFlag == 0 else { return nil }
        let span = span(entry)
        return !span.isEmpty && bytes[span.lowerBound] == UInt8(ascii: "\"") ? span.lowerBound + 1..<span.upperBound - 1 : span
    }

    /// The span without the spaces and tabs at its ends, when trimming the bytes is the same as
    /// trimming the characters (a space next to a combining mark belongs to its character); nil
    /// otherwise.
    @inline(__always)
    func trimmedSpan(_ span: Range<Int>) -> Range<Int>? {
        var lower = span.lowerBound, upper = span.upperBound
        // Most values have nothing to trim.
        if lower < upper && bytes[lower] > 0x20 && bytes[upper - 1] > 0x20 { return span }
        while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
        if lower > span.lowerBound && lower < upper && bytes[lower] >= 0x80 { return nil }
        while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
        if upper < span.upperBound && upper > lower && bytes[upper - 1] >= 0x80 { return nil }
        return lower..<upper
    }

    /// The trimmed bytes of a field that needs no unescaping, else nil.
    @inline(__always)
    func trimmedBytes(_ entry: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let plain = plainSpan(entry), let trimmed = trimmedSpan(plain) else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[trimmed])
    }
}
