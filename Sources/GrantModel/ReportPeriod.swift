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

    /// The contract's defaults: the latest year in the data that has begun by `asOf` (the earliest
    /// year when none has), and the last quarter of it that has ended by then (Q1 when none has).
    public static func defaults(for years: [FinancialYear], asOf: Day,
                                year chosenYear: FinancialYear? = nil, quarter chosenQuarter: Quarter? = nil) -> ReportPeriod {
        let begun = years.filter { $0.firstDay <= asOf }
        let year = chosenYear ?? begun.max() ?? years.min() ?? FinancialYear.containing(asOf)
        let quarter = chosenQuarter ?? year.lastEndedQuarter(asOf: asOf) ?? .q1
        return ReportPeriod(year: year, quarter: quarter, asOf: asOf)
    }
}
