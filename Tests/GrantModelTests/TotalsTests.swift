import Testing
import GrantModel

@Suite("Totals: the board tables' totals row")
struct TotalsTests {
    let year = fy("2016/17")

    private func grants(_ returns: [MonitoringReturn]) -> Grants {
        Grants(
            funders: [Funder(id: "f", name: "F", returnDueDays: 30)],
            areas: [Area(id: "a", funderID: "f", name: "A"), Area(id: "b", funderID: "f", name: "B"),
                    Area(id: "c", funderID: "f", name: "C")],
            allocations: [
                Allocation(areaID: "a", year: year, allocation: gbp(1_000), carryForward: gbp(100)),
                Allocation(areaID: "b", year: year, allocation: gbp(2_000)),
                Allocation(areaID: "c", year: year, allocation: gbp(500), carryForward: Money(pence: 50)),
            ],
            returns: returns)
    }

    private func r(_ area: AreaID, _ quarter: Quarter, planned: Int64?, spend: Int64?) -> MonitoringReturn {
        MonitoringReturn(areaID: area, year: year, quarter: quarter, received: d("2016-10-05"),
                         planned: planned.map(Money.init(pounds:)), spend: spend.map(Money.init(pounds:)))
    }

    @Test func sumsEveryMoneyColumn() throws {
        let g = grants([
            r("a", .q1, planned: nil, spend: 100), r("a", .q2, planned: 1_200, spend: 300),
            r("b", .q1, planned: nil, spend: 50), r("b", .q2, planned: 1_500, spend: 400),
            r("c", .q1, planned: 400, spend: 20),   // c's Q2 missing: Q1 carried
        ])
        let report = try #require(g.report(for: "f", in: ReportPeriod(year: year, quarter: .q2, asOf: d("2016-12-06"))))
        let totals = report.totals
        #expect(totals.allocation == gbp(3_500))
        #expect(totals.carryForward == Money(pence: 10_050))
        #expect(totals.total == Money(pence: 360_050))
        #expect(totals.planned == gbp(3_100))
        #expect(totals.remainder == Money(pence: 50_050))   // -100 + 500 + 100.50
        #expect(totals.spend == gbp(720))
        #expect(totals.spendByQuarter == [.q1: gbp(170), .q2: gbp(720)])
        #expect(totals == Totals(report.positions, through: .q2))
        // The totals' percentages, from the model as every area's are: 3,100 / 3,600.50 = 86.1%,
        // 720 / 3,600.50 = 20.0%.
        #expect(totals.percentAllocated == 86 && totals.percentSpend == 20)
    }

    @Test("a figure some area did not state leaves its total unknown")
    func unstatedLeavesTotalUnknown() throws {
        let g = grants([
            r("a", .q1, planned: nil, spend: 100), r("a", .q2, planned: 1_200, spend: 300),
            r("b", .q1, planned: nil, spend: 50), r("b", .q2, planned: nil, spend: 400),
            r("c", .q1, planned: 400, spend: 20), r("c", .q2, planned: 450, spend: nil),
        ])
        let atQ2 = try #require(g.report(for: "f", in: ReportPeriod(year: year, quarter: .q2, asOf: d("2016-12-06")))).totals
        #expect(atQ2.planned == nil)
        #expect(atQ2.remainder == nil)
        #expect(atQ2.spend == nil)
        #expect(atQ2.spendByQuarter == [.q1: gbp(170)])    // Q2 unknown, so absent
        #expect(atQ2.allocation == gbp(3_500))              // allocations are always known
        #expect(atQ2.percentAllocated == nil && atQ2.percentSpend == nil)
        let atQ1 = try #require(g.report(for: "f", in: ReportPeriod(year: year, quarter: .q1, asOf: d("2016-12-06")))).totals
        #expect(atQ1.planned == nil)                        // a and b stated no Q1 planned
        #expect(atQ1.spend == gbp(170))
    }

    @Test("an area with no return counts as zero, not unknown")
    func noReturnCountsAsZero() throws {
        let g = grants([r("a", .q2, planned: 1_200, spend: 300), r("b", .q2, planned: 1_500, spend: 400)])
        let totals = try #require(g.report(for: "f", in: ReportPeriod(year: year, quarter: .q2, asOf: d("2016-12-06")))).totals
        #expect(totals.planned == gbp(2_700))
        #expect(totals.spend == gbp(700))
        #expect(totals.spendByQuarter == [.q1: .zero, .q2: gbp(700)])
    }

    @Test func emptyTotalsAreZero() {
        let totals = Totals([], through: .q3)
        #expect(totals.total == .zero)
        #expect(totals.planned == .zero)
        #expect(totals.spend == .zero)
        #expect(totals.spendByQuarter == [.q1: .zero, .q2: .zero, .q3: .zero])
    }

    @Test("the report lists the funder's allocated areas in data order and counts outstanding returns")
    func reportAreasAndOutstanding() throws {
        let g = Grants(
            funders: [Funder(id: "f", name: "F", returnDueDays: 30), Funder(id: "g", name: "G", returnDueDays: 30),
                      Funder(id: "h", name: "H", returnDueDays: 30)],
            areas: [Area(id: "z", funderID: "f", name: "Z"), Area(id: "a", funderID: "f", name: "A"),
                    Area(id: "unfunded", funderID: "f", name: "U"), Area(id: "other", funderID: "g", name: "O"),
                    Area(id: "h1", funderID: "h", name: "H1")],
            allocations: [Allocation(areaID: "a", year: year, allocation: gbp(1)),
                          Allocation(areaID: "z", year: year, allocation: gbp(1)),
                          Allocation(areaID: "other", year: year, allocation: gbp(1)),
                          Allocation(areaID: "h1", year: year.next, allocation: gbp(1))],
            returns: [MonitoringReturn(areaID: "a", year: year, quarter: .q1, received: d("2016-07-01"))])
        let period = ReportPeriod(year: year, quarter: .q2, asOf: d("2016-10-15"))
        let report = try #require(g.report(for: "f", in: period))
        #expect(report.positions.map(\.area.id) == ["z", "a"])
        // z: Q1 overdue and Q2 due; a: Q2 due.
        #expect(report.outstandingCount == 3)
        #expect(g.reports(in: period).map(\.funder.id) == ["f", "g"])
        #expect(g.report(for: "nobody", in: period) == nil)
    }
}
