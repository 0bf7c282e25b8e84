/// Where one area stands for a year at a report quarter: every figure of Tables 1 and 2 of
/// the Strategic Policing and Crime Board report of 6 December 2016.
public struct AreaPosition: Hashable, Sendable {
    public var area: Area
    public var allocation: Allocation
    public var figures: Figures
    /// Cumulative spend at each quarter up to the report quarter (nil after it, or not stated).
    public var spendByQuarter: [Quarter: Money]
    public var statuses: [Quarter: ReturnStatus]
    public var period: ReportPeriod
    /// The funder's margins (funders.csv), by which this position is judged.
    public var thresholds = Thresholds.standard

    public var total: Money { allocation.total }
    public var planned: Money? { figures.planned }
    public var spend: Money? { figures.spend }

    /// Total allocation less planned; negative when over-allocated.
    public var remainder: Money? { planned.map { total - $0 } }
    public var percentAllocated: Int? { planned.flatMap { Percent.of($0, in: total) } }
    public var percentSpend: Int? { spend.flatMap { Percent.of($0, in: total) } }

    /// More than the funder's margin (10 points unless funders.csv says otherwise) below the
    /// straight-line profile of 25% a quarter, compared exactly; only where that can be judged
    /// (`isProfileJudged`).
    public var isBehindProfile: Bool {
        guard isProfileJudged, let spend, total.pence > 0 else { return false }
        let profilePoints = Int64(period.quarter.profilePercent - thresholds.behindProfilePoints)
        // In 128 bits: spend * 100 passes 64 bits for amounts the parser accepts.
        let spent = spend.pence.multipliedFullWidth(by: 100)
        let profile = profilePoints.multipliedFullWidth(by: total.pence)
        return (spent.high, spent.low) < (profile.high, profile.low)
    }

    /// The quarter has ended and its figures can be held against the profile: the area's own
    /// return for it, or earlier figures carried while its return is overdue. A quarter whose
    /// return is still due or not due is awaiting it; with no return of the year there are no
    /// figures to judge (the area shows as overdue instead).
    public var isProfileJudged: Bool {
        guard period.quarterHasEnded else { return false }
        switch figures.source {
        case .received: return true
        case .carried: return statuses[period.quarter]?.withholdsPayment == true
        case .noReturn: return false
        }
    }

    public var outstandingQuarters: [Quarter] { Quarter.allCases.filter { statuses[$0]?.isOutstanding == true } }

    /// Some quarter's payment of the year is held on the as-of date: its return overdue or
    /// queried and its instalment not paid (`Grants.isPaymentHeld`, `payment_held`). The one
    /// definition every screen and report uses.
    public var isPaymentWithheld = false

    /// The board tables' comment: why the figures are not this quarter's own.
    public var comment: String {
        let quarter = period.quarter
        switch figures.source {
        case .received:
            return ""
        case .carried(let from):
            return "\(quarter) report has not been received, \(from) figures have therefore been used for \(quarter)"
        case .noReturn:
            return "No \(period.year) return has been received by \(quarter)"
        }
    }
}

extension Grants {
    /// The position of `areaID` in `period`; nil when the area has no allocation that year.
    public func position(of areaID: AreaID, in period: ReportPeriod) -> AreaPosition? {
        guard let area = area(areaID), let allocation = allocation(for: areaID, in: period.year) else { return nil }
        var spendByQuarter: [Quarter: Money] = [:]
        for quarter in period.quarter.throughThis {
            spendByQuarter[quarter] = figures(for: areaID, in: period.year, at: quarter, asOf: period.asOf).spend
        }
        var statuses: [Quarter: ReturnStatus] = [:]
        for quarter in Quarter.allCases {
            statuses[quarter] = returnStatus(for: areaID, in: period.year, quarter: quarter, asOf: period.asOf)
        }
        return AreaPosition(
            area: area, allocation: allocation,
            figures: figures(for: areaID, in: period.year, at: period.quarter, asOf: period.asOf),
            spendByQuarter: spendByQuarter, statuses: statuses, period: period,
            thresholds: funder(area.funderID)?.thresholds ?? .standard,
            isPaymentWithheld: isPaymentHeld(for: areaID, in: period.year, asOf: period.asOf))
    }
}
