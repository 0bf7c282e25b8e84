import Testing
import GrantModel

/// The run-rate forecast: outturn = spend at the report quarter / quarters elapsed x 4,
/// underspend = total allocation - outturn, flagged above a share of the total.
@Suite("Forecast: run-rate outturn, underspend and flag")
struct ForecastTests {
    /// One area with a total of `total` pounds and `spend` pence stated at `quarter`'s return.
    private func position(total: Money = Money(pounds: 1_000), spend: Money?, at quarter: Quarter = .q2,
                          carryForward: Money = .zero) throws -> AreaPosition {
        let year = FinancialYear(startYear: 2016)
        let grants = singleArea(allocation: total - carryForward, carryForward: carryForward, returns: [
            MonitoringReturn(areaID: "a", year: year, quarter: quarter, received: year.lastDay(of: quarter).adding(days: 1),
                             planned: nil, spend: spend),
        ])
        return try #require(grants.position(of: "a", in: ReportPeriod(year: year, quarter: quarter, asOf: d("2017-06-30"))))
    }

    private func forecast(total: Money = Money(pounds: 1_000), spend: Money?, at quarter: Quarter = .q2,
                          threshold: Int = Forecast.defaultThresholdPercent) throws -> Forecast? {
        try position(total: total, spend: spend, at: quarter).forecast(thresholdPercent: threshold)
    }

    // MARK: seed 002 at Q2

    private func seedForecasts() throws -> [AreaID: Forecast] {
        let report = try #require(SeedBoardReportTests.grants.report(
            for: "wm", in: ReportPeriod(year: SeedBoardReportTests.year, quarter: .q2, asOf: SeedBoardReportTests.asOf)))
        var result: [AreaID: Forecast] = [:]
        for (position, forecast) in zip(report.positions, report.forecasts()) { result[position.area.id] = forecast }
        return result
    }

    @Test("seed 002 at Q2: spend x 2 (Solihull's Q1 figures x 4), underspend against the total allocation")
    func seed002() throws {
        let forecasts = try seedForecasts()
        let expected: [(AreaID, Int64, Int64, Bool)] = [
            ("birmingham", 1_016_898, 856_289, true),
            ("coventry", 485_882, 26_350, false),
            ("dudley", 316_366, 3_412, false),
            ("sandwell", 418_340, 64_551, true),
            ("solihull", 533_816, -319_362, false),
            ("walsall", 262_870, 91_061, true),
            ("wolverhampton", 288_180, 249_829, true),
        ]
        for (id, outturn, underspend, flagged) in expected {
            let forecast = try #require(forecasts[id], "\(id)")
            #expect(forecast.outturn == Money(pounds: outturn), "\(id)")
            #expect(forecast.underspend == Money(pounds: underspend), "\(id)")
            #expect(forecast.isFlagged == flagged, "\(id)")
            #expect(forecast.impliedCarryForward == Money(pounds: max(0, underspend)), "\(id)")
        }
    }

    @Test("Solihull's carried Q1 spend stands for Q2 and is scaled from Q1: x 4, an overspend")
    func carriedFiguresAreScaledFromTheirOwnQuarter() throws {
        let solihull = try #require(try seedForecasts()["solihull"])
        #expect(solihull.basis == .q1)
        #expect(solihull.isFromCarriedFigures)
        #expect(solihull.outturn == Money(pounds: 133_454 * 4))
        #expect(solihull.isOverspend)
        #expect(solihull.underspendPercent == -149)
        #expect(solihull.shareText == "149%")
        #expect(solihull.impliedCarryForward == .zero)
    }

    @Test("totals: the sums of the areas' outturns and underspends, and the flagged count")
    func totals() throws {
        let report = try #require(SeedBoardReportTests.grants.report(
            for: "wm", in: ReportPeriod(year: SeedBoardReportTests.year, quarter: .q2, asOf: SeedBoardReportTests.asOf)))
        let totals = report.forecastTotals()
        #expect(totals.outturn == Money(pounds: 3_322_352))
        #expect(totals.underspend == Money(pounds: 972_130))
        #expect(totals.underspend == report.totals.total - Money(pounds: 3_322_352))
        #expect(totals.flaggedCount == 4)
        #expect(report.forecastTotals(thresholdPercent: 50).flaggedCount == 0)
    }

    // MARK: rounding

    @Test("Q1 x 4, Q2 x 2, Q4 x 1: exact to the penny")
    func exactQuarters() throws {
        #expect(try forecast(spend: Money(pence: 12_345), at: .q1)?.outturn == Money(pence: 49_380))
        #expect(try forecast(spend: Money(pence: 12_345), at: .q2)?.outturn == Money(pence: 24_690))
        #expect(try forecast(spend: Money(pence: 12_345), at: .q4)?.outturn == Money(pence: 12_345))
    }

    @Test("Q3: spend x 4 / 3 rounded to the nearest penny", arguments: [
        (Int64(1), Int64(1)),            // 1.33p
        (2, 3),                          // 2.67p
        (3, 4),
        (100, 133),                      // £1 -> 133.33p
        (200, 267),                      // £2 -> 266.67p
        (10_000_000, 13_333_333),        // £100,000 -> £133,333.33
        (20_000_000, 26_666_667),        // £200,000 -> £266,666.67
    ])
    func thirdQuarterRounding(spendPence: Int64, outturnPence: Int64) throws {
        let outturn = Forecast.runRate(Money(pence: spendPence), quartersElapsed: 3)
        #expect(outturn == Money(pence: outturnPence))
    }

    @Test("the run rate of the largest amount the parser accepts does not overflow")
    func largeAmounts() throws {
        let huge = Money(pence: 99_999_999_999_999_999)   // 15 digits of pounds and 99p
        #expect(Forecast.runRate(huge, quartersElapsed: 3) == Money(pence: 133_333_333_333_333_332))
        let forecast = try #require(try forecast(total: Money(pence: 999_999_999_999_999_99 * 2), spend: huge, at: .q4))
        #expect(forecast.underspend == huge)
        #expect(forecast.isFlagged)
    }

    // MARK: the flag

    @Test("an underspend of exactly the threshold is not flagged; a penny more is")
    func thresholdBoundary() throws {
        // Total £1,000; Q2 spend £450 -> outturn £900, underspend £100 = 10% exactly.
        let atThreshold = try #require(try forecast(spend: Money(pounds: 450)))
        #expect(atThreshold.underspend == Money(pounds: 100))
        #expect(!atThreshold.isFlagged)
        // Q2 spend £449.99 -> outturn £899.98, underspend £100.02.
        let justOver = try #require(try forecast(spend: Money(pence: 44_999)))
        #expect(justOver.underspend == Money(pence: 10_002))
        #expect(justOver.isFlagged)
        #expect(justOver.thresholdPercent == 10)
    }

    @Test("the threshold is configurable: 0 flags any underspend, 100 never flags")
    func configurableThreshold() throws {
        #expect(try forecast(spend: Money(pounds: 499), threshold: 0)?.isFlagged == true)
        #expect(try forecast(spend: Money(pounds: 500), threshold: 0)?.isFlagged == false, "no underspend at all")
        #expect(try forecast(spend: Money(pounds: 0), threshold: 100)?.isFlagged == false, "100% underspend is not above 100%")
        #expect(try forecast(spend: Money(pounds: 0), threshold: 99)?.isFlagged == true)
        #expect(try forecast(spend: Money(pounds: 400), threshold: 20)?.isFlagged == false, "20% exactly")
        #expect(try forecast(spend: Money(pounds: 399), threshold: 20)?.isFlagged == true)
    }

    @Test("an overspend: negative underspend, no carry forward, not flagged")
    func overspend() throws {
        let forecast = try #require(try forecast(spend: Money(pounds: 600)))
        #expect(forecast.outturn == Money(pounds: 1_200))
        #expect(forecast.underspend == Money(pounds: -200))
        #expect(forecast.isOverspend)
        #expect(forecast.impliedCarryForward == .zero)
        #expect(!forecast.isFlagged)
        #expect(forecast.underspendPercent == -20)
    }

    @Test("the total includes the carry forward from last year")
    func totalIncludesCarryForward() throws {
        let forecast = try #require(try position(total: Money(pounds: 1_000), spend: Money(pounds: 400), carryForward: Money(pounds: 250)).forecast())
        #expect(forecast.total == Money(pounds: 1_000))
        #expect(forecast.underspend == Money(pounds: 200))
        #expect(forecast.underspendPercent == 20)
    }

    @Test("no spend stated: no forecast, and the totals are unknown")
    func noSpendStated() throws {
        #expect(try forecast(spend: nil) == nil)
        let year = FinancialYear(startYear: 2016)
        let grants = singleArea(returns: [ret(.q1, received: "2016-07-10", planned: 100, spend: nil)])
        let report = try #require(grants.report(for: "f", in: ReportPeriod(year: year, quarter: .q1, asOf: d("2016-12-06"))))
        #expect(report.forecasts() == [nil])
        let totals = report.forecastTotals()
        #expect(totals.outturn == nil && totals.underspend == nil && totals.flaggedCount == 0)
    }

    @Test("no return received: spend is zero, so the whole total is a forecast underspend")
    func noReturn() throws {
        let year = FinancialYear(startYear: 2016)
        let grants = singleArea(returns: [])
        let position = try #require(grants.position(of: "a", in: ReportPeriod(year: year, quarter: .q2, asOf: d("2016-12-06"))))
        let forecast = try #require(position.forecast())
        #expect(forecast.outturn == .zero)
        #expect(forecast.underspend == Money(pounds: 1_000))
        #expect(forecast.isFlagged)
    }

    @Test("no total allocation: nothing to be a share of, never flagged")
    func zeroTotal() throws {
        let forecast = try #require(try forecast(total: .zero, spend: Money(pounds: 10)))
        #expect(forecast.underspend == Money(pounds: -20))
        #expect(!forecast.isFlagged)
        #expect(forecast.underspendPercent == nil)
    }

    // MARK: the board tables

    @Test("Table 2 with the forecast columns: before Comments, seed 002's cells unchanged")
    func boardTableColumns() throws {
        let report = try #require(SeedBoardReportTests.grants.report(
            for: "wm", in: ReportPeriod(year: SeedBoardReportTests.year, quarter: .q2, asOf: SeedBoardReportTests.asOf)))
        let plain = BoardTables.spend(report)
        let table = BoardTables.spend(report, forecastThresholdPercent: 10)
        #expect(table.columns.map(\.header) == [
            "Local Authority", "2016/17 Allocation", "2015/16 Carry Forward", "2016/17 Total Allocation",
            "Q1 Spend", "Q2 Spend", "% Spend at Q2", "Forecast Outturn", "Forecast Underspend", "Forecast Flag (over 10%)",
            "Comments",
        ])
        for (row, plainRow) in zip(table.rows, plain.rows) {
            #expect(Array(row.prefix(7)) == Array(plainRow.prefix(7)))
            #expect(row.last?.hasPrefix(plainRow.last ?? "") == true, "the comment stays last")
        }
        #expect(table.rows[0][7...9] == ["£1,016,898", "£856,289", "! underspend 46%"])
        #expect(table.rows[2][7...9] == ["£316,366", "£3,412", ""])
        #expect(table.rows[4][7...9] == ["£533,816", "-£319,362", "overspend 149%"])
        #expect(table.rows[4].last == "Q2 report has not been received, Q1 figures have therefore been used for Q2; forecast from Q1 figures")
        #expect(plain.rows[4].last == "Q2 report has not been received, Q1 figures have therefore been used for Q2")
        #expect(table.totals[7...9] == ["£3,322,352", "£972,130", "! 4 flagged"])
        #expect(table.totals.count == table.columns.count)
        #expect(BoardTables.spend(report, forecastThresholdPercent: 50).rows[0][9] == "")
    }

    @Test("an unstated spend shows as unknown in the forecast columns")
    func boardTableUnknown() throws {
        let year = FinancialYear(startYear: 2016)
        let grants = singleArea(returns: [ret(.q1, received: "2016-07-10", planned: 100, spend: nil)])
        let report = try #require(grants.report(for: "f", in: ReportPeriod(year: year, quarter: .q1, asOf: d("2016-12-06"))))
        let table = BoardTables.spend(report, forecastThresholdPercent: 10)
        // Local Authority, three allocation columns, Q1 Spend, % Spend at Q1, then the forecast.
        #expect(table.rows[0][4...8] == ["—", "", "—", "—", ""])
        #expect(table.totals[6...8] == ["—", "—", ""])
    }
}
