/// An area's allocation year by year, with the change from the year before and the carry forward
/// into each year (West Midlands 2015/16 to 2016/17, per the Police and Crime Panel report of
/// 12 October 2015 and the board report of 6 December 2016: a 25% cut for every CSP).
public struct YearOnYearRow: Hashable, Sendable {
    public var year: FinancialYear
    public var allocation: Money
    /// The carry forward into this year from the one before, as the data states it; nil when
    /// unknown (an empty `carry_forward`). The first year of the data has one too.
    public var carryForward: Money?
    /// Change in the allocation from the previous year in the data; nil for the first year or
    /// when the previous year has no allocation.
    public var change: Money?
    /// That change as a whole percent of the previous allocation, rounded half away from zero.
    public var changePercent: Int?
    /// The carry forward into the next year (that year's `carry_forward`), when it is in the data.
    public var carriedIntoNextYear: Money?
    /// The change as shown: `+5%`, `-25%`; one decimal when a non-zero change rounds to 0%
    /// (`-0.1%`), `<0.1%` below even that, `>999%` past any meaning. nil with no percent.
    public var changePercentText: String?
}

public struct YearOnYear: Hashable, Sendable {
    public var area: Area
    public var rows: [YearOnYearRow]
}

extension Grants {
    /// Every area of the funder with its allocations in every year of the data, oldest first.
    public func yearOnYear(for funderID: FunderID) -> [YearOnYear] {
        let years = self.years
        return areas.filter { $0.funderID == funderID }.compactMap { area in
            var rows: [YearOnYearRow] = []
            for year in years {
                guard let current = allocation(for: area.id, in: year) else { continue }
                let previous = allocation(for: area.id, in: year.previous)
                let change = previous.map { current.allocation - $0.allocation }
                let percent = previous.flatMap { before in change.flatMap { Percent.of($0, in: before.allocation) } }
                let text = previous.flatMap { before in change.flatMap { YearOnYear.percentText($0, of: before.allocation) } }
                rows.append(YearOnYearRow(year: year, allocation: current.allocation, carryForward: current.statedCarryForward,
                                          change: change, changePercent: percent,
                                          carriedIntoNextYear: allocation(for: area.id, in: year.next)?.statedCarryForward,
                                          changePercentText: text))
            }
            return rows.isEmpty ? nil : YearOnYear(area: area, rows: rows)
        }
    }
}

extension YearOnYear {
    /// A change of an allocation as a signed percent of the one before: a non-zero change is
    /// never shown as `0%`.
    static func percentText(_ change: Money, of before: Money) -> String? {
        guard let whole = Percent.of(change, in: before) else { return nil }
        let sign = change.pence > 0 ? "+" : ""
        if whole > Percent.largestShown { return Percent.text(whole) }
        guard whole == 0, change != .zero, let tenths = Percent.tenths(change, in: before) else { return sign + Percent.text(whole) }
        return tenths == 0 ? "<0.1%" : sign + Percent.text(tenths: tenths)
    }
}
