/// Percentages, computed exactly from integer pence and rounded half up.
public enum Percent {
    /// `part / whole` as a whole percent rounded half up (away from zero for negative parts);
    /// nil when there is no whole to divide by. Past `Int.max` it saturates: `exactDigits` has
    /// the whole of it.
    public static func of(_ part: Money, in whole: Money) -> Int? {
        rounded(part, in: whole, scale: 100)
    }

    /// `part / whole` in tenths of a percent, rounded half up: 10.017% is 100.
    public static func tenths(_ part: Money, in whole: Money) -> Int? {
        rounded(part, in: whole, scale: 1_000)
    }

    /// `part / whole` is exactly `percent`%, compared in 128 bits.
    public static func isExactly(_ percent: Int, _ part: Money, in whole: Money) -> Bool {
        guard whole.pence > 0, part.pence >= 0, percent >= 0 else { return false }
        let left = part.pence.magnitude.multipliedFullWidth(by: 100)
        let right = UInt64(percent).multipliedFullWidth(by: whole.pence.magnitude)
        return left == right
    }

    /// Beyond this a percentage means nothing on a screen (a £0.01 total with
    /// £999,999,999,999,999.99 spent): it is shown as `>999%`.
    public static let largestShown = 999

    /// `27%`, or `>999%` past `largestShown` (`<-999%` below its negative).
    public static func text(_ percent: Int) -> String {
        if percent > largestShown { return ">\(largestShown)%" }
        if percent < -largestShown { return "<-\(largestShown)%" }
        return "\(percent)%"
    }

    /// `10.0%` from 100 tenths; `>999%` past `largestShown`.
    public static func text(tenths: Int) -> String {
        if tenths > largestShown * 10 { return ">\(largestShown)%" }
        let magnitude = tenths.magnitude
        return (tenths < 0 ? "-" : "") + "\(magnitude / 10).\(magnitude % 10)%"
    }

    /// The whole percent, rounded half up, as exact decimal digits however large (JSON): a
    /// £0.01 total with £999,999,999,999,999.99 spent is 9999999999999999900. nil with no whole.
    public static func exactDigits(_ part: Money, in whole: Money) -> String? {
        guard whole.pence > 0 else { return nil }
        let (quotient, fraction) = split(part.pence.magnitude, whole.pence.magnitude, scale: 100)
        // percent = 100 x quotient + fraction, with fraction from 0 to 100: written as digits,
        // never multiplied out, so no width of integer limits it.
        let digits: String
        if fraction == 100 {
            digits = "\(quotient + 1)00"
        } else if quotient == 0 {
            digits = "\(fraction)"
        } else {
            digits = "\(quotient)" + (fraction < 10 ? "0" : "") + "\(fraction)"
        }
        return (part.pence < 0 && digits != "0" ? "-" : "") + digits
    }

    /// round(scale x part / whole), half away from zero, saturating at Int.max.
    private static func rounded(_ part: Money, in whole: Money, scale: UInt64) -> Int? {
        guard whole.pence > 0 else { return nil }
        let (quotient, fraction) = split(part.pence.magnitude, whole.pence.magnitude, scale: scale)
        guard quotient < UInt64(Int.max) / scale else { return part.pence < 0 ? -Int.max : Int.max }
        let rounded = Int(quotient * scale + fraction)
        return part.pence < 0 ? -rounded : rounded
    }

    /// round(scale x p / w) as scale x (p / w) + round(scale x (p % w) / w); the second term,
    /// from 0 to scale, is worked in 128 bits, as scale x (p % w) passes 64 bits for amounts the
    /// parser accepts.
    private static func split(_ p: UInt64, _ w: UInt64, scale: UInt64) -> (quotient: UInt64, fraction: UInt64) {
        let product = (p % w).multipliedFullWidth(by: 2 * scale)
        let (low, carry) = product.low.addingReportingOverflow(w)
        let fraction = (2 * w).dividingFullWidth((high: product.high + (carry ? 1 : 0), low: low)).quotient
        return (p / w, fraction)
    }
}
