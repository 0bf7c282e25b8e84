/// Windows-1252, the code page Excel's plain "CSV" save writes on a UK or US Windows (`£` as the
/// byte 0xA3): an import file whose bytes are not UTF-8 is read as it.
enum Windows1252 {
    /// True when `bytes` are well-formed UTF-8 (a byte-order mark included).
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// `bytes` read as Windows-1252, written as UTF-8. Bytes below 0x80 and from 0xA0 on are the
    /// characters of the same number (as in Latin-1); 0x80 to 0x9F are the characters below. The
    /// five bytes the code page leaves undefined read as the control characters of the same
    /// number, as the WHATWG Encoding Standard reads them, so that they are reported as such.
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        var text = String.UnicodeScalarView()
        text.reserveCapacity(bytes.count)
        for byte in bytes {
            let scalar = (0x80...0x9F).contains(byte) ? Unicode.Scalar(controlRange[Int(byte) - 0x80])! : Unicode.Scalar(byte)
            text.append(scalar)
        }
        return Array(String(text).utf8)
    }

    /// The characters of bytes 0x80 to 0x9F.
    private static let controlRange: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
