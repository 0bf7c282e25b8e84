import Foundation
import Testing

/// `report --forecast` and `--forecast-threshold`, and the forecast fields JSON always carries.
struct ReportForecastTests {
    static let forecastArguments = Seed002.reportArguments + ["--forecast"]

    /// (area, outturn, underspend, flagged at 10%) at the seed 002 board: Q2 spend x 2, and
    /// Solihull's Q1 figures, standing for Q2, x 4.
    static let expected: [(String, Int, Int, Bool)] = [
        ("birmingham", 1_016_898, 856_289, true),
        ("coventry", 485_882, 26_350, false),
        ("dudley", 316_366, 3_412, false),
        ("sandwell", 418_340, 64_551, true),
        ("solihull", 533_816, -319_362, false),
        ("walsall", 262_870, 91_061, true),
        ("wolverhampton", 288_180, 249_829, true),
    ]

    @Test func tableGainsTheForecastColumnsInTable2Only() throws {
        let plain = try csdash(Seed002.reportArguments)
        let result = try csdash(Self.forecastArguments)
        #expect(result.status == 0, "\(result)")
        let parts = result.stdout.components(separatedBy: "Table 2\n")
        try #require(parts.count == 2, "\(result)")
        #expect(!parts[0].contains("Forecast"), "Table 1 is as the seed prints it")
        #expect(parts[0] == plain.stdout.components(separatedBy: "Table 2\n")[0])
        for word in ["Forecast", "Outturn", "Underspend", "Flag", "(over 10%)"] { #expect(parts[1].contains(word)) }
        let birmingham = try #require(result.stdoutLines.last { $0.hasPrefix("Birmingham CC") })
        #expect(birmingham.contains("£1,016,898    £856,289  ! underspend 46%"), "\(birmingham)")
        let solihull = try #require(result.stdoutLines.last { $0.hasPrefix("Solihull MBC") })
        #expect(solihull.contains("£533,816   -£319,362  overspend 149%"), "\(solihull)")
        #expect(solihull.hasSuffix(Seed002.solihullComment + "; forecast from Q1 figures"), "the comment stays the last column")
        let total = try #require(result.stdoutLines.last { $0.hasPrefix("Total") })
        #expect(total.contains("£3,322,352    £972,130  ! 4 flagged"), "\(total)")
    }

    @Test func withoutTheFlagTheTablesAreUnchanged() throws {
        let result = try csdash(Seed002.reportArguments)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("Forecast"))
    }

    @Test func thresholdChangesTheFlagsAndImpliesForecast() throws {
        let result = try csdash(Seed002.reportArguments + ["--forecast-threshold", "30%"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("(over 30%)"))
        let flagged = result.stdoutLines.filter { $0.contains("! underspend") }.map { String($0.prefix(16)) }
        #expect(flagged == ["Birmingham CC   ", "Wolverhampton CC"], "46% each; Walsall's 26% and Sandwell's 13% are under 30%")
    }

    @Test(arguments: ["-1", "101", "ten", "12.5", ""])
    func badThresholdsExit64(_ value: String) throws {
        let result = try csdash(Seed002.reportArguments + ["--forecast-threshold", value])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--forecast-threshold"), "\(result)")
    }

    @Test(arguments: ["0", "100"]) func thresholdBoundsAreAccepted(_ value: String) throws {
        #expect(try csdash(Seed002.reportArguments + ["--forecast-threshold", value]).status == 0)
    }

    @Test func markdownHasTheColumnsBeforeComments() throws {
        let result = try csdash(Self.forecastArguments + ["--format", "markdown"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains(
            "| % Spend at Q2 | Forecast Outturn | Forecast Underspend | Forecast Flag (over 10%) | Paid to Date | Comments |"))
        #expect(result.stdout.contains("| 27% | £1,016,898 | £856,289 | ! underspend 46% | £468,296.75 |  |"))
        #expect(result.stdout.contains("| **Total** |"))
    }

    @Test func csvAppendsTheForecastColumns() throws {
        let plain = try csdash(Seed002.reportArguments + ["--format", "csv"])
        let result = try csdash(Self.forecastArguments + ["--format", "csv"])
        #expect(result.status == 0, "\(result)")
        let header = try #require(result.stdoutLines.first)
        let plainHeader = try #require(plain.stdoutLines.first)
        // The sample records payments, so `paid` ends the plain header; the forecast columns go
        // before it, as the Paid to Date column follows the forecast in the board tables.
        #expect(plainHeader.hasSuffix(",comment,paid"), "\(plainHeader)")
        #expect(header == plainHeader.dropLast(",paid".count) + ",forecast_outturn,forecast_underspend,forecast_flagged,paid",
                "the existing columns up to comment keep their places")
        for (id, outturn, underspend, flagged) in Self.expected {
            let line = try #require(result.stdoutLines.first { $0.hasPrefix("west-midlands,\(id),") })
            #expect(line.hasSuffix(",\(outturn),\(underspend),\(flagged),\(SamplePaidToDate.plain(of: id))"), "\(line)")
        }
        let total = try #require(result.stdoutLines.first { $0.hasPrefix("west-midlands,,Total,") })
        #expect(total.hasSuffix(",3322352,972130,,1160601.75"), "\(total)")
    }

    // MARK: JSON

    private func areas(_ arguments: [String]) throws -> (areas: [[String: Any]], totals: [String: Any], root: [String: Any]) {
        let root = try #require(try jsonObject(try csdash(arguments + ["--format", "json"])) as? [String: Any])
        let funder = try #require((root["funders"] as? [[String: Any]])?.first)
        return (try #require(funder["areas"] as? [[String: Any]]), try #require(funder["totals"] as? [String: Any]), root)
    }

    @Test func jsonAlwaysCarriesTheForecast() throws {
        let (areas, totals, root) = try areas(Seed002.reportArguments)
        #expect(number(root["forecast_threshold_pct"]) == 10)
        for (id, outturn, underspend, flagged) in Self.expected {
            let area = try #require(areas.first { $0["area_id"] as? String == id })
            #expect(number(area["forecast_outturn"]) == Decimal(outturn), "\(id)")
            #expect(number(area["forecast_underspend"]) == Decimal(underspend), "\(id)")
            #expect(bool(area["forecast_flagged"]) == flagged, "\(id)")
        }
        #expect(number(totals["forecast_outturn"]) == 3_322_352)
        #expect(number(totals["forecast_underspend"]) == 972_130)
    }

    @Test func jsonFlagsFollowTheThreshold() throws {
        let (areas, _, root) = try areas(Seed002.reportArguments + ["--forecast-threshold", "46"])
        #expect(number(root["forecast_threshold_pct"]) == 46)
        let flagged = areas.filter { bool($0["forecast_flagged"]) == true }.compactMap { $0["area_id"] as? String }
        // Birmingham's underspend is 45.7% of its total, Wolverhampton's 46.4%.
        #expect(flagged == ["wolverhampton"])
    }

    @Test func jsonForecastIsNullWhenSpendIsNotStated() throws {
        let folder = try SampleDataCopy()
        try folder.edit("returns.csv", replacing: "coventry,2016/17,Q2,2016-10-21,492478,242941,",
                        with: "coventry,2016/17,Q2,2016-10-21,492478,,")
        let (areas, totals, _) = try areas(["report", folder.path, "--as-of", "2016-12-06", "--year", "2016/17", "--quarter", "Q2"])
        let coventry = try #require(areas.first { $0["area_id"] as? String == "coventry" })
        #expect(isNull(coventry["forecast_outturn"]))
        #expect(isNull(coventry["forecast_underspend"]))
        #expect(isNull(coventry["forecast_flagged"]))
        #expect(isNull(totals["forecast_outturn"]) && isNull(totals["forecast_underspend"]))
        let birmingham = try #require(areas.first { $0["area_id"] as? String == "birmingham" })
        #expect(number(birmingham["forecast_outturn"]) == 1_016_898, "the other areas keep their forecasts")
    }
}
