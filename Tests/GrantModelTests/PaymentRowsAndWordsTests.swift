import Testing
import GrantModel

/// One funder's year and one area's quarters of payment lines, the folder that keeps reviews or
/// payments, and the words every screen takes for a status.
@Suite struct PaymentRowsAndWordsTests {
    /// Two funders, an area each; "a"'s Q1 accepted and paid, Q2 queried; "b" allocated too.
    static func grants(reviews: Bool = true, payments: Bool = true) -> Grants {
        let year = fy("2016/17")
        var q1 = ret(.q1, received: "2016-07-20", planned: 400, spend: 100)
        var q2 = ret(.q2, received: "2016-10-20", planned: 400, spend: 200)
        if reviews {
            q1.review = Review(outcome: .accepted, date: d("2016-07-25"))
            q2.review = Review(outcome: .queried, date: d("2016-10-25"), query: "why")
        }
        return Grants(funders: [Funder(id: "f", name: "F", returnDueDays: 30), Funder(id: "g", name: "G", returnDueDays: 30)],
                      areas: [Area(id: "a", funderID: "f", name: "A"), Area(id: "b", funderID: "g", name: "B")],
                      allocations: [Allocation(areaID: "a", year: year, allocation: gbp(1_000)),
                                    Allocation(areaID: "b", year: year, allocation: gbp(2_000))],
                      returns: [q1, q2],
                      payments: payments ? [Payment(areaID: "a", year: year, quarter: .q1, amount: gbp(250), paid: d("2016-08-01"), ref: "R1")] : [])
    }

    @Test func oneFundersYearAgreesWithEveryRowOfIt() {
        let grants = Self.grants()
        let all = grants.paymentRows(asOf: d("2016-12-06")).filter { $0.funderID == "f" }
        let one = grants.paymentRows(of: "f", in: fy("2016/17"), asOf: d("2016-12-06"))
        #expect(one == all)
        #expect(one.map(\.status) == [.paid(on: d("2016-08-01")), .held(.queried(query: "why")), .pending, .pending])
        #expect(one.first?.ref == "R1" && one.first?.amount == gbp(250))
        #expect(grants.paymentRows(of: "g", in: fy("2017/18"), asOf: d("2016-12-06")).isEmpty)
    }

    @Test func oneAreasQuartersQ1First() {
        let rows = Self.grants().paymentRows(for: "a", in: fy("2016/17"), asOf: d("2016-12-06"))
        #expect(rows.map(\.quarter) == Quarter.allCases)
        #expect(rows.map(\.review) == [.accepted, .queried, nil, nil])
        #expect(Self.grants().paymentRows(for: "a", in: fy("2015/16"), asOf: d("2016-12-06")).isEmpty)
        #expect(Self.grants().paymentRows(for: "nowhere", in: fy("2016/17"), asOf: d("2016-12-06")).isEmpty)
    }

    @Test func aFolderKeepsReviewsOrPaymentsWhenItHasEither() {
        #expect(Self.grants().recordsReviewsOrPayments)
        #expect(Self.grants(reviews: false).recordsReviewsOrPayments)
        #expect(Self.grants(payments: false).recordsReviewsOrPayments)
        #expect(!Self.grants(reviews: false, payments: false).recordsReviewsOrPayments)
    }

    @Test func statusWords() {
        #expect([ReturnStatus.received, .late(days: 13), .notDue, .due, .overdue(days: 1)].map(\.words)
                == ["received", "late, 13 days", "not due", "due now", "OVERDUE 1 day"])
        #expect(ReturnStatus.late(days: 13).badgeWords(short: false) == "late 13d")
        #expect(ReturnStatus.overdue(days: 37).badgeWords(short: true) == "37d")
        #expect(ReviewStatus.allCases.map(\.words) == ["awaiting review", "accepted", "queried"])
        #expect(ReviewStatus.awaiting.shortWords == "review")
        #expect([PaymentStatus.paid(on: d("2016-08-01")), .ready, .held(.overdue(days: 2)), .pending].map(\.words)
                == ["paid", "ready to release", "held", "pending"])
        #expect(HoldReason.overdue(days: 37).words == "overdue 37 days" && HoldReason.overdue(days: 37).shortWords == "overdue 37d")
        #expect(HoldReason.queried(query: "why").words == "queried")
    }
}
