import Testing
import GrantModel

/// Next year's allocations proposed from this year's Q4 returns: carry forward = total
/// allocation - spend at Q4, never negative; no Q4 return, no proposal.
struct RolloverTests {
    static let year = FinancialYear(startYear: 2016)

    private func rollover(_ returns: [MonitoringReturn], carryForward: Money = .zero, asOf: String = "2017-06-30",
                          allocationFrom: FinancialYear? = nil, change: AllocationChange = .none) -> AreaRollover? {
        singleArea(allocation: Money(pounds: 1_000), carryForward: carryForward, returns: returns)
            .rollover(from: Self.year, asOf: d(asOf), allocationFrom: allocationFrom, change: change).areas.first
    }

    @Test func carryForwardIsTheTotalLessSpendAtQ4() throws {
        let row = try #require(rollover([ret(.q4, received: "2017-04-20", spend: 900)], carryForward: Money(pounds: 100)))
        #expect(row.carryForward == .proposed(Money(pounds: 200), total: Money(pounds: 1_100), spendAtQ4: Money(pounds: 900)))
        #expect(row.allocation == nil)
        #expect(row.existing == nil)
    }

    @Test func anOverspendCarriesNothingForward() throws {
        let row = try #require(rollover([ret(.q4, received: "2017-04-20", spend: 1_250)]))
        #expect(row.carryForward.amount == .zero)
    }

    @Test func withoutAQ4ReturnThereIsNoProposal() throws {
        // Q3's figures are no year-end figures.
        let missing = try #require(rollover([ret(.q3, received: "2017-01-20", spend: 700)]))
        #expect(missing.carryForward == .cannotPropose(reason: "Q4 return missing"))
        // A Q4 return received after the as-of date had not arrived then.
        let late = try #require(rollover([ret(.q4, received: "2017-04-20", spend: 900)], asOf: "2017-04-19"))
        #expect(late.carryForward == .cannotPropose(reason: "Q4 return missing"))
        let noSpend = try #require(rollover([ret(.q4, received: "2017-04-20")]))
        #expect(noSpend.carryForward == .cannotPropose(reason: "Q4 return states no spend"))
    }

    @Test func copiesAndChangesTheAllocationWhenAsked() throws {
        let row = try #require(rollover([], allocationFrom: Self.year, change: AllocationChange("-25%")!))
        #expect(row.allocation == Money(pounds: 750))
        let none = try #require(rollover([], allocationFrom: FinancialYear(startYear: 2015)))
        #expect(none.allocation == nil)
        #expect(none.allocationProblem == "no 2015/16 allocation to copy")
    }

    @Test func listsAreasInTheOrderOfAreasCsvAndNotesRowsAlreadyThere() {
        let next = Self.year.next
        let grants = Grants(
            funders: [Funder(id: "f", name: "F", returnDueDays: 30), Funder(id: "g", name: "G", returnDueDays: 30)],
            areas: [Area(id: "b", funderID: "f", name: "B"), Area(id: "a", funderID: "f", name: "A"),
                    Area(id: "c", funderID: "g", name: "C"), Area(id: "z", funderID: "f", name: "Z")],
            allocations: [Allocation(areaID: "a", year: Self.year, allocation: Money(pounds: 1)),
                          Allocation(areaID: "b", year: Self.year, allocation: Money(pounds: 2)),
                          Allocation(areaID: "c", year: Self.year, allocation: Money(pounds: 3)),
                          Allocation(areaID: "b", year: next, allocation: Money(pounds: 4))],
            returns: [])
        let all = grants.rollover(from: Self.year, asOf: d("2017-06-30"))
        #expect(all.into == next)
        #expect(all.areas.map(\.area.id) == ["b", "a", "c"])
        #expect(all.alreadyAllocated.map(\.area.id) == ["b"])
        #expect(grants.rollover(from: Self.year, asOf: d("2017-06-30"), funderID: "g").areas.map(\.area.id) == ["c"])
    }
}
