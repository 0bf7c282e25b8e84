import Testing
import GrantModel

/// One definition of "payment held" for every screen and report: some quarter's return overdue or
/// queried on the as-of date, its instalment not paid (`Grants.isPaymentHeld`). A position's
/// `isPaymentWithheld` (the reports' `payment_held`) is that, not the return status alone.
@Suite struct PaymentHeldDefinitionTests {
    // Q2 of 2016/17 ends 2016-09-30; with 30 days its return is due 2016-10-30.
    static let asOf = d("2016-12-06")
    static let q1 = ret(.q1, received: "2016-07-20", planned: 200, spend: 100)

    static func position(_ returns: [MonitoringReturn], payments: [Payment] = []) throws -> AreaPosition {
        let area = singleArea(allocation: gbp(1_000), returns: returns)
        let grants = Grants(funders: area.funders, areas: area.areas, allocations: area.allocations, returns: returns, payments: payments)
        let position = try #require(grants.position(of: "a", in: ReportPeriod(year: fy("2016/17"), quarter: .q2, asOf: asOf)))
        #expect(position.isPaymentWithheld == grants.isPaymentHeld(for: "a", in: fy("2016/17"), asOf: asOf))
        return position
    }

    @Test func aQueriedReturnHoldsThePayment() throws {
        var q2 = ret(.q2, received: "2016-10-20", planned: 400, spend: 200)
        q2.review = Review(outcome: .queried, date: d("2016-11-01"), query: "spend by project missing")
        let position = try Self.position([Self.q1, q2])
        #expect(position.statuses.values.allSatisfy { !$0.withholdsPayment }, "no return is overdue")
        #expect(position.isPaymentWithheld)
    }

    @Test func anOverdueReturnWhoseInstalmentWasPaidHoldsNothing() throws {
        let paid = Payment(areaID: "a", year: fy("2016/17"), quarter: .q2, amount: gbp(250), paid: d("2016-10-01"), ref: "BACS 1")
        let position = try Self.position([Self.q1], payments: [paid])
        #expect(position.statuses[.q2]?.withholdsPayment == true)
        #expect(!position.isPaymentWithheld)
    }

    @Test func anOverdueReturnNotPaidHoldsThePayment() throws {
        #expect(try Self.position([Self.q1]).isPaymentWithheld)
    }
}
