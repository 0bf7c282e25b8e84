/// Whole percentages, computed exactly from integer pence and rounded half up.
public enum Percent {
    /// `part / whole` as a whole percent rounded half up (away from zero for negative parts);
    /// nil when there is no whole to divide by.
    public static func of(_ part: Money, in whole: Money) -> Int? {
        guard whole.pence > 0 else { return nil }
        let p = part.pence.magnitude, w = whole.pence.magnitude
        // round(100p / w) = 100 * (p / w) + floor((200 * (p % w) + w) / 2w); the second term is
        // worked in 128 bits, as 200 * (p % w) passes 64 bits for amounts the parser accepts.
        let product = (p % w).multipliedFullWidth(by: 200)
        let (low, carry) = product.low.addingReportingOverflow(w)
        let fraction = (2 * w).dividingFullWidth((high: product.high + (carry ? 1 : 0), low: low)).quotient
        guard p / w < UInt64(Int.max / 100) else { return part.pence < 0 ? -Int.max : Int.max }
        let rounded = Int(p / w) * 100 + Int(fraction)
        return part.pence < 0 ? -rounded : rounded
    }
}
