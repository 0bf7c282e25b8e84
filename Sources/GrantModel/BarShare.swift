/// How much of a bar of `steps` a part of a whole fills, worked exactly in 128 bits: a spend of
/// £500,000,000,000,000 (in pence) times a bar's width passes 64 bits. Every bar csdash draws,
/// on screen or in the board paper, takes its share from here.
public enum BarShare {
    /// floor(steps x part / whole), from 0 to `steps`: none for no part (or a negative one), and
    /// the whole bar once the part reaches the whole, or when there is a part and no whole at all
    /// (spend against a £0 total is over it).
    public static func steps(_ part: Money?, of whole: Money, in steps: Int) -> Int {
        guard steps > 0, let part, part.pence > 0 else { return 0 }
        guard whole.pence > 0, part < whole else { return steps }
        // part < whole, so steps x part / whole < steps: the quotient fits.
        let product = part.pence.magnitude.multipliedFullWidth(by: UInt64(steps))
        return Int(whole.pence.magnitude.dividingFullWidth(product).quotient)
    }

    /// The part passes the whole: spend above the total allocation, or any spend of a £0 total.
    public static func isOver(_ part: Money?, _ whole: Money) -> Bool {
        guard let part else { return false }
        return part > whole
    }
}
