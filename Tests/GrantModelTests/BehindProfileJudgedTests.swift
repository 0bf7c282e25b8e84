import Testing
import GrantModel

/// Behind profile is judged only for a quarter that has ended, on the area's own return for it or
/// on carried figures while its return is overdue; never while the return is `due` or `not_due`.
@Suite("Behind profile only where it can be judged")
struct BehindProfileJudgedTests {
    let year = fy("2016/17")

    /// Area "a": £1,000 total, returns due 30 days after quarter end.
    private func position(_ returns: [MonitoringReturn], at quarter: Quarter, asOf: String) throws -> AreaPosition {
        let grants = singleArea(returns: returns)
        return try #require(grants.position(of: "a", in: ReportPeriod(year: year, quarter: quarter, asOf: d(asOf))))
    }

    /// Q1 says 5% spent: behind at Q1 (15%) and at Q2 (40%) alike, when judged.
    let q1 = ret(.q1, received: "2016-07-10", planned: 900, spend: 50)

    @Test("its own return for an ended quarter is judged")
    func ownReturn() throws {
        let p = try position([q1], at: .q1, asOf: "2016-07-11")
        #expect(p.isProfileJudged)
        #expect(p.isBehindProfile)
    }

    @Test("carried figures while the quarter's return is due: awaiting it, not behind")
    func carriedWhileDue() throws {
        // Q2 ended on 30 September and is due on 30 October.
        for asOf in ["2016-10-01", "2016-10-30"] {
            let p = try position([q1], at: .q2, asOf: asOf)
            #expect(p.figures.source == .carried(from: .q1))
            #expect(p.statuses[.q2] == .due)
            #expect(!p.isProfileJudged)
            #expect(!p.isBehindProfile)
        }
    }

    @Test("carried figures once the quarter's return is overdue are judged")
    func carriedWhenOverdue() throws {
        let p = try position([q1], at: .q2, asOf: "2016-10-31")
        #expect(p.statuses[.q2] == .overdue(days: 1))
        #expect(p.isBehindProfile)
    }

    @Test("a quarter that has not ended gives no flag, even on a return received within it")
    func quarterNotEnded() throws {
        let early = ret(.q3, received: "2016-11-20", planned: 900, spend: 50)
        let p = try position([q1, early], at: .q3, asOf: "2016-12-06")
        #expect(p.figures.source == .received)
        #expect(!p.isBehindProfile)
        let future = try position([q1], at: .q4, asOf: "2016-12-06")
        #expect(future.statuses[.q4] == .notDue)
        #expect(!future.isBehindProfile)
    }

    @Test("no return of the year, even overdue: no figures to judge (it shows as overdue)")
    func noReturnOverdue() throws {
        let p = try position([], at: .q1, asOf: "2016-12-06")
        #expect(p.statuses[.q1] == .overdue(days: 129))
        #expect(!p.isBehindProfile)
    }
}
