/// An area's cumulative planned and spend at the end of each quarter up to the report quarter,
/// against the straight-line profile at the end of every quarter: what the charts draw. The
/// figures are the ones the board tables use at each quarter (`Grants.figures`), carried
/// figures included; nil where a return did not state them.
public struct SpendTrack: Hashable, Sendable {
    public var total: Money
    /// Q1 first, one per quarter up to the report quarter.
    public var planned: [Money?]
    public var spend: [Money?]
    /// Q1 to Q4: the profile of the total at the end of each quarter.
    public var profile: [Money]

    public init(total: Money, planned: [Money?], spend: [Money?]) {
        self.total = total
        self.planned = planned
        self.spend = spend
        profile = Quarter.allCases.map { AreaPosition.profile(of: total, at: $0) }
    }

    /// The largest amount the track holds: the total, or more where planned or spend pass it.
    public var largest: Money {
        (planned + spend).compactMap { $0 }.reduce(max(total, profile.max() ?? .zero)) { max($0, $1) }
    }
}

extension AreaPosition {
    /// The straight-line profile of `total` at the end of `quarter`: its `profilePercent`, the
    /// share that behind profile is judged against, worked in 128 bits (an amount near the
    /// largest times 100 passes 64).
    public static func profile(of total: Money, at quarter: Quarter) -> Money {
        let product = total.pence.multipliedFullWidth(by: Int64(quarter.profilePercent))
        return Money(pence: Int64(100).dividingFullWidth(product).quotient)
    }

    /// This position's cumulative figures quarter by quarter, from `grants`.
    public func track(in grants: Grants) -> SpendTrack {
        let figures = period.quarter.throughThis.map {
            grants.figures(for: area.id, in: period.year, at: $0, asOf: period.asOf)
        }
        return SpendTrack(total: total, planned: figures.map(\.planned), spend: figures.map(\.spend))
    }
}
