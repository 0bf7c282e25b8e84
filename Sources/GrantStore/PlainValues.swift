import GrantModel

/// Reads the one everyday spelling of a value straight from its bytes: `1873187.50`, `2016-12-06`,
/// `2016/17`, `Q2`. Anything else (grouping commas, a currency symbol, day-first dates, errors)
/// gives nil, and the full parser reads it and says what is wrong. Each accepts only what that
/// parser accepts, with the same result, so the shortcut never changes what a value means.
enum PlainValue {
    /// Digits (at most 15: the parser's limit), then `.` and one or two digits.
    static func money(_ bytes: UnsafeBufferPointer<UInt8>) -> Money? {
        var index = 0, pounds: Int64 = 0
        while index < bytes.count && index <= 15, let digit = digit(bytes[index]) {
            pounds = pounds * 10 + digit
            index += 1
        }
        guard index > 0 && index <= 15 else { return nil }
        guard index < bytes.count else { return Money(pence: pounds * 100) }
        guard bytes[index] == UInt8(ascii: "."), bytes.count - index - 1 == 1 || bytes.count - index - 1 == 2,
              let tenths = digit(bytes[index + 1]) else { return nil }
        var pence = tenths * 10
        if bytes.count - index - 1 == 2 {
            guard let hundredths = digit(bytes[index + 2]) else { return nil }
            pence += hundredths
        }
        return Money(pence: pounds * 100 + pence)
    }

    /// `2016-12-06`, a day that exists.
    static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(bytes, 0..<4), let month = number(bytes, 5..<7), let day = number(bytes, 8..<10) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// `2016/17`, two consecutive years.
    static func year(_ bytes: UnsafeBufferPointer<UInt8>) -> FinancialYear? {
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "/"),
              let start = number(bytes, 0..<4), let end = number(bytes, 5..<7), end == (start + 1) % 100 else { return nil }
        return FinancialYear(startYear: start)
    }

    /// `Q1` to `Q4`, either case.
    static func quarter(_ bytes: UnsafeBufferPointer<UInt8>) -> Quarter? {
        guard bytes.count == 2, bytes[0] | 0x20 == UInt8(ascii: "q"), let number = digit(bytes[1]) else { return nil }
        return Quarter(rawValue: Int(number))
    }

    private static func digit(_ byte: UInt8) -> Int64? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int64(byte - UInt8(ascii: "0")) : nil
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            guard let digit = digit(bytes[index]) else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
