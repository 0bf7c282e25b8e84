import Testing
import GrantModel

@Suite("AreaPosition: total, remainder, percentages, profile, comment")
struct AreaPositionTests {
    let year = fy("2016/17")

    /// The position of the single area "a" (total = allocation + carry forward) at `quarter`.
    private func position(allocation: Money = gbp(1_000), carryForward: Money = .zero,
                          _ returns: [MonitoringReturn], at quarter: Quarter = .q2,
                          asOf: String = "2016-12-06") throws -> AreaPosition {
        let grants = singleArea(allocation: allocation, carryForward: carryForward, returns: returns)
        return try #require(grants.position(of: "a", in: ReportPeriod(year: year, quarter: quarter, asOf: d(asOf))))
    }

    @Test func totalIsAllocationPlusCarryForward() throws {
        let p = try position(allocation: gbp(409_728), carryForward: gbp(102_504), [])
        #expect(p.total == gbp(512_232))
        #expect(p.allocation.total == gbp(512_232))
    }

    @Test("remainder is total less planned, negative when over-allocated (Wolverhampton -£1)")
    func remainder() throws {
        let wolverhampton = try position(allocation: gbp(369_371), carryForward: gbp(168_638),
                                         [ret(.q2, received: "2016-10-28", planned: 538_010, spend: 144_090)])
        #expect(wolverhampton.remainder == gbp(-1))
        #expect(wolverhampton.remainder?.formatted() == "-£1")
        #expect(wolverhampton.percentAllocated == 100)
        let exact = try position([ret(.q2, received: "2016-10-28", planned: 1_000, spend: 0)])
        #expect(exact.remainder == .zero)
        let under = try position([ret(.q2, received: "2016-10-28", planned: 250, spend: 0)])
        #expect(under.remainder == gbp(750))
        #expect(under.percentAllocated == 25)
        #expect(under.percentSpend == 0)
    }

    @Test("unstated planned: no remainder and no % allocated")
    func unstatedPlanned() throws {
        let p = try position([ret(.q2, received: "2016-10-28", planned: nil, spend: 300)])
        #expect(p.planned == nil)
        #expect(p.remainder == nil)
        #expect(p.percentAllocated == nil)
        #expect(p.percentSpend == 30)
    }

    @Test("no total: no percent and never behind profile")
    func zeroTotal() throws {
        let p = try position(allocation: .zero, [ret(.q2, received: "2016-10-28", planned: 0, spend: 0)])
        #expect(p.total == .zero)
        #expect(p.percentAllocated == nil)
        #expect(p.percentSpend == nil)
        #expect(!p.isBehindProfile)
        let none = try position(allocation: .zero, [], at: .q4, asOf: "2017-06-01")
        #expect(!none.isBehindProfile)
    }

    @Test("behind profile: spend more than 10 points below 25% a quarter, compared exactly", arguments: [
        // (quarter, spend in pence of a £1,000 total, behind?)
        (Quarter.q1, Int64(14_999), true), (Quarter.q1, Int64(15_000), false),
        (Quarter.q2, Int64(39_600), true),   // 39.6% shows as 40% but is below 40
        (Quarter.q2, Int64(39_999), true), (Quarter.q2, Int64(40_000), false), (Quarter.q2, Int64(40_001), false),
        (Quarter.q3, Int64(64_999), true), (Quarter.q3, Int64(65_000), false),
        (Quarter.q4, Int64(89_999), true), (Quarter.q4, Int64(90_000), false), (Quarter.q4, Int64(150_000), false),
    ])
    func behindProfile(quarter: Quarter, spendPence: Int64, behind: Bool) throws {
        let grants = Grants(
            funders: [Funder(id: "f", name: "F", returnDueDays: 30)],
            areas: [Area(id: "a", funderID: "f", name: "A")],
            allocations: [Allocation(areaID: "a", year: year, allocation: gbp(600), carryForward: gbp(400))],
            returns: [MonitoringReturn(areaID: "a", year: year, quarter: quarter, received: d("2017-04-10"),
                                       planned: gbp(1_000), spend: Money(pence: spendPence))])
        let p = try #require(grants.position(of: "a", in: ReportPeriod(year: year, quarter: quarter, asOf: d("2017-06-01"))))
        #expect(p.isBehindProfile == behind)
    }

    @Test func behindProfileUsesCarriedFigures() throws {
        // Q1 return says 20% spent; at Q2 (threshold 40%) those carried figures are behind.
        let p = try position([ret(.q1, received: "2016-07-10", planned: 900, spend: 200)])
        #expect(p.figures.source == .carried(from: .q1))
        #expect(p.percentSpend == 20)
        #expect(p.isBehindProfile)
        let atQ1 = try position([ret(.q1, received: "2016-07-10", planned: 900, spend: 200)], at: .q1)
        #expect(!atQ1.isBehindProfile)
    }

    @Test("no return: zero spend, and nothing to judge the profile on")
    func noReturnIsNotJudged() throws {
        let p = try position([], at: .q1, asOf: "2016-07-05")
        #expect(p.figures.isNoReturn)
        #expect(p.spend == .zero)
        #expect(p.percentSpend == 0)
        #expect(!p.isBehindProfile)
    }

    @Test("unstated spend: no % spend and not behind")
    func unstatedSpend() throws {
        let p = try position([ret(.q2, received: "2016-10-28", planned: 500, spend: nil)])
        #expect(p.percentSpend == nil)
        #expect(!p.isBehindProfile)
    }

    @Test("exact for the largest amounts the parser accepts")
    func largeAmounts() throws {
        let largest = Money(pence: 99_999_999_999_999_999)
        let grants = Grants(
            funders: [Funder(id: "f", name: "F", returnDueDays: 30)],
            areas: [Area(id: "a", funderID: "f", name: "A")],
            allocations: [Allocation(areaID: "a", year: year, allocation: largest)],
            returns: [MonitoringReturn(areaID: "a", year: year, quarter: .q2, received: d("2016-10-01"),
                                       planned: largest, spend: Money(pence: 39_999_999_999_999_999))])
        let p = try #require(grants.position(of: "a", in: ReportPeriod(year: year, quarter: .q2, asOf: d("2016-12-06"))))
        #expect(p.percentAllocated == 100)
        #expect(p.percentSpend == 40)
        #expect(p.isBehindProfile)
    }

    @Test func comments() throws {
        let own = try position([ret(.q2, received: "2016-10-28", planned: 500, spend: 100)])
        #expect(own.comment == "")
        let carried = try position([ret(.q1, received: "2016-07-10", planned: 500, spend: 100)])
        #expect(carried.comment == "Q2 report has not been received, Q1 figures have therefore been used for Q2")
        let carriedQ4 = try position([ret(.q2, received: "2016-10-28", planned: 500, spend: 100)], at: .q4, asOf: "2017-06-01")
        #expect(carriedQ4.comment == "Q4 report has not been received, Q2 figures have therefore been used for Q4")
        let none = try position([])
        #expect(none.comment == "No 2016/17 return has been received by Q2")
    }

    @Test("spend by quarter runs to the report quarter only, carried where missing")
    func spendByQuarter() throws {
        let returns = [
            ret(.q1, received: "2016-07-10", planned: 500, spend: 100),
            ret(.q3, received: "2017-01-15", planned: 800, spend: 450),
            ret(.q4, received: "2017-04-15", planned: 900, spend: 800),
        ]
        let atQ3 = try position(returns, at: .q3, asOf: "2017-02-01")
        #expect(atQ3.spendByQuarter == [.q1: gbp(100), .q2: gbp(100), .q3: gbp(450)])
        #expect(atQ3.spend == gbp(450))
        #expect(atQ3.planned == gbp(800))
        let atQ1 = try position(returns, at: .q1, asOf: "2017-02-01")
        #expect(atQ1.spendByQuarter == [.q1: gbp(100)])
        #expect(atQ1.spend == gbp(100))
    }

    @Test("statuses for all four quarters, outstanding ones, and withheld payment")
    func statuses() throws {
        let p = try position([ret(.q1, received: "2016-08-09")], asOf: "2016-10-15")
        #expect(p.statuses == [.q1: .late(days: 10), .q2: .due, .q3: .notDue, .q4: .notDue])
        #expect(p.outstandingQuarters == [.q2])
        #expect(!p.isPaymentWithheld)
        let later = try position([ret(.q1, received: "2016-08-09")], asOf: "2017-02-01")
        #expect(later.statuses == [.q1: .late(days: 10), .q2: .overdue(days: 94), .q3: .overdue(days: 2), .q4: .notDue])
        #expect(later.outstandingQuarters == [.q2, .q3])
        #expect(later.isPaymentWithheld)
    }

    @Test("an area without an allocation that year, or unknown, has no position")
    func noPosition() {
        let grants = singleArea(returns: [])
        let otherYear = ReportPeriod(year: fy("2017/18"), quarter: .q1, asOf: d("2017-12-01"))
        #expect(grants.position(of: "a", in: otherYear) == nil)
        #expect(grants.position(of: "zz", in: ReportPeriod(year: year, quarter: .q1, asOf: d("2016-12-01"))) == nil)
    }
}
