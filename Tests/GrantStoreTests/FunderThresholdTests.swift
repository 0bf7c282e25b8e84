import GrantModel
@testable import GrantStore
import Testing

/// funders.csv's optional `behind_profile_points` and `forecast_threshold_pct`: read into the
/// funder's thresholds, 10 and 10 when empty or absent, an error at the field when malformed.
struct FunderThresholdTests {
    static let header = "funder_id,name,currency,return_due_days,notes,behind_profile_points,forecast_threshold_pct\n"

    @Test func givenThresholdsAreRead() throws {
        let folder = try DataFolderFixture([.replace("funders.csv", Self.header + "wm,West Midlands PCC,GBP,30,,15,20\n")])
        let loaded = try DataFolder.load(folder.path)
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        let thresholds = try #require(loaded.grants?.funder("wm")?.thresholds)
        #expect(thresholds == Thresholds(behindProfilePoints: 15, forecastPercent: 20))
        #expect(thresholds.nonStandardNote == "behind profile at 15 points, forecast flag over 20%")
    }

    @Test func emptyOrAbsentMeansTheStandardTen() throws {
        for text in [Self.header + "wm,West Midlands PCC,GBP,30,,,\n", "funder_id,name,currency,return_due_days\nwm,WM,GBP,30\n"] {
            let folder = try DataFolderFixture([.replace("funders.csv", text)])
            let loaded = try DataFolder.load(folder.path)
            #expect(loaded.errors.isEmpty, "\(listing(loaded))")
            #expect(loaded.grants?.funder("wm")?.thresholds == .standard)
            #expect(Thresholds.standard.nonStandardNote == nil)
        }
    }

    @Test(arguments: [
        ("ten,", "funders.csv:2:30", "behind_profile_points \"ten\" is not a number of percentage points: expected a whole number from 0 to 100"),
        ("101,", "funders.csv:2:30", "behind_profile_points \"101\" is not a number of percentage points"),
        ("-5,", "funders.csv:2:30", "behind_profile_points \"-5\" is not a number of percentage points"),
        (",10.5", "funders.csv:2:31", "forecast_threshold_pct \"10.5\" is not a whole percent: expected a whole number from 0 to 100"),
        (",10%", "funders.csv:2:31", "forecast_threshold_pct \"10%\" is not a whole percent"),
    ])
    func malformedThresholdsAreErrorsAtTheirField(_ cells: String, _ location: String, _ message: String) throws {
        let folder = try DataFolderFixture([.replace("funders.csv", Self.header + "wm,West Midlands PCC,GBP,30,,\(cells)\n")])
        let loaded = try DataFolder.load(folder.path)
        expectOnlyError(loaded, in: folder, at: location, containing: [message])
    }
}
