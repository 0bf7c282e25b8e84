/// Numbers as the decimal text a workbook stores them in (`<v>1.5E-3</v>`), turned into plain
/// decimal text (`0.0015`) without passing through binary floating point, so that `214454` reads
/// as `214454` and an amount Excel stored as `133454.00000000001` (the binary residue of a sum)
/// reads as `133454`: Excel itself shows and keeps no more than 15 significant digits.
public enum DecimalText {
    public static let significantDigits = 15

    /// Plain decimal text, rounded half away from zero to 15 significant digits, with no
    /// exponent, no trailing zeros after the point and no `-0`; nil for text that is no number.
    public static func plain(_ text: some StringProtocol) -> String? {
        let text = String(text)
        if isAlreadyPlain(text) { return text }
        guard var number = Parsed(text) else { return nil }
        number.round(toSignificant: significantDigits)
        return number.rendered
    }

    /// Text `plain` gives back as it is, the usual case (`214454`, `-1`, `0.45`): digits with at
    /// most one point, no leading zero before another digit, no trailing zero after the point,
    /// not `-0`, and no more than 15 significant digits.
    private static func isAlreadyPlain(_ text: String) -> Bool {
        let all = text.utf8
        let negative = all.first == UInt8(ascii: "-")
        let body = negative ? all.dropFirst() : all[...]
        guard let first = body.first, let last = body.last else { return false }
        var points = 0, nonZero = false
        for byte in body {
            switch byte {
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "0"): continue
            case UInt8(ascii: "1")...UInt8(ascii: "9"): nonZero = true
            default: return false
            }
        }
        guard points <= 1, body.count - points <= significantDigits,
              first != UInt8(ascii: "."), last != UInt8(ascii: ".") else { return false }
        if points == 1 && last == UInt8(ascii: "0") { return false }
        if first == UInt8(ascii: "0") && body.count > 1 && body.dropFirst().first != UInt8(ascii: ".") { return false }
        return !negative || nonZero
    }

    /// `-12`, `0.5`, `1873187.50`: the only number text the writer puts in a cell.
    public static func isPlain(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    /// Significant digits with a power of ten: value = digits x 10^exponent.
    private struct Parsed {
        var negative: Bool
        var digits: [UInt8]
        var exponent: Int

        init?(_ text: some StringProtocol) {
            var bytes = Array(text.utf8)[...]
            negative = bytes.first == UInt8(ascii: "-")
            if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            digits = []
            exponent = 0
            var seenDigit = false, seenPoint = false
            while let byte = bytes.first {
                if byte >= 0x30 && byte <= 0x39 {
                    seenDigit = true
                    if !(digits.isEmpty && byte == 0x30) { digits.append(byte - 0x30) }
                    if seenPoint { exponent -= 1 }
                } else if byte == UInt8(ascii: "."), !seenPoint {
                    seenPoint = true
                } else {
                    break
                }
                bytes = bytes.dropFirst()
            }
            guard seenDigit else { return nil }
            if let marker = bytes.first {
                guard marker == UInt8(ascii: "E") || marker == UInt8(ascii: "e") else { return nil }
                let power = String(decoding: bytes.dropFirst(), as: UTF8.self)
                guard let value = Int(power), abs(value) <= 400 else { return nil }
                exponent += value
            }
        }

        mutating func round(toSignificant count: Int) {
            guard digits.count > count else { return }
            let roundsUp = digits[count] >= 5
            exponent += digits.count - count
            digits.removeLast(digits.count - count)
            guard roundsUp else { return }
            var position = digits.count - 1
            while position >= 0 {
                if digits[position] < 9 {
                    digits[position] += 1
                    return
                }
                digits[position] = 0
                position -= 1
            }
            digits.insert(1, at: 0)
        }

        var rendered: String {
            var digits = self.digits, exponent = self.exponent
            while let last = digits.last, last == 0 {
                digits.removeLast()
                exponent += 1
            }
            guard !digits.isEmpty else { return "0" }
            let text = digits.map { Character(Unicode.Scalar($0 + 0x30)) }
            var body: String
            if exponent >= 0 {
                body = String(text) + String(repeating: "0", count: exponent)
            } else if -exponent < text.count {
                body = String(text[..<(text.count + exponent)]) + "." + String(text[(text.count + exponent)...])
            } else {
                body = "0." + String(repeating: "0", count: -exponent - text.count) + String(text)
            }
            if negative { body = "-" + body }
            return body
        }
    }
}
