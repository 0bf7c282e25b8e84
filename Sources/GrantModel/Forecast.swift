/// A run-rate forecast at the report quarter: the spend that stands at the quarter (a carried
/// quarter's figures included, as the board tables use them), scaled to four quarters from the
/// quarter those figures come from.
public struct Forecast: Hashable, Sendable {
    /// spend / quarters elapsed x 4, rounded half up to the penny; the quarters elapsed are those
    /// of `basis`, the quarter the figures come from.
    public var outturn: Money
    /// The quarter whose figures the run rate scales: the report quarter, or the one a missing
    /// return's figures are carried from (Solihull's Q1 figures standing for Q2 give Q1 spend x 4).
    public var basis: Quarter
    /// The figures are carried from an earlier quarter: say "from Q1 figures" wherever it shows.
    public var isFromCarriedFigures: Bool
    /// Total allocation less the outturn; negative is a forecast overspend.
    public var underspend: Money
    /// The carry forward the underspend implies (never negative).
    public var impliedCarryForward: Money
    /// The underspend is above `thresholdPercent` of the total allocation (compared exactly).
    public var isFlagged: Bool
    public var thresholdPercent: Int
    /// The total allocation the forecast is measured against.
    public var total: Money

    /// The default threshold: 10% of the total allocation (a funder may set its own).
    public static let defaultThresholdPercent = Thresholds.standard.forecastPercent
    /// Thresholds a user may choose, in whole percent.
    public static let thresholdRange = 0...100

    /// nil when the return standing at the quarter does not state spend. `thresholdPercent` nil:
    /// the funder's (`position.thresholds`).
    public init?(_ position: AreaPosition, thresholdPercent: Int? = nil) {
        guard let spend = position.spend else { return nil }
        basis = position.figures.carriedFrom ?? position.period.quarter
        isFromCarriedFigures = position.figures.carriedFrom != nil
        outturn = Forecast.runRate(spend, quartersElapsed: basis.rawValue)
        total = position.total
        underspend = total - outturn
        impliedCarryForward = underspend.isNegative ? .zero : underspend
        let threshold = thresholdPercent ?? position.thresholds.forecastPercent
        self.thresholdPercent = threshold
        isFlagged = Forecast.exceeds(underspend, threshold, of: total)
    }

    public var isOverspend: Bool { underspend.isNegative }

    /// The underspend as a whole percent of the total (negative for an overspend); nil with no total.
    public var underspendPercent: Int? { Percent.of(underspend, in: total) }

    /// The underspend's (or overspend's) share of the total as every format shows it: a whole
    /// percent, `>999%` past any meaning, and one decimal when it rounds to the threshold without
    /// being it, so that a flag is never contradicted by its own rounding (10.017% flagged "over
    /// 10%" shows as `10.0%`, not `10%`). nil with no total.
    public var shareText: String? {
        let magnitude = Money(pence: Int64(underspend.pence.magnitude))
        guard let whole = Percent.of(magnitude, in: total) else { return nil }
        if !isOverspend && whole == thresholdPercent && !Percent.isExactly(whole, magnitude, in: total),
           let tenths = Percent.tenths(magnitude, in: total) {
            return Percent.text(tenths: tenths)
        }
        return Percent.text(whole)
    }

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
    public func forecast(thresholdPercent: Int? = nil) -> Forecast? {
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
    public func forecasts(thresholdPercent: Int? = nil) -> [Forecast?] {
        positions.map { $0.forecast(thresholdPercent: thresholdPercent) }
    }

    public func forecastTotals(thresholdPercent: Int? = nil) -> ForecastTotals {
        let all = forecasts(thresholdPercent: thresholdPercent)
        let known = all.compactMap { $0 }
        let complete = known.count == all.count
        return ForecastTotals(outturn: complete ? known.map(\.outturn).sum() : nil,
                              underspend: complete ? known.map(\.underspend).sum() : nil,
                              flaggedCount: known.filter(\.isFlagged).count)
    }
}
