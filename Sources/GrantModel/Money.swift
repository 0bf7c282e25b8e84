/// An exact amount of money in pence (or cents): never a floating-point value.
public struct Money: Hashable, Comparable, Sendable, AdditiveArithmetic {
    public var pence: Int64

    public init(pence: Int64) { self.pence = pence }
    public init(pounds: Int64) { self.pence = pounds * 100 }

    public static let zero = Money(pence: 0)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence + rhs.pence) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence - rhs.pence) }
    public static prefix func - (value: Money) -> Money { Money(pence: -value.pence) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }

    public var isNegative: Bool { pence < 0 }

    /// `£1,873,187`, `-£1`, `£1,873,187.50`: pence are shown only when there are any.
    public func formatted(in currency: Currency = .gbp, grouping: Bool = true) -> String {
        let sign = pence < 0 ? "-" : ""
        return sign + currency.symbol + Money(pence: abs(pence)).plainAmount(grouping: grouping)
    }

    /// The amount without a symbol: `1,873,187` or `1873187.50` (for CSV and JSON).
    public func plainAmount(grouping: Bool = false) -> String {
        let sign = pence < 0 ? "-" : ""
        let magnitude = pence.magnitude
        let whole = String(magnitude / 100)
        let fraction = magnitude % 100
        let wholeText = grouping ? Money.grouped(whole) : whole
        let fractionText = fraction == 0 ? "" : "." + (fraction < 10 ? "0" : "") + String(fraction)
        return sign + wholeText + fractionText
    }

    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}
