/// A run-rate forecast at the report quarter: spend so far, scaled to four quarters.
public struct Forecast: Hashable, Sendable {
    /// spend / quarters elapsed x 4, rounded half up to the penny.
    public var outturn: Money
    /// Total allocation less the outturn; negative is a forecast overspend.
    public var underspend: Money
    /// The carry forward the underspend implies (never negative).
    public var impliedCarryForward: Money
    /// The underspend is above the threshold share of the total allocation.
    public var isFlagged: Bool

    /// The default threshold: 10% of the total allocation.
    public static let defaultThresholdPercent = 10

    public init?(_ position: AreaPosition, thresholdPercent: Int = Forecast.defaultThresholdPercent) {
        guard let spend = position.spend else { return nil }
        let quarters = Int64(position.period.quarter.rawValue)
        outturn = Money(pence: (spend.pence * 4 * 2 + quarters) / (quarters * 2))
        underspend = position.total - outturn
        impliedCarryForward = underspend.isNegative ? .zero : underspend
        // Compared exactly: underspend / total > threshold / 100.
        isFlagged = position.total.pence > 0
            && Int128(underspend.pence) * 100 > Int128(thresholdPercent) * Int128(position.total.pence)
    }
}

extension AreaPosition {
    public func forecast(thresholdPercent: Int = Forecast.defaultThresholdPercent) -> Forecast? {
        Forecast(self, thresholdPercent: thresholdPercent)
    }
}
