/// Reads the money forms of data format v1: `1873187`, `1873187.50`, `1,873,187`, `£1,873,187`;
/// and Excel's Accounting format as a CSV saved from Excel writes it: `£ 176,000.00` (spaces after
/// the symbol), `£ -` or `-` for zero, `(1,234)` or `£ (1,234.00)` for a negative amount.
public enum MoneyParser {
    public enum Failure: Error, Equatable, Sendable {
        case empty
        case wrongCurrency(found: String, expected: Currency)
        case malformed(String)
        case negative
        /// Negative as the Accounting format writes it, in brackets: `(1,234)`.
        case negativeInParentheses
        case tooLarge
    }

    /// Parses `text` for a funder whose currency is `currency` (nil: any known symbol is accepted,
    /// for rows whose funder is unknown). Negative amounts are reported as `.negative` so the
    /// caller can say which column may not be negative.
    public static func parse(_ text: String, currency: Currency?) -> Result<Money, Failure> {
        var rest = Substring(text.trimmingSpaces())
        guard !rest.isEmpty else { return .failure(.empty) }
        var negative = false, parenthesised = rest.droppingParentheses()
        if rest.first == "-" {
            negative = true
            rest = rest.dropFirst()
        }
        for other in Currency.known where rest.hasPrefix(other.symbol) {
            if let currency, other != currency { return .failure(.wrongCurrency(found: other.symbol, expected: currency)) }
            rest = rest.dropFirst(other.symbol.count)
            // The Accounting format pads between the symbol and the figure: `£ 176,000.00`.
            while rest.first == " " { rest = rest.dropFirst() }
            if !parenthesised { parenthesised = rest.droppingParentheses() }
        }
        if !negative && rest.first == "-" {
            negative = true
            rest = rest.dropFirst()
        }
        // The Accounting format's zero is a dash with no figure: `£ -`, or `-` with no symbol.
        if negative && rest.isEmpty { return .success(Money(pence: 0)) }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .failure(.malformed("more than one decimal point")) }
        let wholePart = parts[0]
        guard !wholePart.isEmpty else { return .failure(.malformed("no digits before the decimal point")) }
        guard let whole = digitsWithOptionalGrouping(wholePart) else {
            return .failure(.malformed("expected digits, optionally grouped in threes by commas"))
        }
        var fractionPence: Int64 = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit) else {
                return .failure(.malformed("expected one or two digits after the decimal point"))
            }
            fractionPence = Int64(fraction)! * (fraction.count == 1 ? 10 : 1)
        }
        guard whole.count <= 15, let pounds = Int64(whole) else { return .failure(.tooLarge) }
        let pence = pounds * 100 + fractionPence
        if (negative || parenthesised) && pence != 0 { return .failure(parenthesised ? .negativeInParentheses : .negative) }
        return .success(Money(pence: pence))
    }

    /// As `parse(_:currency:)`, from the text's UTF-8. The everyday spelling, digits (at most 15)
    /// then `.` and one or two digits, is read straight from the bytes, with the result the
    /// text would give: a national folder has hundreds of thousands of amounts.
    @inlinable
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, currency: Currency?) -> Result<Money, Failure> {
        var index = 0, pounds: Int64 = 0
        while index < bytes.count && index <= 15, let digit = bytes.asciiDigit(at: index) {
            pounds = pounds * 10 + Int64(digit)
            index += 1
        }
        let decimals = bytes.count - index - 1
        if index > 0 && index <= 15 {
            if index == bytes.count { return .success(Money(pence: pounds * 100)) }
            if bytes[index] == UInt8(ascii: "."), decimals == 1 || decimals == 2, let tenths = bytes.asciiDigit(at: index + 1) {
                let hundredths = decimals == 2 ? bytes.asciiDigit(at: index + 2) : 0
                if let hundredths { return .success(Money(pence: pounds * 100 + Int64(tenths * 10 + hundredths))) }
            }
        }
        return parse(String(decoding: bytes, as: UTF8.self), currency: currency)
    }

    /// `1873187` or `1,873,187`; nil for `18,73,187` or a stray character.
    private static func digitsWithOptionalGrouping(_ text: Substring) -> String? {
        guard text.allSatisfy({ $0.isASCIIDigit || $0 == "," }) else { return nil }
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1 else { return String(text) }
        guard let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return groups.joined()
    }
}

private extension Substring {
    /// Drops a pair of brackets around the whole text, and the spaces inside them; true if it did.
    mutating func droppingParentheses() -> Bool {
        guard count >= 2, first == "(", last == ")" else { return false }
        self = dropFirst().dropLast()
        while first == " " { self = dropFirst() }
        while last == " " { self = dropLast() }
        return true
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension UnsafeBufferPointer<UInt8> {
    /// The value of the ASCII digit at `index`; nil for any other byte.
    @inlinable
    func asciiDigit(at index: Int) -> Int? {
        self[index] >= UInt8(ascii: "0") && self[index] <= UInt8(ascii: "9") ? Int(self[index] - UInt8(ascii: "0")) : nil
    }

    /// The number the ASCII digits in `range` write; nil when any byte there is not a digit.
    @inlinable
    func asciiNumber(_ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            guard let digit = asciiDigit(at: index) else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}

extension StringProtocol {
    /// Trims spaces and tabs only: other control characters are data errors, not padding.
    public func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
