/// The orders the areas can be listed in, besides areas.csv's: the dashboard's `s` steps through
/// them and `report` and `returns` take them as `--sort`, in these words.
public enum AreaSort: String, CaseIterable, Hashable, Sendable {
    case name, spend, remainder, overdue, underspend

    /// How a header names the order: `sorted by % spend`.
    public var label: String {
        switch self {
        case .name: return "name"
        case .spend: return "% spend"
        case .remainder: return "remainder"
        case .overdue: return "days overdue"
        case .underspend: return "forecast underspend"
        }
    }

    /// Names run A to Z; every figure largest first, the areas most worth a look at the top.
    public var startsDescending: Bool { self != .name }

    /// `lhs` comes before `rhs` in ascending order; nil when they tie. An area whose figure is
    /// unknown is not compared here: `AreaArrangement` puts it last whichever the direction.
    func ascending(_ lhs: ArrangeableArea, _ rhs: ArrangeableArea) -> Bool? {
        switch self {
        case .name:
            let left = lhs.area.name.lowercased(), right = rhs.area.name.lowercased()
            return left == right ? nil : left < right
        case .spend:
            let left = lhs.position, right = rhs.position
            guard let a = left.spend, let b = right.spend else { return nil }
            return AreaSort.fractionBefore(a, of: left.total, b, of: right.total)
        case .remainder:
            return AreaSort.before(lhs.position.remainder?.pence, rhs.position.remainder?.pence)
        case .overdue:
            return AreaSort.before(lhs.daysOverdue, rhs.daysOverdue)
        case .underspend:
            return AreaSort.before(lhs.position.forecast()?.underspend.pence, rhs.position.forecast()?.underspend.pence)
        }
    }

    /// Whether the area has the figure this order compares.
    func isKnown(_ standing: ArrangeableArea) -> Bool {
        switch self {
        case .name, .overdue: return true
        case .spend: return standing.position.percentSpend != nil
        case .remainder: return standing.position.remainder != nil
        case .underspend: return standing.position.forecast() != nil
        }
    }

    private static func before<Value: Comparable>(_ lhs: Value?, _ rhs: Value?) -> Bool? {
        guard let lhs, let rhs, lhs != rhs else { return nil }
        return lhs < rhs
    }

    /// a / x < b / y for positive totals, compared exactly: a x y in 128 bits, not rounded percents,
    /// so that 10.4% and 10.2% do not tie.
    private static func fractionBefore(_ a: Money, of x: Money, _ b: Money, of y: Money) -> Bool? {
        let left = a.pence.multipliedFullWidth(by: y.pence), right = b.pence.multipliedFullWidth(by: x.pence)
        if left == right { return nil }
        return (left.high, left.low) < (right.high, right.low)
    }
}
