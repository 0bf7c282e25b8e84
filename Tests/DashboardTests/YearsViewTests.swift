import Testing
import GrantModel
import GrantStore
@testable import Dashboard

/// The years view says what it knows: the carry forward into every year (the first one's too),
/// `—` for one the data does not state, how many areas a year's total covers, and a change that
/// rounds to zero in one decimal.
@Suite struct YearsViewTests {
    @Test("sample data: 2017/18 covers 1 of 7 areas; Wolverhampton's -£371 is -0.1%; 2015/16's carry forward is unknown")
    func sampleData() throws {
        let frame = render(Fixtures.state(width: 120, height: 40).pressing(.character("4")))
        let total = try #require(frame.lines.first { $0.hasPrefix(" Total") })
        #expect(total.contains("£369,000  1 of 7 areas"), "\(total)")
        let wolverhampton = try #require(frame.lines.first { $0.contains("Wolverhampton CC") && $0.contains("£369,000") })
        #expect(wolverhampton.contains("-£371 -0.1%"), "\(wolverhampton)")
        #expect(!wolverhampton.contains(" 0%"))
        #expect(frame.contains("Carry forward into each year (from the year before)"))
        #expect(frame.contains("Birmingham CC     2014/15 to 2015/16         —"))
        #expect(frame.contains("Birmingham CC     2015/16 to 2016/17        £0"))
        #expect(frame.contains("Wolverhampton CC  2016/17 to 2017/18   £38,000"))
    }

    @Test("one year in the data: its carry forward is shown, not 'No carry forward recorded'")
    func aCarryForwardIntoTheFirstYear() throws {
        let grants = Grants(funders: [Funder(id: "f", name: "F", returnDueDays: 30)],
                            areas: [Area(id: "a", funderID: "f", name: "Normal Area"), Area(id: "b", funderID: "f", name: "Other Area")],
                            allocations: [Allocation(areaID: "a", year: fy("2016/17"), allocation: Money(pounds: 300_000),
                                                     carryForward: Money(pence: 4_045_050)),
                                          Allocation(areaID: "b", year: fy("2016/17"), allocation: Money(pounds: 1))],
                            returns: [])
        let state = DashboardState(loaded: FolderContents(grants: grants, diagnostics: []), folder: "f",
                                   asOf: d("2016-12-06"), size: Size(width: 80, height: 24))
        let frame = render(state.pressing(.character("4")))
        #expect(!frame.contains("No carry forward recorded"))
        #expect(frame.contains("Normal Area  2015/16 to 2016/17  £40,450.50"))
        #expect(frame.contains("Other Area   2015/16 to 2016/17           —"))
    }
}
