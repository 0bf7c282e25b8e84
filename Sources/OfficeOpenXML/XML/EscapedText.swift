/// Text as SpreadsheetML stores it: a character XML cannot carry (a control character other than
/// tab, line feed and carriage return) is written `_x0001_`, and an underscore that would begin
/// such an escape is itself written `_x005F_`.
enum EscapedText {
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let units = Array(text.utf16)
        var decoded: [UInt16] = []
        decoded.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if let unit = escape(in: units, at: index) {
                decoded.append(unit)
                index += 7
            } else {
                decoded.append(units[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF16.self)
    }

    static func encode(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { $0 == "_" || !XMLReader.isXMLCharacter($0) }) else { return text }
        let units = scalars.map { $0.isASCII ? UInt16($0.value) : 0 }
        var encoded = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if !XMLReader.isXMLCharacter(scalar) {
                encoded.append(contentsOf: "_x\(hex(scalar.value))_".unicodeScalars)
            } else if scalar == "_", escape(in: units, at: index) != nil {
                encoded.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                encoded.append(scalar)
            }
        }
        return String(encoded)
    }

    /// `_xHHHH_` at `index`: the code unit it stands for.
    private static func escape(in units: [UInt16], at index: Int) -> UInt16? {
        guard index + 7 <= units.count, units[index] == 0x5F, units[index + 1] == 0x78, units[index + 6] == 0x5F else { return nil }
        var value: UInt16 = 0
        for unit in units[(index + 2)..<(index + 6)] {
            guard unit < 0x80, let digit = Character(Unicode.Scalar(UInt8(unit))).hexDigitValue else { return nil }
            value = value * 16 + UInt16(digit)
        }
        return value
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
