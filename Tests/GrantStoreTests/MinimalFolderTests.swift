import GrantModel
import GrantStore
import Testing

/// The fixture every other folder test changes one thing of: it must load cleanly.
struct MinimalFolderTests {
    @Test func minimalFolderLoadsWithNoDiagnostics() throws {
        let folder = try DataFolderFixture()
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        let grants = try #require(loaded.grants)
        #expect(grants.funders.map(\.id) == ["wm"])
        #expect(grants.areas.map(\.id) == ["bham", "solihull"])
        #expect(grants.allocations.count == 2)
        #expect(grants.returns.count == 2)
        #expect(grants.projects.count == 1)
        #expect(grants.decisions.map(\.ref) == ["PCC/D/2016/01"])
        #expect(grants.reserves.count == 1)
        // projects.csv is read a block at a time, and its table kept by no one; there is no payments.csv.
        #expect(loaded.tables.keys.sorted() == FileSchema.all.map(\.fileName).filter { !["projects.csv", "payments.csv"].contains($0) }.sorted())
    }

    @Test func valuesAreReadIntoTheModel() throws {
        let grants = try #require(try DataFolderFixture().load().grants)
        let funder = try #require(grants.funder("wm"))
        #expect(funder.currency == .gbp && funder.returnDueDays == 30 && funder.name == "West Midlands PCC")
        let allocation = try #require(grants.allocation(for: "bham", in: fy("2016/17")))
        #expect(allocation.allocation == Money(pounds: 1000))
        #expect(allocation.carryForward == Money(pounds: 100))
        #expect(allocation.decisionRef == "PCC/D/2016/01")
        #expect(grants.allocation(for: "solihull", in: fy("2016/17"))?.decisionRef == nil)
        let item = try #require(grants.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q1))
        #expect(item.received == d("2016-07-20"))
        #expect(item.planned == Money(pounds: 400) && item.spend == Money(pounds: 100))
        #expect(grants.area("bham")?.kind == .csp)
        #expect(grants.decisions.first?.date == d("2016-04-01"))
        #expect(grants.reserves.first?.balance == Money(pounds: 5000))
    }

    @Test func optionalFilesMayBeAbsent() throws {
        let folder = try DataFolderFixture([
            .remove("projects.csv"), .remove("reserves.csv"), .remove("decisions.csv"),
            .replaceLine("allocations.csv", 2, "bham,2016/17,1000,100,Police grant,,"),
        ])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        #expect(loaded.grants?.decisions.isEmpty == true)
    }
}
