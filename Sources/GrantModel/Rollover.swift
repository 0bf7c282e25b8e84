/// Next year's allocations proposed from this year's (`csdash rollover`): the same areas, each
/// with the allocation copied (and changed) when asked, and the carry forward its Q4 return
/// implies: total allocation less spend at Q4, never negative. "2015/16 carry forward" in the
/// board report of 6 December 2016 is this figure, a year on.
public struct Rollover: Hashable, Sendable {
    public var from: FinancialYear
    public var asOf: Day
    public var allocationFrom: FinancialYear?
    public var change: AllocationChange
    public var rounding: AllocationChange.Rounding
    public var areas: [AreaRollover]

    public var into: FinancialYear { from.next }

    /// Areas that already have a row for the next year: a rollover does not write over them.
    public var alreadyAllocated: [AreaRollover] { areas.filter { $0.existing != nil } }
}

/// One area's proposed row for the next year.
public struct AreaRollover: Hashable, Sendable {
    public var area: Area
    /// The allocation of the year rolled over, whose total the carry forward comes from.
    public var current: Allocation
    /// The copied and changed allocation; nil: left for the user (or nothing to copy).
    public var allocation: Money?
    /// Why `allocation` is nil although one was asked for.
    public var allocationProblem: String?
    public var carryForward: CarryForwardProposal
    /// The next year's row when allocations.csv already has one.
    public var existing: Allocation?
}

public enum CarryForwardProposal: Hashable, Sendable {
    /// `total` less `spendAtQ4`, or zero when the area overspent.
    case proposed(Money, total: Money, spendAtQ4: Money)
    /// An amount the user asked for instead (Wolverhampton's £38,000 request of 28 February 2017).
    case stated(Money)
    case cannotPropose(reason: String)

    public var amount: Money? {
        switch self {
        case .proposed(let amount, _, _), .stated(let amount): return amount
        case .cannotPropose: return nil
        }
    }

    public var spendAtQ4: Money? {
        if case .proposed(_, _, let spend) = self { return spend }
        return nil
    }
}

extension Grants {
    /// The rollover of `year` into the next, for every area allocated in `year` (of `funderID`
    /// only, when given), in the order of areas.csv. Only a Q4 return received by `asOf` is
    /// used: an earlier quarter's figures are no year-end figures.
    public func rollover(from year: FinancialYear, asOf: Day, funderID: FunderID? = nil, allocationFrom: FinancialYear? = nil,
                         change: AllocationChange = .none, rounding: AllocationChange.Rounding = .penny) -> Rollover {
        var rows: [AreaRollover] = []
        for area in areas where funderID == nil || area.funderID == funderID {
            guard let current = allocation(for: area.id, in: year) else { continue }
            var allocation: Money?, problem: String?
            if let allocationFrom {
                if let copied = self.allocation(for: area.id, in: allocationFrom) {
                    allocation = change.applied(to: copied.allocation, rounding: rounding)
                    if allocation == nil { problem = "the changed allocation is past what an amount can hold" }
                } else {
                    problem = "no \(allocationFrom) allocation to copy"
                }
            }
            rows.append(AreaRollover(area: area, current: current, allocation: allocation, allocationProblem: problem,
                                     carryForward: carryForward(of: current, asOf: asOf),
                                     existing: self.allocation(for: area.id, in: year.next)))
        }
        return Rollover(from: year, asOf: asOf, allocationFrom: allocationFrom, change: change, rounding: rounding, areas: rows)
    }

    private func carryForward(of current: Allocation, asOf: Day) -> CarryForwardProposal {
        guard let q4 = monitoringReturn(for: current.areaID, in: current.year, quarter: .q4), q4.isReceived(asOf: asOf) else {
            return .cannotPropose(reason: "Q4 return missing")
        }
        guard let spend = q4.spend else { return .cannotPropose(reason: "Q4 return states no spend") }
        let left = current.total - spend
        return .proposed(left.isNegative ? .zero : left, total: current.total, spendAtQ4: spend)
    }
}
