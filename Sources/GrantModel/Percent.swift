/// Whole percentages, computed exactly from integer pence and rounded half up.
public enum Percent {
    /// `part / whole` as a whole percent rounded half up (away from zero for negative parts);
    /// nil when there is no whole to divide by.
    public static func of(_ part: Money, in whole: Money) -> Int? {
        guard whole.pence > 0 else { return nil }
        let numerator = part.pence.magnitude * 200 + whole.pence.magnitude
        let rounded = Int(numerator / (whole.pence.magnitude * 2))
        return part.pence < 0 ? -rounded : rounded
    }
}
