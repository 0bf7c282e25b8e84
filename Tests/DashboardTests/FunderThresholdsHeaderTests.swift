import Testing
import GrantModel
@testable import Dashboard

/// A funder's own thresholds (funders.csv) are named in the header, and only when not the
/// standard 10 points and 10%.
struct FunderThresholdsHeaderTests {
    private func header(_ thresholds: Thresholds, width: Int = 120) -> String {
        var grants = Synthetic.grants(areas: 3)
        grants = Grants(funders: grants.funders.map { var funder = $0; funder.thresholds = thresholds; return funder },
                        areas: grants.areas, allocations: grants.allocations, returns: grants.returns)
        return render(Synthetic.state(grants, width: width, height: 24)).lines[0]
    }

    @Test func theStandardThresholdsAreNotMentioned() {
        #expect(!header(.standard).contains("behind profile at"))
        #expect(!header(.standard).contains("forecast flag"))
    }

    @Test func othersAreNamedAfterTheFunder() {
        let line = header(Thresholds(behindProfilePoints: 15, forecastPercent: 20), width: 160)
        #expect(line.contains("Big Synthetic PCC · behind profile at 15 points, forecast flag over 20%"), "\(line)")
    }

    @Test func theBoardsForecastTitleUsesTheFundersThreshold() {
        var grants = Synthetic.grants(areas: 3)
        grants = Grants(funders: grants.funders.map { var funder = $0; funder.thresholds.forecastPercent = 25; return funder },
                        areas: grants.areas, allocations: grants.allocations, returns: grants.returns)
        let state = Synthetic.state(grants, width: 120, height: 40)
        #expect(state.forecastThresholdPercent == 25)
        #expect(BoardScreen.title(1, state.pressing(.character("3"), .character("o"))).contains("flagged over 25%"))
    }
}
