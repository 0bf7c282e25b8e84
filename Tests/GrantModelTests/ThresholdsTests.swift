import Testing
import GrantModel

/// A funder's own margins (funders.csv): behind profile and the forecast flag judged by them
/// wherever a position is judged, 10 points and 10% when the funder sets none.
struct ThresholdsTests {
    static let year = FinancialYear(startYear: 2016)

    /// One area of £1,000 with `spend` pounds stated at Q2, its funder judging by `thresholds`.
    private func position(spend: Int64, thresholds: Thresholds) throws -> AreaPosition {
        let grants = Grants(
            funders: [Funder(id: "f", name: "Funder", returnDueDays: 30, thresholds: thresholds)],
            areas: [Area(id: "a", funderID: "f", name: "Area")],
            allocations: [Allocation(areaID: "a", year: Self.year, allocation: Money(pounds: 1_000))],
            returns: [ret(.q2, received: "2016-10-20", planned: 1_000, spend: spend)])
        return try #require(grants.position(of: "a", in: ReportPeriod(year: Self.year, quarter: .q2, asOf: d("2016-12-06"))))
    }

    @Test func behindProfileUsesTheFundersMargin() throws {
        // 35% against 50% at Q2: 15 points below.
        #expect(try position(spend: 350, thresholds: .standard).isBehindProfile)
        #expect(try !position(spend: 350, thresholds: Thresholds(behindProfilePoints: 20, forecastPercent: 10)).isBehindProfile)
        #expect(try position(spend: 350, thresholds: Thresholds(behindProfilePoints: 20, forecastPercent: 10)).thresholds.behindProfilePoints == 20)
        // Exactly at the margin is not behind it.
        #expect(try !position(spend: 350, thresholds: Thresholds(behindProfilePoints: 15, forecastPercent: 10)).isBehindProfile)
        #expect(try position(spend: 490, thresholds: Thresholds(behindProfilePoints: 0, forecastPercent: 10)).isBehindProfile)
    }

    @Test func theForecastFlagUsesTheFundersThresholdUnlessOneIsGiven() throws {
        // £400 at Q2 runs to £800: an underspend of 20% of the total.
        let standard = try #require(try position(spend: 400, thresholds: .standard).forecast())
        #expect(standard.isFlagged && standard.thresholdPercent == 10)
        let lenient = try position(spend: 400, thresholds: Thresholds(behindProfilePoints: 10, forecastPercent: 25))
        let own = try #require(lenient.forecast())
        #expect(!own.isFlagged && own.thresholdPercent == 25)
        let asked = try #require(lenient.forecast(thresholdPercent: 15))
        #expect(asked.isFlagged && asked.thresholdPercent == 15)
    }

    @Test func theNoteNamesOnlyWhatDiffers() {
        #expect(Thresholds(behindProfilePoints: 1, forecastPercent: 10).nonStandardNote == "behind profile at 1 point")
        #expect(Thresholds(behindProfilePoints: 10, forecastPercent: 0).nonStandardNote == "forecast flag over 0%")
    }
}
