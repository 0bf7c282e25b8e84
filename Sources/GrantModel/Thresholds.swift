/// A funder's margins for judging an area (funders.csv's `behind_profile_points` and
/// `forecast_threshold_pct`): the board report of 6 December 2016 used 10 points below the
/// straight-line profile and 10% of the total allocation, and a funder may choose others.
public struct Thresholds: Hashable, Sendable {
    /// Behind profile: % spend more than this many points below 25 x the quarter.
    public var behindProfilePoints: Int
    /// A forecast underspend above this percent of the total allocation is flagged.
    public var forecastPercent: Int

    public static let standard = Thresholds(behindProfilePoints: 10, forecastPercent: 10)
    /// What funders.csv may hold for either, in whole points or percent.
    public static let allowed = 0...100

    public init(behindProfilePoints: Int, forecastPercent: Int) {
        self.behindProfilePoints = behindProfilePoints
        self.forecastPercent = forecastPercent
    }

    /// The thresholds that differ from the standard ones, for a header or heading
    /// (`behind profile at 15 points, forecast flag over 20%`); nil when both are standard.
    public var nonStandardNote: String? {
        var parts: [String] = []
        if behindProfilePoints != Thresholds.standard.behindProfilePoints {
            parts.append("behind profile at \(behindProfilePoints) point\(behindProfilePoints == 1 ? "" : "s")")
        }
        if forecastPercent != Thresholds.standard.forecastPercent { parts.append("forecast flag over \(forecastPercent)%") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
