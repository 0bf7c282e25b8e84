import Testing
@testable import GrantModel

/// The orders and filters of the areas: exact comparisons, unknown figures last whichever the
/// direction, ties in areas.csv order, and rows of a list following their area-year.
@Suite struct AreaArrangementTests {
    static let year = FinancialYear(startYear: 2016)
    static let asOf = d("2016-12-06")

    /// Five areas of 1,000 (c: 3,000) spending 104, 306 (10.2%) and 104 by Q2; a's returns do not
    /// state spend, and e has sent none (its Q1 and Q2 returns are overdue).
    static let grants: Grants = {
        let ids = ["d", "c", "b", "a", "e"]
        let totals: [Int64] = [1_000, 3_000, 1_000, 1_000, 1_000]
        let spends: [Int64?] = [104, 306, 104, nil, nil]
        return Grants(
            funders: [Funder(id: "f", name: "Funder", returnDueDays: 30)],
            areas: ids.map { Area(id: $0, funderID: "f", name: "Area \($0.uppercased())") },
            allocations: zip(ids, totals).map { Allocation(areaID: $0, year: year, allocation: gbp($1), carryForward: .zero) },
            returns: zip(ids, spends).flatMap { id, spend -> [MonitoringReturn] in
                guard id != "e" else { return [] }
                return [Quarter.q1, .q2].map {
                    MonitoringReturn(areaID: id, year: year, quarter: $0, received: d("2016-07-01"), planned: gbp(900), spend: spend.map(gbp))
                }
            })
    }()

    static var standings: [ArrangeableArea] {
        let report = grants.report(for: "f", in: ReportPeriod(year: year, quarter: .q2, asOf: asOf))!
        return grants.standings(report)
    }

    static func ids(_ arrangement: AreaArrangement) -> [AreaID] { arrangement.arrange(standings).map(\.area.id) }

    @Test func percentSpendIsComparedExactlyWithUnknownLastBothWays() {
        // 10.4% (d, b: tied, kept in order) before 10.2% (c), although all three round to 10%; e
        // spent nothing, and a's spend is not known.
        #expect(Self.ids(AreaArrangement(sort: .spend)) == ["d", "b", "c", "e", "a"])
        #expect(Self.ids(AreaArrangement(sort: .spend, descending: false)) == ["e", "c", "d", "b", "a"])
    }

    @Test func namesRunAToZAndTheDefaultKeepsAreasCSVOrder() {
        #expect(Self.ids(AreaArrangement(sort: .name)) == ["a", "b", "c", "d", "e"])
        #expect(Self.ids(AreaArrangement()) == ["d", "c", "b", "a", "e"])
    }

    @Test func daysOverdueAndTheOutstandingFilter() {
        #expect(Self.ids(AreaArrangement(sort: .overdue)).first == "e")
        #expect(Self.ids(AreaArrangement(filter: .outstanding)) == ["e"])
        #expect(Self.ids(AreaArrangement(filter: .held)) == ["e"])
        #expect(Self.ids(AreaArrangement(filter: .overAllocated)).isEmpty)
    }

    @Test func theStepsOfSAndO() {
        var arrangement = AreaArrangement()
        var seen: [AreaSort?] = []
        for _ in 0...AreaSort.allCases.count {
            arrangement = arrangement.nextSort()
            seen.append(arrangement.sort)
        }
        #expect(seen == AreaSort.allCases.map(Optional.some) + [nil])
        #expect(AreaArrangement(filter: .overAllocated).nextFilter().filter == .all)
        #expect(AreaArrangement(sort: .name).sortPhrase == "sorted by name, A to Z")
        #expect(AreaArrangement(filter: .held).filterPhrase(shown: 1, of: 4) == "1 of 4 areas: payment held")
    }

    @Test func rowsFollowTheirAreaYearAndKeepTheirOrderWithin() {
        let rows = Self.grants.returnRows(asOf: Self.asOf).filter { $0.year == Self.year && $0.quarter <= .q2 }
        let byName = AreaArrangement(sort: .name).arrange(rows, standings: Self.standings, key: \.allocationKey)
        #expect(byName.map(\.area.id) == ["a", "a", "b", "b", "c", "c", "d", "d", "e", "e"])
        #expect(byName.map(\.quarter) == [.q1, .q2, .q1, .q2, .q1, .q2, .q1, .q2, .q1, .q2])
        let held = AreaArrangement(filter: .held).arrange(rows, standings: Self.standings, key: \.allocationKey)
        #expect(held.map(\.area.id) == ["e", "e"])
    }
}
