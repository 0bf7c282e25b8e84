/// One funder's areas for a period, with the totals row of the board tables.
public struct FunderReport: Hashable, Sendable {
    public var funder: Funder
    public var period: ReportPeriod
    public var positions: [AreaPosition]

    public var totals: Totals { Totals(positions, through: period.quarter) }

    /// The count of `due` and `overdue` returns among these areas for the year.
    public var outstandingCount: Int { positions.reduce(0) { $0 + $1.outstandingQuarters.count } }
}

/// Column sums. A figure that some area's return did not state leaves its sum unknown (nil).
public struct Totals: Hashable, Sendable {
    public var allocation: Money
    public var carryForward: Money
    public var total: Money
    public var planned: Money?
    public var remainder: Money?
    public var spend: Money?
    public var spendByQuarter: [Quarter: Money]

    public init(_ positions: [AreaPosition], through quarter: Quarter) {
        allocation = positions.map(\.allocation.allocation).sum()
        carryForward = positions.map(\.allocation.carryForward).sum()
        total = positions.map(\.total).sum()
        planned = Totals.sum(positions.map(\.planned))
        remainder = Totals.sum(positions.map(\.remainder))
        spend = Totals.sum(positions.map(\.spend))
        spendByQuarter = [:]
        for each in quarter.throughThis {
            if let sum = Totals.sum(positions.map { $0.spendByQuarter[each] }) { spendByQuarter[each] = sum }
        }
    }

    /// The totals' % allocated and % spend, as every area's: of the total allocation, rounded half
    /// up; nil where a sum is unknown or there is no total.
    public var percentAllocated: Int? { planned.flatMap { Percent.of($0, in: total) } }
    public var percentSpend: Int? { spend.flatMap { Percent.of($0, in: total) } }

    private static func sum(_ values: [Money?]) -> Money? {
        var result = Money.zero
        for value in values {
            guard let value else { return nil }
            result = result + value
        }
        return result
    }
}

extension Grants {
    /// A funder's report for a period: every area allocated money that year.
    public func report(for funderID: FunderID, in period: ReportPeriod) -> FunderReport? {
        guard let funder = funder(funderID) else { return nil }
        let positions = allocatedAreas(of: funderID, in: period.year).compactMap { position(of: $0.id, in: period) }
        return FunderReport(funder: funder, period: period, positions: positions)
    }

    /// One report per funder that allocates money in the period's year.
    public func reports(in period: ReportPeriod) -> [FunderReport] {
        funders(allocatingIn: period.year).compactMap { report(for: $0.id, in: period) }
    }
}
