import Foundation
import GrantModel
import GrantStore
import Testing

/// The shipped sample data: valid, with the one warning seed 002 implies (Wolverhampton's -£1).
struct SampleDataTests {
    @Test func sampleDataLoadsWithNoErrorsAndOneWarning() throws {
        let loaded = try DataFolder.load(sampleDataPath)
        #expect(loaded.errors.isEmpty, "\(loaded.errors)")
        #expect(loaded.warnings.count == 1, "\(loaded.warnings)")
        let warning = try #require(loaded.warnings.first)
        #expect(warning.description.hasPrefix(
            "\(sampleDataPath)/returns.csv:43:37: warning: planned £538,010 is above the total allocation £538,009 for 2016/17 (over-allocated by £1)"))
        let grants = try #require(loaded.grants)
        #expect(grants.funders.map(\.id) == ["west-midlands", "west-mercia"])
        #expect(grants.areas.count == 14)
        #expect(grants.allocations.count == 27)
        #expect(grants.returns.count == 42)
        #expect(grants.decisions.map(\.ref) == ["PCC/D/2021/06", "PCC/D/2023/18"])
        #expect(grants.reserves.first?.balance == Money(pounds: 1_057_000))
    }

    @Test func sampleDataFiguresMatchSeed002() throws {
        let grants = try #require(try DataFolder.load(sampleDataPath).grants)
        let year = fy("2016/17")
        let areas = grants.allocatedAreas(of: "west-midlands", in: year)
        #expect(areas.map(\.name) == ["Birmingham CC", "Coventry CC", "Dudley MBC", "Sandwell MBC",
                                      "Solihull MBC", "Walsall MBC", "Wolverhampton CC"])
        let allocations = areas.compactMap { grants.allocation(for: $0.id, in: year) }
        #expect(allocations.map(\.allocation).sum() == Money(pounds: 3_863_308))
        #expect(allocations.map(\.carryForward).sum() == Money(pounds: 431_174))
        #expect(grants.monitoringReturn(for: "solihull", in: year, quarter: .q2)?.received == nil)
    }

    /// Seed 000 writes "€200,000" for a GBP decision; typed into decisions.csv it must be refused.
    @Test func euroTypoOfSeed000IsRejected() throws {
        let folder = try DataFolderFixture.sampleDataCopy()
        let original = try folder.read("decisions.csv")
        let typo = original.replacingOccurrences(of: ",worcs-districts,200000,2023/24,",
                                                 with: ",worcs-districts,\"€200,000\",2023/24,")
        #expect(typo != original)
        try folder.write("decisions.csv", typo)
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "decisions.csv:3:98",
                        containing: ["amount \"€200,000\" is in €", "this funder's currency is GBP (£)"])
    }

    @Test func poundSignedDecisionAmountIsAccepted() throws {
        let folder = try DataFolderFixture.sampleDataCopy()
        let original = try folder.read("decisions.csv")
        try folder.write("decisions.csv", original.replacingOccurrences(
            of: ",worcs-districts,200000,2023/24,", with: ",worcs-districts,\"£200,000\",2023/24,"))
        let loaded = try folder.load()
        #expect(loaded.errors.isEmpty, "\(listing(loaded))")
        #expect(loaded.grants?.decisions.last?.amount == Money(pounds: 200_000))
    }
}
