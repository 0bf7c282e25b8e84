/// A change applied to last year's allocation when it is copied into the next year: `-25%`, as
/// the West Midlands PCC cut every area's grant from 2016/17. Held exactly as a count of
/// ten-thousandths of a percent, and applied in 128 bits, so that no amount is ever rounded but
/// once, at the end, by the stated rule.
public struct AllocationChange: Hashable, Sendable, CustomStringConvertible {
    /// The change in millionths of the allocation: -25% is -250,000.
    public var millionths: Int64

    /// What the changed amount is rounded to, half up (away from zero; amounts are never negative).
    public enum Rounding: String, CaseIterable, Sendable {
        /// To the whole penny: `1873187.25`.
        case penny
        /// To the whole pound, as board papers print allocations: `1873187`.
        case pound

        var unit: UInt64 { self == .penny ? 1 : 100 }
    }

    public static let none = AllocationChange(millionths: 0)
    /// From -100% (nothing) to +1000%.
    public static let allowed: ClosedRange<Int64> = -1_000_000...10_000_000

    public init(millionths: Int64) { self.millionths = millionths }

    /// `-25%`, `+2.5%`, `10%`: a signed percent with at most four decimals and the `%` sign.
    public init?(_ text: String) {
        var rest = Substring(text.trimmingSpaces())
        guard rest.hasSuffix("%") else { return nil }
        rest = rest.dropLast()
        var sign: Int64 = 1
        if let first = rest.first, first == "-" || first == "+" || first == "\u{2212}" {
            sign = first == "+" ? 1 : -1
            rest = rest.dropFirst()
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 5,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 4, fraction.allSatisfy({ $0.isASCII && $0.isNumber }), parts.count == 1 || !fraction.isEmpty else {
            return nil
        }
        fraction += String(repeating: "0", count: 4 - fraction.count)
        let value = sign * (Int64(whole)! * 10_000 + Int64(fraction)!)
        guard AllocationChange.allowed.contains(value) else { return nil }
        self.millionths = value
    }

    /// `-25%`, `+2.5%`.
    public var description: String {
        let magnitude = millionths.magnitude
        let fraction = magnitude % 10_000
        var text = "\(magnitude / 10_000)"
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 4 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return (millionths < 0 ? "-" : "+") + text + "%"
    }

    /// `amount x (1 + change)`, rounded half up to `rounding`; nil past what an amount can hold.
    /// 2,497,583 cut by 25% is 1,873,187.25: 1,873,187 to the pound, as the board report of
    /// 6 December 2016 gives it; 530,190 cut by 25% is 397,642.50, rounded up to 397,643.
    public func applied(to amount: Money, rounding: Rounding) -> Money? {
        guard amount.pence >= 0 else { return nil }
        let factor = UInt64(1_000_000 + millionths)
        let divisor = 1_000_000 * rounding.unit
        let product = UInt64(amount.pence).multipliedFullWidth(by: factor)
        guard product.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let units = quotient + (remainder >= divisor - remainder ? 1 : 0)
        let (pence, overflow) = units.multipliedReportingOverflow(by: rounding.unit)
        guard !overflow, pence <= UInt64(Int64.max) else { return nil }
        return Money(pence: Int64(pence))
    }
}
