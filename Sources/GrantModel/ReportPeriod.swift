/// The year and quarter a report or screen is about, and the day it is seen from.
public struct ReportPeriod: Hashable, Sendable {
    public var year: FinancialYear
    public var quarter: Quarter
    public var asOf: Day

    public init(year: FinancialYear, quarter: Quarter, asOf: Day) {
        self.year = year
        self.quarter = quarter
        self.asOf = asOf
    }

    /// The quarter has ended by the as-of date: only then can it be judged (behind profile).
    public var quarterHasEnded: Bool { year.lastDay(of: quarter) < asOf }

    /// `not begun` for a quarter (so a year) that begins after the as-of date, `in progress` for
    /// one that has not ended; nil once it has ended. Screens put it beside the period, so that a
    /// year that has not begun is never shown as if it were current.
    public var progress: String? {
        if asOf < year.firstDay(of: quarter) { return "not begun" }
        return quarterHasEnded ? nil : "in progress"
    }

    /// The contract's defaults: the latest year and quarter of `years` whose returns were due by
    /// `asOf` (quarter end + `returnDueDays`); with none due yet, the earliest quarter of the
    /// earliest year. A chosen year alone takes its latest due quarter (Q1 when none is due).
    /// On 15 Oct 2024, with returns due 30 days after quarter end, that is 2024/25 Q1: the Q2
    /// returns are not due until 30 October.
    public static func defaults(for years: [FinancialYear], returnDueDays: Int, asOf: Day,
                                year chosenYear: FinancialYear? = nil, quarter chosenQuarter: Quarter? = nil) -> ReportPeriod {
        func latestDue(_ year: FinancialYear) -> Quarter? {
            Quarter.allCases.last { year.dueDay(of: $0, dueDays: returnDueDays) <= asOf }
        }
        let year = chosenYear
            ?? years.sorted().last { latestDue($0) != nil }
            ?? years.min()
            ?? FinancialYear.containing(asOf)
        let quarter = chosenQuarter ?? latestDue(year) ?? .q1
        return ReportPeriod(year: year, quarter: quarter, asOf: asOf)
    }
}

extension Grants {
    /// The default period for the funders shown (nil: every funder that allocates money): their
    /// years, and the largest of their `return_due_days`, so that no funder shown is looked at
    /// before its returns are due.
    public func defaultPeriod(showing funderIDs: [FunderID]? = nil, asOf: Day,
                              year: FinancialYear? = nil, quarter: Quarter? = nil) -> ReportPeriod {
        let shown = funderIDs.map { Set($0) }
        var years: Set<FinancialYear> = []
        var allocating: Set<FunderID> = []
        for allocation in allocations {
            guard let funderID = area(allocation.areaID)?.funderID, shown?.contains(funderID) ?? true else { continue }
            years.insert(allocation.year)
            allocating.insert(funderID)
        }
        let largestDueDays = allocating.compactMap { funder($0)?.returnDueDays }.max() ?? 0
        return ReportPeriod.defaults(for: Array(years), returnDueDays: largestDueDays, asOf: asOf, year: year, quarter: quarter)
    }
}
