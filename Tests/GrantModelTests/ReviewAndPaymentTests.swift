import Testing
import GrantModel

// Q2 of 2016/17 ends 2016-09-30; with 30 days its return is due 2016-10-30.

/// Area "a"'s Q2 return received on `received`, reviewed as `review`.
private func q2(received: String? = "2016-10-20", _ review: Review? = nil) -> MonitoringReturn {
    var item = ret(.q2, received: received, planned: 400, spend: 200)
    item.review = review
    return item
}

private func accepted(_ day: String) -> Review { Review(outcome: .accepted, date: d(day)) }
private func queried(_ day: String, _ query: String = "spend by project missing") -> Review {
    Review(outcome: .queried, date: d(day), query: query)
}

private func instalment(_ quarter: Quarter = .q2, _ pounds: Int64 = 250, paid: String? = nil, ref: String = "") -> Payment {
    Payment(areaID: "a", year: fy("2016/17"), quarter: quarter, amount: gbp(pounds), paid: paid.map(d), ref: ref)
}

private func grants(_ returns: [MonitoringReturn], payments: [Payment] = [], allocation: Int64 = 1_000) -> Grants {
    let area = singleArea(allocation: gbp(allocation), returns: returns)
    return Grants(funders: area.funders, areas: area.areas, allocations: area.allocations, returns: returns,
                  payments: payments)
}

@Suite("Review status: null, awaiting, accepted, queried at the as-of date")
struct ReviewStatusTests {
    @Test func noReviewStatusUntilTheReturnIsReceived() {
        #expect(q2(received: nil).reviewStatus(asOf: d("2016-12-06")) == nil)
        // Received after the as-of date: not received then, so nothing to review.
        #expect(q2(received: "2016-10-20").reviewStatus(asOf: d("2016-10-19")) == nil)
    }

    @Test func receivedAndNotReviewedIsAwaiting() {
        #expect(q2().reviewStatus(asOf: d("2016-12-06")) == .awaiting)
    }

    @Test func aReviewOnTheDayTheReturnArrivedCountsThatDay() {
        let item = q2(received: "2016-10-20", accepted("2016-10-20"))
        #expect(item.reviewStatus(asOf: d("2016-10-20")) == .accepted)
        #expect(accepted("2016-10-20").problems(received: d("2016-10-20")).isEmpty)
    }

    @Test func aReviewDatedAfterTheAsOfDateHasNotHappenedYet() {
        let item = q2(received: "2016-10-20", queried("2016-11-01"))
        #expect(item.reviewStatus(asOf: d("2016-10-31")) == .awaiting)
        #expect(item.reviewStatus(asOf: d("2016-11-01")) == .queried)
    }

    @Test func aQueryLaterAcceptedIsAccepted() {
        // The later review replaces the query in the row (the audit log keeps both).
        var item = q2(received: "2016-10-20", queried("2016-10-25"))
        #expect(item.reviewStatus(asOf: d("2016-11-01")) == .queried)
        item.review = Review(outcome: .accepted, date: d("2016-11-02"), query: "spend by project missing")
        #expect(item.reviewStatus(asOf: d("2016-11-02")) == .accepted)
    }

    @Test func aQueriedReturnWithNoQueryTextIsAnError() {
        #expect(queried("2016-10-25", "").problems(received: d("2016-10-20")) == [.queryMissing])
        #expect(queried("2016-10-25").problems(received: d("2016-10-20")).isEmpty)
    }

    @Test func aReviewNeedsAReceivedReturnReviewedOnOrAfterItArrived() {
        #expect(accepted("2016-10-25").problems(received: nil) == [.notReceived])
        #expect(accepted("2016-10-19").problems(received: d("2016-10-20"))
                == [.reviewedBeforeReceived(received: d("2016-10-20"))])
    }
}

@Suite("Payment status: paid, ready, held, pending at the as-of date")
struct PaymentStatusTests {
    private func status(_ item: MonitoringReturn?, _ payment: Payment? = nil, asOf: String) -> PaymentStatus {
        grants(item.map { [$0] } ?? [], payments: payment.map { [$0] } ?? [])
            .paymentStatus(for: "a", in: fy("2016/17"), quarter: .q2, asOf: d(asOf))
    }

    @Test func acceptedAndNotPaidIsReady() {
        #expect(status(q2(accepted("2016-10-25")), asOf: "2016-12-06") == .ready)
        #expect(status(q2(accepted("2016-10-25")), instalment(), asOf: "2016-12-06") == .ready)
    }

    @Test func paidOnOrBeforeTheAsOfDateIsPaid() {
        let payment = instalment(paid: "2016-11-01")
        #expect(status(q2(accepted("2016-10-25")), payment, asOf: "2016-11-01") == .paid(on: d("2016-11-01")))
        // A payment dated after the as-of date has not been made yet.
        #expect(status(q2(accepted("2016-10-25")), payment, asOf: "2016-10-31") == .ready)
    }

    @Test func anOverdueReturnHoldsThePayment() {
        #expect(status(nil, instalment(), asOf: "2016-12-06") == .held(.overdue(days: 37)))
        #expect(status(q2(received: nil), asOf: "2016-12-06") == .held(.overdue(days: 37)))
    }

    @Test func aQueriedReturnHoldsThePaymentWithItsQuery() {
        #expect(status(q2(queried("2016-10-25")), asOf: "2016-12-06")
                == .held(.queried(query: "spend by project missing")))
        // Before the query was made the return was awaiting review: pending, not held.
        #expect(status(q2(queried("2016-10-25")), asOf: "2016-10-24") == .pending)
    }

    @Test func aQueryLaterAcceptedReleasesThePayment() {
        let later = Review(outcome: .accepted, date: d("2016-11-02"), query: "spend by project missing")
        #expect(status(q2(later), asOf: "2016-11-02") == .ready)
        #expect(status(q2(later), asOf: "2016-11-01") == .pending)
    }

    @Test func dueNotDueAndAwaitingReviewArePending() {
        #expect(status(nil, asOf: "2016-10-15") == .pending)                 // due
        #expect(status(nil, asOf: "2016-09-15") == .pending)                 // not due
        #expect(status(q2(), asOf: "2016-12-06") == .pending)                // awaiting review, even late
        #expect(status(q2(received: "2016-11-20"), asOf: "2016-12-06") == .pending)
    }

    @Test func aPaymentForAQuarterNotDueYetIsPaidAndMadeBeforeAcceptance() {
        let advance = instalment(.q4, paid: "2016-12-01")
        let money = grants([], payments: [advance])
        #expect(money.paymentStatus(for: "a", in: fy("2016/17"), quarter: .q4, asOf: d("2016-12-06")) == .paid(on: d("2016-12-01")))
        #expect(money.returnStatus(for: "a", in: fy("2016/17"), quarter: .q4, asOf: d("2016-12-06")) == .notDue)
        #expect(advance.isMadeBeforeAcceptance(of: nil))
        #expect(money.paid(to: "a", in: fy("2016/17"), asOf: d("2016-12-06")) == gbp(250))
    }

    @Test func statusNames() {
        #expect([PaymentStatus.paid(on: d("2016-11-01")), .ready, .held(.overdue(days: 1)), .pending].map(\.name)
                == ["paid", "ready", "held", "pending"])
        #expect(ReviewStatus.allCases.map(\.rawValue) == ["awaiting", "accepted", "queried"])
    }
}

@Suite("Payments: early, above the allocation, paid to date, ready to release")
struct PaymentLedgerTests {
    @Test func aPaymentBeforeAcceptanceIsMadeEarly() {
        let item = q2(accepted("2016-10-25"))
        #expect(instalment(paid: "2016-10-24").isMadeBeforeAcceptance(of: item))
        #expect(!instalment(paid: "2016-10-25").isMadeBeforeAcceptance(of: item))
        #expect(instalment(paid: "2016-10-26").isMadeBeforeAcceptance(of: q2(queried("2016-10-25"))))
        #expect(instalment(paid: "2016-10-26").isMadeBeforeAcceptance(of: q2()))
        // A scheduled instalment has not been made, early or not.
        #expect(!instalment().isMadeBeforeAcceptance(of: q2()))
    }

    @Test func paymentsAboveTheYearsTotalAllocationAreFoundWhereTheyPassIt() {
        let money = grants([], payments: [instalment(.q1, 400, paid: "2016-08-01"), instalment(.q2, 400),
                                          instalment(.q3, 201), instalment(.q4, 1)], allocation: 1_000)
        #expect(money.paymentsAboveTotalAllocation() == [2, 3])
        let exact = grants([], payments: [instalment(.q1, 600), instalment(.q2, 400)], allocation: 1_000)
        #expect(exact.paymentsAboveTotalAllocation().isEmpty)
    }

    @Test func paidToDatePerAreaAndFunderCountsOnlyPaymentsMadeByTheAsOfDate() {
        let money = grants([q2(accepted("2016-10-25"))],
                           payments: [instalment(.q1, 250, paid: "2016-08-01"), instalment(.q2, 250, paid: "2016-11-01"),
                                      instalment(.q3, 250)])
        #expect(money.paid(to: "a", in: fy("2016/17"), asOf: d("2016-10-31")) == gbp(250))
        #expect(money.paid(to: "a", in: fy("2016/17"), asOf: d("2016-11-01")) == gbp(500))
        #expect(money.paid(byFunder: "f", in: fy("2016/17"), asOf: d("2016-11-01")) == gbp(500))
        #expect(money.paid(byFunder: "f", in: fy("2015/16"), asOf: d("2016-11-01")) == .zero)
    }

    @Test func readyToReleaseIsTheScheduledInstalmentOfEveryReadyQuarter() {
        let money = grants([q2(accepted("2016-10-25"))], payments: [instalment(.q2, 250, paid: "2016-11-01")])
        #expect(money.readyToRelease(byFunder: "f", in: fy("2016/17"), asOf: d("2016-10-31")) == gbp(250))
        #expect(money.readyToRelease(byFunder: "f", in: fy("2016/17"), asOf: d("2016-11-01")) == .zero)
        // Ready with nothing scheduled: no amount to release.
        #expect(grants([q2(accepted("2016-10-25"))]).readyToRelease(byFunder: "f", in: fy("2016/17"), asOf: d("2016-11-01")) == .zero)
    }

    @Test func heldIsAnyQuarterOverdueOrQueried() {
        let queriedMoney = grants([ret(.q1, received: "2016-07-10"), q2(queried("2016-10-25"))])
        #expect(queriedMoney.isPaymentHeld(for: "a", in: fy("2016/17"), asOf: d("2016-10-26")))
        let overdue = grants([ret(.q1, received: "2016-07-10")])
        #expect(!overdue.isPaymentHeld(for: "a", in: fy("2016/17"), asOf: d("2016-10-30")))
        #expect(overdue.isPaymentHeld(for: "a", in: fy("2016/17"), asOf: d("2016-10-31")))
    }

    @Test func paymentRowsGiveAmountPaidDayRefAndReview() {
        let money = grants([q2(accepted("2016-10-25"))], payments: [instalment(.q2, 250, paid: "2016-11-01", ref: "BACS 1")])
        let rows = money.paymentRows(asOf: d("2016-10-31"))
        #expect(rows.map(\.quarter) == Quarter.allCases)
        let second = rows[1]
        // The payment of 1 Nov has not happened on 31 Oct, nor has its remittance: no ref yet.
        #expect(second.status == .ready && second.amount == gbp(250) && second.paid == nil && second.ref == "")
        #expect(second.review == .accepted)
        #expect(rows[0].amount == nil && rows[0].status == .held(.overdue(days: 93)) && rows[0].review == nil)
        let later = money.paymentRows(asOf: d("2016-11-01")) { $0.name == "paid" }
        #expect(later.map(\.quarter) == [.q2] && later[0].paid == d("2016-11-01") && later[0].ref == "BACS 1")
        // A scheduled instalment's reference (a purchase order) stands from the start.
        let scheduled = grants([q2(accepted("2016-10-25"))], payments: [instalment(.q2, 250, ref: "PO 7")])
        #expect(scheduled.paymentRows(asOf: d("2016-10-31"))[1].ref == "PO 7")
    }
}
