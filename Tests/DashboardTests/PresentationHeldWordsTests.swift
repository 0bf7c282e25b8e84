import Testing
import GrantModel
@testable import Dashboard

/// The presentation's words for an overdue return say "payment held" only where the payment is
/// held (`DashboardState.isPaymentHeld`): an overdue return whose instalment was paid holds nothing.
@Suite struct PresentationHeldWordsTests {
    static let due = Day(year: 2016, month: 10, day: 30)!

    @Test func anOverdueReturnSaysPaymentHeldOnlyWhenItIs() {
        let overdue = ReturnStatus.overdue(days: 37)
        #expect(Presenting.outstandingLine(.q2, overdue, due: Self.due, held: true, glyphs: .unicode)
                == "Q2 RETURN OVERDUE 37 DAYS — PAYMENT HELD")
        #expect(Presenting.outstandingLine(.q2, overdue, due: Self.due, held: false, glyphs: .unicode)
                == "Q2 RETURN OVERDUE 37 DAYS — INSTALMENT PAID")
    }

    @Test func theCountOfOverdueReturnsSaysHowManyHoldAPayment() {
        #expect(Presenting.overduePhrase(overdue: 0, held: 0) == "")
        #expect(Presenting.overduePhrase(overdue: 2, held: 2) == ", 2 overdue: payment held")
        #expect(Presenting.overduePhrase(overdue: 2, held: 1) == ", 2 overdue, 1 with payment held")
        #expect(Presenting.overduePhrase(overdue: 1, held: 0) == ", 1 overdue")
    }

    @Test func theSampleSummaryJudgesByThePaymentsOwnState() throws {
        let state = Fixtures.state().pressing(.character("p"))
        let rows = state.presentedOutstandingRows
        let overdue = rows.filter(\.status.withholdsPayment)
        #expect(!overdue.isEmpty)
        #expect(overdue.allSatisfy(state.isPaymentHeld), "the sample pays no overdue quarter")
        #expect(render(state).text.contains("overdue: payment held"))
    }
}
