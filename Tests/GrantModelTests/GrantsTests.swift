import Testing
import GrantModel

@Suite("Grants: lookups, areas, decisions")
struct GrantsTests {
    let year = fy("2016/17")

    private var grants: Grants {
        Grants(
            funders: [Funder(id: "wmerc", name: "West Mercia", returnDueDays: 30),
                      Funder(id: "wm", name: "West Midlands", returnDueDays: 30)],
            areas: [Area(id: "worcs", funderID: "wmerc", name: "Worcestershire", kind: .partnership),
                    Area(id: "north", funderID: "wmerc", name: "North Worcestershire", kind: .csp, partOf: "worcs"),
                    Area(id: "wyre", funderID: "wmerc", name: "Wyre Forest", kind: .council, partOf: "north"),
                    Area(id: "bham", funderID: "wm", name: "Birmingham", kind: .csp)],
            allocations: [Allocation(areaID: "bham", year: year, allocation: gbp(1_873_187)),
                          Allocation(areaID: "north", year: year.next, allocation: gbp(10)),
                          Allocation(areaID: "wyre", year: year.previous, allocation: gbp(5))],
            returns: [],
            projects: [Project(areaID: "bham", year: year, projectID: "p1", title: "DHR", theme: "Domestic abuse", budget: gbp(9)),
                       Project(areaID: "bham", year: year.next, projectID: "p2", title: "Other", theme: "Youth", budget: gbp(1))],
            decisions: [Decision(ref: "PCC/D/2021/06", funderID: "wmerc", date: d("2021-03-01"), title: "CSP grants",
                                 areaID: "worcs", amount: gbp(300), firstYear: fy("2021/22"), years: 3),
                         Decision(ref: "PCC/D/2021/07", funderID: "wmerc", date: d("2021-03-01"), title: "Wyre",
                                  areaID: "wyre", amount: gbp(5), firstYear: fy("2021/22")),
                         Decision(ref: "X", funderID: "wm", date: d("2021-03-01"), title: "No area",
                                  amount: gbp(1), firstYear: fy("2021/22"))])
    }

    @Test func lookups() {
        #expect(grants.funder("wm")?.name == "West Midlands")
        #expect(grants.funder("nope") == nil)
        #expect(grants.area("wyre")?.partOf == "north")
        #expect(grants.allocation(for: "bham", in: year)?.allocation == gbp(1_873_187))
        #expect(grants.allocation(for: "bham", in: year.next) == nil)
        #expect(grants.monitoringReturn(for: "bham", in: year, quarter: .q1) == nil)
    }

    @Test func yearsAreDistinctAndOldestFirst() {
        #expect(grants.years == [fy("2015/16"), fy("2016/17"), fy("2017/18")])
    }

    @Test func allocatedAreasAndFunders() {
        #expect(grants.allocatedAreas(of: "wm", in: year).map(\.id) == ["bham"])
        #expect(grants.allocatedAreas(of: "wmerc", in: year).isEmpty)
        #expect(grants.funders(allocatingIn: year).map(\.id) == ["wm"])
        #expect(grants.funders(allocatingIn: year.next).map(\.id) == ["wmerc"])
    }

    @Test func projectsForAreaYear() {
        #expect(grants.projects(for: "bham", in: year).map(\.projectID) == ["p1"])
    }

    @Test func ancestryAndDecisionsFundingAnArea() {
        #expect(grants.ancestry(of: "wyre") == ["wyre", "north", "worcs"])
        #expect(grants.ancestry(of: "worcs") == ["worcs"])
        #expect(grants.decisions(funding: "wyre").map(\.ref) == ["PCC/D/2021/06", "PCC/D/2021/07"])
        #expect(grants.decisions(funding: "north").map(\.ref) == ["PCC/D/2021/06"])
        #expect(grants.decisions(funding: "bham").isEmpty)
    }

    @Test("ancestry stops at a cycle instead of looping")
    func ancestryCycle() {
        let cyclic = Grants(funders: [], areas: [Area(id: "a", funderID: "f", name: "A", partOf: "b"),
                                                 Area(id: "b", funderID: "f", name: "B", partOf: "a")],
                            allocations: [], returns: [])
        #expect(cyclic.ancestry(of: "a") == ["a", "b"])
    }

    @Test("a later duplicate key wins")
    func duplicateKeys() {
        let g = Grants(funders: [], areas: [],
                       allocations: [Allocation(areaID: "a", year: year, allocation: gbp(1)),
                                     Allocation(areaID: "a", year: year, allocation: gbp(2))],
                       returns: [])
        #expect(g.allocation(for: "a", in: year)?.allocation == gbp(2))
    }

    @Test func returnIsReceivedOnlyByItsReceivedDay() {
        let item = MonitoringReturn(areaID: "a", year: year, quarter: .q2, received: d("2016-10-20"))
        #expect(!item.isReceived(asOf: d("2016-10-19")))
        #expect(item.isReceived(asOf: d("2016-10-20")))
        #expect(item.isReceived(asOf: d("2017-10-20")))
        #expect(!MonitoringReturn(areaID: "a", year: year, quarter: .q2, received: nil).isReceived(asOf: d("2030-01-01")))
    }

    @Test func decisionYearsAndShares() {
        let decision = Decision(ref: "PCC/D/2021/06", funderID: "f", date: d("2021-03-01"), title: "T",
                                amount: Money(pence: 100_001), firstYear: fy("2021/22"), years: 3)
        #expect(decision.coveredYears == [fy("2021/22"), fy("2022/23"), fy("2023/24")])
        #expect(decision.amount(in: fy("2021/22")) == Money(pence: 33_335))   // the odd pence fall in the first year
        #expect(decision.amount(in: fy("2022/23")) == Money(pence: 33_333))
        #expect(decision.amount(in: fy("2023/24")) == Money(pence: 33_333))
        #expect(decision.amount(in: fy("2024/25")) == .zero)
        #expect(decision.amount(in: fy("2020/21")) == .zero)
        #expect(decision.coveredYears.map(decision.amount(in:)).sum() == decision.amount)
        let single = Decision(ref: "R", funderID: "f", date: d("2021-03-01"), title: "T", amount: gbp(7),
                              firstYear: fy("2021/22"), years: 0)
        #expect(single.coveredYears == [fy("2021/22")])
        #expect(single.amount(in: fy("2021/22")) == gbp(7))
    }
}
