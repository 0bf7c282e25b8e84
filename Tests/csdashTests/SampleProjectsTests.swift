import Foundation
import GrantModel
import GrantStore
import Testing

/// sample-data/projects.csv: seed 004's costed plan and seed 002 paragraph 16's themes.
struct SampleProjectsTests {
    private func sample() throws -> Grants {
        try #require(try DataFolder.load(sampleDataURL.path).grants)
    }

    /// Seed 002 para 16: "4/7 allocate funding to Domestic Abuse c£500k", "6/7 ... Domestic
    /// Homicide Reviews £500k", "4/7 ... substance misuse c£400k", "6/7 ... youth offending /
    /// offender management / youth violence c.£1.7m".
    @Test func themesOf2015Reproduce_seed002Paragraph16() throws {
        let (themes, areas) = try sample().themes(for: "west-midlands", in: FinancialYear(startYear: 2015))
        #expect(areas == 7)
        let summary = themes.map { "\($0.theme) \($0.areaIDs.count)/\(areas) \($0.budget.formatted())" }
        #expect(summary == [
            "Youth offending / offender management / youth violence 6/7 £1,700,000",
            "Domestic Abuse 4/7 £500,000",
            "Domestic Homicide Reviews 6/7 £500,000",
            "Substance misuse 4/7 £400,000",
        ])
    }

    @Test func every2015ProjectStaysWithinItsAreasAllocation() throws {
        let grants = try sample()
        let year = FinancialYear(startYear: 2015)
        for area in grants.allocatedAreas(of: "west-midlands", in: year) {
            let budget = grants.projects(for: area.id, in: year).map(\.budget).sum()
            let allocation = try #require(grants.allocation(for: area.id, in: year))
            #expect(budget > .zero && budget <= allocation.total, "\(area.id)")
        }
    }

    @Test func wolverhamptons2017CostedPlanIsSeed004sProgramme() throws {
        let grants = try sample()
        let year = FinancialYear(startYear: 2017)
        let projects = grants.projects(for: "wolverhampton", in: year)
        #expect(projects.map(\.budget).sum() == Money(pounds: 407_000), "seed 004 para 7.1")
        let allocation = try #require(grants.allocation(for: "wolverhampton", in: year))
        #expect(allocation.allocation + allocation.carryForward == Money(pounds: 369_000 + 38_000))
        let priorities = Dictionary(grouping: projects, by: \.theme).mapValues(\.count)
        #expect(priorities == ["Reducing Reoffending": 4, "Violence Prevention": 5, "Reducing Victimisation": 5])
        #expect(grants.projects.allSatisfy { $0.notes.localizedCaseInsensitiveContains("assumed") }, "every cost is marked assumed")
    }

    @Test func sampleDataStillChecksWithOneWarning() throws {
        let result = try csdash("check", "sample-data")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("sample-data: 0 errors, 1 warning;"), "\(result)")
    }
}
