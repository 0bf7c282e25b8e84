import Testing
import GrantModel

/// A forecast flag is never contradicted by its own rounding: a share that rounds to the
/// threshold without being it shows one decimal.
@Suite("Forecast share: one decimal where a whole percent would contradict the flag")
struct ForecastShareTests {
    /// Area "a" with a £1,000 total and `spend` pence stated at Q4 (outturn = spend).
    private func forecast(spendPence: Int64, threshold: Int = 10) throws -> Forecast {
        let year = fy("2016/17")
        let grants = singleArea(returns: [MonitoringReturn(areaID: "a", year: year, quarter: .q4,
                                                           received: d("2017-04-05"), spend: Money(pence: spendPence))])
        let position = try #require(grants.position(of: "a", in: ReportPeriod(year: year, quarter: .q4, asOf: d("2017-06-30"))))
        return try #require(position.forecast(thresholdPercent: threshold))
    }

    @Test("10.017% flagged over 10% shows as 10.0%, not 10%")
    func justOverTheThreshold() throws {
        let f = try forecast(spendPence: 89_983)   // underspend £100.17 of £1,000
        #expect(f.isFlagged)
        #expect(f.underspendPercent == 10)
        #expect(f.shareText == "10.0%")
        #expect(BoardTables.flag(f) == "! underspend 10.0%")
    }

    @Test("exactly 10% is not flagged and shows as 10%; 9.96% shows as 10.0%")
    func atAndJustUnder() throws {
        let exact = try forecast(spendPence: 90_000)
        #expect(!exact.isFlagged)
        #expect(exact.shareText == "10%")
        let under = try forecast(spendPence: 90_040)
        #expect(!under.isFlagged)
        #expect(under.shareText == "10.0%")
    }

    @Test("away from the threshold, a whole percent; at another threshold, that one")
    func elsewhere() throws {
        #expect(try forecast(spendPence: 55_000).shareText == "45%")
        #expect(try forecast(spendPence: 84_960, threshold: 15).shareText == "15.0%")
        #expect(try forecast(spendPence: 89_983, threshold: 15).shareText == "10%")
    }

    @Test("an overspend past any meaning shows as >999%")
    func hugeOverspend() throws {
        let f = try forecast(spendPence: 99_999_999_999_999_999)
        #expect(f.isOverspend)
        #expect(f.shareText == ">999%")
        #expect(BoardTables.flag(f) == "overspend >999%")
    }
}
