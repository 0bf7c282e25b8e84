import GrantModel
import GrantStore
import Testing

/// The value forms DESIGN.md promises to read: money with symbol and grouping, UK dates.
struct ValueFormatTests {
    @Test func moneyWithPoundSignAndGroupingAndPence() throws {
        let folder = try DataFolderFixture([
            .replaceLine("allocations.csv", 2, "bham,2016/17,\"£1,234\",\"1,234.50\",Police grant,PCC/D/2016/01,"),
            .replaceLine("returns.csv", 2, "bham,2016/17,Q1,2016-07-20,£400.5,\"£1,000\","),
        ])
        let loaded = try folder.load()
        #expect(loaded.errors.isEmpty, "\(listing(loaded))")
        let grants = try #require(loaded.grants)
        let allocation = try #require(grants.allocation(for: "bham", in: fy("2016/17")))
        #expect(allocation.allocation == Money(pounds: 1234))
        #expect(allocation.carryForward == Money(pence: 123_450))
        let item = grants.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q1)
        #expect(item?.planned == Money(pence: 40_050))
        #expect(item?.spend == Money(pounds: 1000))
    }

    @Test func ukDayFirstDates() throws {
        let folder = try DataFolderFixture([
            .replaceLine("reserves.csv", 2, "wm,General reserve,\"£1,234\",06/12/2016,"),
            .replaceLine("returns.csv", 2, "bham,2016/17,Q1,20/07/2016,400,100,"),
            .replaceLine("decisions.csv", 2, "PCC/D/2016/01,wm,01/04/2016,Birmingham grant,bham,1000,2016/17,1,Police grant,,,"),
        ])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        let grants = try #require(loaded.grants)
        #expect(grants.reserves.first?.asOf == d("2016-12-06"))
        #expect(grants.reserves.first?.balance == Money(pounds: 1234))
        #expect(grants.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q1)?.received == d("2016-07-20"))
        #expect(grants.decisions.first?.date == d("2016-04-01"))
    }

    @Test func spacesAroundValuesAreTrimmed() throws {
        let folder = try DataFolderFixture([
            .replaceLine("allocations.csv", 3, " solihull , 2016/17 , 500 ,0,Police grant,,"),
        ])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        #expect(loaded.grants?.allocation(for: "solihull", in: fy("2016/17"))?.allocation == Money(pounds: 500))
    }
}
