import CSDashTestSupport
import Foundation
import Testing

/// funders.csv's `behind_profile_points` and `forecast_threshold_pct` in `csdash report`: the
/// funder's thresholds judge its areas, the heading names them, --forecast-threshold still
/// overrides the flag.
struct FunderThresholdsReportTests {
    /// A copy of sample-data whose West Midlands funder sets its own thresholds.
    static func folder(points: String, percent: String) throws -> SampleDataCopy {
        let folder = try SampleDataCopy()
        try folder.edit("funders.csv", replacing: "org_id,prefix_360g\n", with: "org_id,prefix_360g,behind_profile_points,forecast_threshold_pct\n")
        try folder.edit("funders.csv", replacing: "para 4)\",,\n", with: "para 4)\",,,\(points),\(percent)\n")
        try folder.edit("funders.csv", replacing: "West Mercia returns,,\n", with: "West Mercia returns,,,,\n")
        return folder
    }

    static func report(_ folder: SampleDataCopy, _ extra: [String] = []) throws -> RunResult {
        try csdash(["report", folder.path, "--as-of", "2016-12-06", "--year", "2016/17", "--quarter", "Q2", "--funder", "west-midlands"] + extra)
    }

    @Test func theHeadingNamesThemAndTheForecastUsesThem() throws {
        let folder = try Self.folder(points: "15", percent: "30")
        let result = try Self.report(folder, ["--forecast"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.first?.hasSuffix("as of 2016-12-06 (behind profile at 15 points, forecast flag over 30%)") == true, "\(result)")
        #expect(result.stdout.contains("(over 30%)"))
        let flagged = result.stdoutLines.filter { $0.contains("! underspend") }.map { String($0.prefix(16)) }
        #expect(flagged == ["Birmingham CC   ", "Wolverhampton CC"], "46% each; Walsall's 26% is under the funder's 30%")

        // The option still decides for everyone.
        let asked = try Self.report(folder, ["--forecast-threshold", "10"])
        #expect(asked.stdout.contains("(over 10%)"))
        #expect(asked.stdoutLines.filter { $0.contains("! underspend") }.count == 4, "\(asked)")
    }

    @Test func jsonCarriesEachFundersThresholdsAndBehindProfileFollowsTheMargin() throws {
        // Q2 profile 50%: Birmingham's 27% is 23 points below it, behind at 10 and at 20, not at 25.
        for (points, behind) in [("", true), ("20", true), ("25", false)] {
            let folder = try Self.folder(points: points, percent: "")
            let root = try #require(try jsonObject(try Self.report(folder, ["--format", "json"])) as? [String: Any])
            let funder = try #require((root["funders"] as? [[String: Any]])?.first)
            #expect(number(funder["behind_profile_points"]) == Decimal(points.isEmpty ? 10 : Int(points)!))
            #expect(number(funder["forecast_threshold_pct"]) == 10)
            #expect(number(root["forecast_threshold_pct"]) == 10)
            let birmingham = try #require((funder["areas"] as? [[String: Any]])?.first { $0["area_id"] as? String == "birmingham" })
            #expect(bool(birmingham["behind_profile"]) == behind, "margin \(points)")
        }
    }

    @Test func aMalformedThresholdIsAnErrorAtItsField() throws {
        let folder = try Self.folder(points: "lots", percent: "")
        let check = try csdash("check", folder.path)
        #expect(check.status == 65, "\(check)")
        #expect(check.stderr.contains("funders.csv:2:"), "\(check)")
        #expect(check.stderr.contains("behind_profile_points \"lots\" is not a number of percentage points"), "\(check)")
    }
}
