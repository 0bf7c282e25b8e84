import Testing
import GrantModel
import GrantStore
@testable import Dashboard

/// The Themes view (key 5) on sample-data's projects.csv: seed 002 paragraph 16 for 2015/16, and
/// seed 004's costed plan for Wolverhampton 2017/18.
@Suite struct SampleThemesTests {
    @Test func themesOf2015ShowSeed002Paragraph16() throws {
        let state = Fixtures.state(width: 140, height: 60).pressing(.character("["), .character("5"))
        #expect(state.year == FinancialYear(startYear: 2015))
        let frame = render(state)
        let expected = [
            ("Youth offending / offender management / youth violence", "6/7", "£1,700,000"),
            ("Domestic Abuse", "4/7", "£500,000"),
            ("Domestic Homicide Reviews", "6/7", "£500,000"),
            ("Substance misuse", "4/7", "£400,000"),
        ]
        var previousRow = -1
        for (theme, count, budget) in expected {
            let line = try #require(frame.lines.firstIndex { $0.contains(" \(theme) ") && $0.contains(" \(count) ") })
            #expect(frame.lines[line].contains(budget), "\(theme)")
            #expect(line > previousRow, "largest budget first, then by name")
            previousRow = line
        }
    }

    @Test func wolverhamptonsCostedPlanOf2017() throws {
        let state = Fixtures.state(width: 140, height: 60).pressing(.character("]"), .character("5"))
        #expect(state.year == FinancialYear(startYear: 2017))
        let frame = render(state)
        #expect(frame.contains("Costed plan: Wolverhampton CC  £407,000 in 14 activities"))
        for priority in ["Reducing Reoffending", "Violence Prevention", "Reducing Victimisation"] {
            #expect(frame.contains(priority), "\(priority)")
        }
    }

    /// The view's lines are kept between keypresses: a new year, a new width or new data lays them out again.
    @Test func theKeptLinesFollowTheYearTheWidthAndTheData() throws {
        let earlier = Fixtures.state(width: 140, height: 60).pressing(.character("["), .character("5"))
        #expect(render(earlier).contains("Domestic Abuse"))
        let later = earlier.pressing(.character("]"), .character("]"))
        #expect(later.year == FinancialYear(startYear: 2017))
        #expect(render(later).contains("Costed plan: Wolverhampton CC") && !render(later).contains("Domestic Abuse"))
        let narrow = later.resized(90, 60)
        let fresh = DocumentScreen.document(Fixtures.state(width: 90, height: 60).pressing(.character("]"), .character("5")), width: 88).lines
        #expect(narrow.documentCache?.document.lines == fresh)
        let reloaded = later.after([.dataReloaded(FolderContents(grants: nil, diagnostics: []))])
        #expect(reloaded.documentCache?.key == later.documentCache?.key, "invalid files keep the last good data")
    }
}
