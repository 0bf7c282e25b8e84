/// What the orders and filters of the areas look at: an area's position at a period and whether a
/// payment of its year is held on the as-of date.
public struct ArrangeableArea: Hashable, Sendable {
    public var position: AreaPosition

    public init(position: AreaPosition) {
        self.position = position
    }

    /// A return overdue or queried holds a payment not yet made (`Grants.isPaymentHeld`), as the
    /// position worked it out once when it was made.
    public var isPaymentHeld: Bool { position.isPaymentWithheld }

    public var area: Area { position.area }

    /// The most days any of the year's returns is overdue; 0 when none is.
    public var daysOverdue: Int { position.statuses.values.compactMap(\.daysOverdue).max() ?? 0 }

    public var isOverAllocated: Bool { position.remainder?.isNegative ?? false }
}

extension Grants {
    public func standing(_ position: AreaPosition) -> ArrangeableArea { ArrangeableArea(position: position) }

    public func standings(_ report: FunderReport) -> [ArrangeableArea] { report.positions.map(standing) }

    /// An area's standing in a year as a list of every year sees it: at the year's latest quarter
    /// whose returns were due by `asOf` (Q1 when none was). nil when the area has no allocation then.
    public func standing(of areaID: AreaID, in year: FinancialYear, asOf: Day) -> ArrangeableArea? {
        let dueDays = area(areaID).flatMap { funder($0.funderID) }?.returnDueDays ?? 0
        let period = ReportPeriod.defaults(for: [year], returnDueDays: dueDays, asOf: asOf, year: year)
        return position(of: areaID, in: period).map(standing)
    }
}
