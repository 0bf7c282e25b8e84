/// A run-rate forecast at the report quarter: the spend that stands at the quarter (a carried
/// quarter's figures included, as the board tables use them), scaled to four quarters.
public struct Forecast: Hashable, Sendable {
    /// spend / quarters elapsed x 4, rounded half up to the penny.
    public var outturn: Money
    /// Total allocation less the outturn; negative is a forecast overspend.
    public var underspend: Money
    /// The carry forward the underspend implies (never negative).
    public var impliedCarryForward: Money
    /// The underspend is above `thresholdPercent` of the total allocation (compared exactly).
    public var isFlagged: Bool
    public var thresholdPercent: Int
    /// The total allocation the forecast is measured against.
    public var total: Money

    /// The default threshold: 10% of the total allocation.
    public static let defaultThresholdPercent = 10
    /// Thresholds a user may choose, in whole percent.
    public static let thresholdRange = 0...100

    /// nil when the return standing at the quarter does not state spend.
    public init?(_ position: AreaPosition, thresholdPercent: Int = Forecast.defaultThresholdPercent) {
        guard let spend = position.spend else { return nil }
        outturn = Forecast.runRate(spend, quartersElapsed: position.period.quarter.rawValue)
        total = position.total
        underspend = total - outturn
        impliedCarryForward = underspend.isNegative ? .zero : underspend
        self.thresholdPercent = thresholdPercent
        isFlagged = Forecast.exceeds(underspend, thresholdPercent, of: total)
    }

    public var isOverspend: Bool { underspend.isNegative }

    /// The underspend as a whole percent of the total (negative for an overspend); nil with no total.
    public var underspendPercent: Int? { Percent.of(underspend, in: total) }

    /// `spend x 4 / quarters`, rounded half away from zero to the penny. Worked as
    /// 4 x (spend / q) + round(4 x (spend % q) / q) so nothing is multiplied beyond the spend itself.
    public static func runRate(_ spend: Money, quartersElapsed quarters: Int) -> Money {
        let q = UInt64(max(1, min(4, quarters)))
        let magnitude = spend.pence.magnitude
        let rounded = 4 * (magnitude / q) + (8 * (magnitude % q) + q) / (2 * q)
        let pence = Int64(rounded)
        return Money(pence: spend.isNegative ? -pence : pence)
    }

    /// underspend / total > percent / 100, compared in 128 bits (100 x an amount the parser
    /// accepts passes 64 bits).
    static func exceeds(_ underspend: Money, _ percent: Int, of total: Money) -> Bool {
        guard underspend.pence > 0, total.pence > 0 else { return false }
        let left = underspend.pence.multipliedFullWidth(by: 100)
        let right = Int64(max(0, percent)).multipliedFullWidth(by: total.pence)
        return (left.high, left.low) > (right.high, right.low)
    }
}

extension AreaPosition {
    public func forecast(thresholdPercent: Int = Forecast.defaultThresholdPercent) -> Forecast? {
        Forecast(self, thresholdPercent: thresholdPercent)
    }
}

/// The forecast column sums of a funder's report; a sum is unknown (nil) when any area's
/// forecast is, as with the board tables' other totals.
public struct ForecastTotals: Hashable, Sendable {
    public var outturn: Money?
    public var underspend: Money?
    public var flaggedCount: Int
}

extension FunderReport {
    /// Each area's forecast, in the order of `positions`.
    public func forecasts(thresholdPercent: Int = Forecast.defaultThresholdPercent) -> [Forecast?] {
        positions.map { $0.forecast(thresholdPercent: thresholdPercent) }
    }

    public func forecastTotals(thresholdPercent: Int = Forecast.defaultThresholdPercent) -> ForecastTotals {
        let all = forecasts(thresholdPercent: thresholdPercent)
        let known = all.compactMap { $0 }
        let complete = known.count == all.count
        return ForecastTotals(outturn: complete ? known.map(\.outturn).sum() : nil,
                              underspend: complete ? known.map(\.underspend).sum() : nil,
                              flaggedCount: known.filter(\.isFlagged).count)
    }
}
