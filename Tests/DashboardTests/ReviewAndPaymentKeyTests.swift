import Foundation
import GrantModel
import GrantStore
import Testing
@testable import Dashboard

/// `A` accepts, `Q` queries (with a reason), `P` records a payment: each through its form, saved
/// by the store's one write path on a copy of the sample that reviews and pays (`ReviewedSample`),
/// undone by `u`, and refused where nothing may change.
struct ReviewAndPaymentKeyTests {
    static let today = d("2017-01-10")
    static let year = Sample.year2016

    /// The payments view with the listed row of `area`'s `quarter` selected.
    static func onPaymentsRow(_ area: AreaID, _ quarter: Quarter, _ state: DashboardState) throws -> DashboardState {
        let listed = state.pressing(.character("7"))
        let index = try #require(listed.funderPayments.listed.firstIndex { $0.area.id == area && $0.quarter == quarter })
        let selected = listed.pressing(.home).after(Array(repeating: .keyPressed(.down), count: index))
        try #require(selected.selectedPaymentRow?.key == key(area, quarter))
        return selected
    }

    static func key(_ area: AreaID, _ quarter: Quarter) -> Grants.ReturnKey { Grants.ReturnKey(areaID: area, year: year, quarter: quarter) }

    static func status(_ state: DashboardState, _ area: AreaID, _ quarter: Quarter) -> PaymentStatus? {
        state.grants?.paymentStatus(for: area, in: year, quarter: quarter, asOf: state.asOf)
    }

    @Test func aAcceptsAReturnAndUUndoesIt() throws {
        let sample = try WritableSample.reviewed()
        let start = try Self.onPaymentsRow("birmingham", .q2, sample.state(today: Self.today))
        let opened = start.pressing(.character("A"))
        let form = try #require(opened.reviewPaymentForm)
        #expect(form.kind == .accept && form.fields == [.reviewed])
        // Dated the day the dashboard shows (the board date), not after today.
        #expect(form.value(.reviewed) == "2016-12-06")
        #expect(render(opened).contains("Accept return: Birmingham CC 2016/17 Q2"))
        let accepted = Review(outcome: .accepted, date: Fixtures.boardDate)
        #expect(opened.effects(of: .enter) == [.record(.review(Self.key("birmingham", .q2), accepted))])

        let (saved, _) = sample.run(start, Fixtures.keys(.character("A"), .enter))
        #expect(saved.reviewPaymentForm == nil)
        #expect(Self.status(saved, "birmingham", .q2) == .ready)
        #expect(saved.undoEntries.map(\.file) == [.returns])
        #expect(saved.notice?.text == "saved birmingham 2016/17 Q2: review, reviewed · u undoes")
        // The selection follows the quarter up to the ones ready to release.
        #expect(saved.selectedPaymentRow?.key == Self.key("birmingham", .q2))
        #expect(saved.selectedPaymentRow?.status == .ready)
        #expect(render(saved).contains("ready to release £596,355 (2 quarters)"))
        #expect(try FolderBytes.auditRows(sample.path).dropFirst().map { "\($0[2]) \($0[3]) \($0[5]) \($0[7])" } == [
            "dashboard returns.csv review accepted", "dashboard returns.csv reviewed 2016-12-06",
        ])

        let undo = saved.effects(of: .character("u"))
        #expect(undo == [.save(saved.undoStack[0], undoing: true)])
        let (undone, _) = sample.run(saved, Fixtures.keys(.character("u")))
        #expect(undone.undoEntries.isEmpty)
        #expect(Self.status(undone, "birmingham", .q2) == .pending)
        #expect(undone.grants?.reviewStatus(for: "birmingham", in: Self.year, quarter: .q2, asOf: Fixtures.boardDate) == .awaiting)
        #expect(undone.notice?.text.hasPrefix("undone: birmingham 2016/17 Q2") == true)
    }

    @Test func qQueriesAReturnWithAReasonAndHoldsItsPayment() throws {
        let sample = try WritableSample.reviewed()
        let start = try Self.onPaymentsRow("walsall", .q2, sample.state(today: Self.today))
        let opened = start.pressing(.character("Q"))
        #expect(opened.reviewPaymentForm?.focus == .query)
        // No reason, no query: the form says so and stays.
        let (empty, none) = Fixtures.after(opened, Fixtures.keys(.enter))
        #expect(none.isEmpty)
        #expect(empty.reviewPaymentForm?.message == "fix the fields marked ! first")
        #expect(empty.reviewPaymentForm?.problems[.query] != nil)

        let typed = opened.typing("projects not itemised")
        let queried = Review(outcome: .queried, date: Fixtures.boardDate, query: "projects not itemised")
        #expect(typed.effects(of: .enter) == [.record(.review(Self.key("walsall", .q2), queried))])
        let (saved, _) = sample.run(opened, Fixtures.typing("projects not itemised") + Fixtures.keys(.enter))
        #expect(Self.status(saved, "walsall", .q2) == .held(.queried(query: "projects not itemised")))
        #expect(saved.funderPayments.isHeld("walsall"))

        // The overview says so on Walsall's pane and in the totals; the detail gives the query.
        let overview = render(saved.pressing(.character("1")))
        #expect(overview.contains("✗ 3 payment held"))
        let walsall = try #require(overview.find("Walsall MBC"))
        #expect(overview.lines[walsall.y].contains("PAYMENT HELD"))
        #expect(overview.lines[walsall.y + 4].contains("Q2 ? queried"))
        let detail = render(saved.pressing(.enter))
        #expect(detail.contains("PAYMENT HELD: the Q2 return was queried: projects not itemised"))

        let (undone, effects) = sample.run(saved, Fixtures.keys(.character("u")))
        #expect(effects.first == .save(saved.undoStack[0], undoing: true))
        #expect(Self.status(undone, "walsall", .q2) == .pending)
        #expect(!undone.funderPayments.isHeld("walsall"))
    }

    @Test func pRecordsAPaymentAndUUndoesItInPaymentsCsv() throws {
        let sample = try WritableSample.reviewed()
        let before = try sample.bytes("payments.csv")
        let start = try Self.onPaymentsRow("coventry", .q2, sample.state(today: Self.today))
        let opened = start.pressing(.character("P"))
        let form = try #require(opened.reviewPaymentForm)
        #expect(form.fields == [.amount, .paid, .ref])
        // The scheduled instalment, paid on the day shown.
        #expect(form.value(.amount) == "128058" && form.value(.paid) == "2016-12-06" && form.value(.ref).isEmpty)
        let typed = opened.pressing(.tab, .tab).typing("BACS 4480")
        let payment = Payment(areaID: "coventry", year: Self.year, quarter: .q2, amount: Money(pounds: 128_058), paid: Fixtures.boardDate,
                              ref: "BACS 4480")
        #expect(typed.effects(of: .enter) == [.record(.payment(payment))])

        let (saved, _) = sample.run(opened, Fixtures.keys(.tab, .tab) + Fixtures.typing("BACS 4480") + Fixtures.keys(.enter))
        #expect(Self.status(saved, "coventry", .q2) == .paid(on: Fixtures.boardDate))
        #expect(saved.funderPayments.paid == start.funderPayments.paid + Money(pounds: 128_058))
        #expect(saved.undoEntries.map(\.file) == [.payments])
        #expect(render(saved).contains("Coventry CC Q2 · paid £128,058 on 6 Dec 2016, ref BACS 4480"))
        let rows = try FolderBytes.auditRows(sample.path).dropFirst().map { "\($0[2]) \($0[3]) \($0[5]) \($0[7])" }
        #expect(rows == ["dashboard payments.csv paid 2016-12-06", "dashboard payments.csv ref BACS 4480"])

        let undo = saved.effects(of: .character("u"))
        #expect(undo == [.undoPayment(saved.undoStack[0])])
        let (undone, _) = sample.run(saved, Fixtures.keys(.character("u")))
        #expect(undone.undoEntries.isEmpty)
        #expect(try sample.bytes("payments.csv") == before)
        #expect(Self.status(undone, "coventry", .q2) == .ready)
        #expect(try FolderBytes.auditRows(sample.path).filter { $0[2] == "undo" }.map { $0[3] } == ["payments.csv", "payments.csv"])
    }

    @Test func anUndoOfAPaymentSomeoneChangedSinceIsRefused() throws {
        let sample = try WritableSample.reviewed()
        let start = try Self.onPaymentsRow("coventry", .q2, sample.state(today: Self.today))
        var state = sample.run(start, Fixtures.keys(.character("P"), .enter)).0
        try #require(state.undoEntries.count == 1)
        // Someone else puts the payment a day earlier: the undo would take their date away.
        let corrected = ReturnEdit.paying(areaID: "coventry", year: Self.year, quarter: .q2, amount: Money(pounds: 128_058),
                                          paid: d("2016-12-05"), ref: nil)
        _ = try PaymentsWriter.apply([corrected], to: sample.path, command: "pay")
        state = state.after([.dataReloaded(try sample.load())])
        let payments = try sample.bytes("payments.csv")

        let (refused, _) = sample.run(state, Fixtures.keys(.character("u")))
        #expect(try sample.bytes("payments.csv") == payments)
        let notice = try #require(refused.notice?.text)
        #expect(notice.hasPrefix("not undone: paid of coventry 2016/17 Q2 is 2016-12-05 now, changed by \(AuditLog.currentUser()) (pay, "), "\(notice)")
        #expect(refused.undoEntries.isEmpty)
    }

    @Test func datesAfterTodayAndBeforeTheReturnAreRefusedAsTyped() throws {
        let sample = try WritableSample.reviewed()
        let start = try Self.onPaymentsRow("birmingham", .q2, sample.state(today: Fixtures.boardDate))
        let accept = start.pressing(.character("A"), .control("u")).typing("2016-12-07")
        #expect(accept.reviewPaymentForm?.problems[.reviewed] == "after today (2016-12-06): check the year")
        #expect(accept.effects(of: .enter).isEmpty)
        let early = start.pressing(.character("A"), .control("u")).typing("2016-10-25")
        #expect(early.reviewPaymentForm?.problems[.reviewed] == "before the return arrived (2016-10-26)")

        let pay = start.pressing(.character("P"), .tab, .control("u")).typing("2016-12-07")
        #expect(pay.reviewPaymentForm?.problems[.paid] == "after today (2016-12-06): check the year")
        #expect(pay.effects(of: .enter).isEmpty)
        let amount = start.pressing(.character("P"), .control("u")).typing("lots")
        #expect(amount.reviewPaymentForm?.problems[.amount] == "not an amount: write e.g. 53613 or £53,613.50")
        // An empty paid date is a scheduled instalment.
        let scheduled = start.pressing(.character("P"), .tab, .control("u"))
        let payment = Payment(areaID: "birmingham", year: Self.year, quarter: .q2, amount: Money(pounds: 468_297))
        #expect(scheduled.effects(of: .enter) == [.record(.payment(payment))])
    }

    @Test func aReturnNotReceivedCannotBeReviewedButCanBePaid() throws {
        let sample = try WritableSample.reviewed()
        // The outstanding list's one row: Solihull's Q2, overdue.
        let outstanding = try sample.state(today: Self.today).pressing(.character("2"))
        let (refused, effects) = Fixtures.after(outstanding, Fixtures.keys(.character("A")))
        #expect(refused.reviewPaymentForm == nil && effects.isEmpty)
        #expect(refused.notice?.text == "Solihull MBC 2016/17 Q2: no return received to review; e records it")
        #expect(outstanding.pressing(.character("Q")).reviewPaymentForm == nil)
        let pay = try #require(outstanding.pressing(.character("P")).reviewPaymentForm)
        #expect(pay.areaID == "solihull" && pay.quarter == .q2 && pay.value(.amount) == "53613")
    }

    @Test func theDetailsKeysActOnItsAreaAtTheSelectedQuarter() throws {
        let sample = try WritableSample.reviewed()
        let detail = try sample.state(today: Self.today).selecting("dudley").pressing(.enter)
        let form = try #require(detail.pressing(.character("A")).reviewPaymentForm)
        #expect(form.areaID == "dudley" && form.quarter == .q2 && form.kind == .accept)
        // The query being answered is there to see; Esc leaves everything as it was.
        #expect(render(detail.pressing(.character("A"))).contains("? queried 4 Nov 2016: spend by project missing"))
        #expect(detail.pressing(.character("A"), .escape).reviewPaymentForm == nil)
        #expect(detail.pressing(.character("A"), .escape).detailAreaID == "dudley")
        let query = try #require(detail.pressing(.character("Q")).reviewPaymentForm)
        #expect(query.value(.query) == "spend by project missing")
    }

    @Test func aPasteGoesIntoTheFocusedField() throws {
        let sample = try WritableSample.reviewed()
        let opened = try Self.onPaymentsRow("walsall", .q2, sample.state(today: Self.today)).pressing(.character("Q"))
        let pasted = opened.after([.pasted("no spend\nby project")])
        #expect(pasted.reviewPaymentForm?.value(.query) == "no spend by project")
    }

    @Test func aLockedFolderKeepsTheFormAndWhatWasTyped() throws {
        let sample = try WritableSample.reviewed()
        let typed = try Self.onPaymentsRow("walsall", .q2, sample.state(today: Self.today)).pressing(.character("Q")).typing("why")
        let lock = try FolderLock.acquire(in: sample.path)
        let (failed, _) = sample.run(typed, Fixtures.keys(.enter))
        lock.release()
        let form = try #require(failed.reviewPaymentForm)
        #expect(form.value(.query) == "why" && !form.isSaving)
        #expect(form.message?.contains("locked") == true)
        #expect(failed.undoEntries.isEmpty)
        let (saved, _) = sample.run(failed, Fixtures.keys(.enter))
        #expect(saved.reviewPaymentForm == nil)
        #expect(Self.status(saved, "walsall", .q2) == .held(.queried(query: "why")))
    }

    @Test(arguments: ["A", "Q", "P"] as [Character])
    func refusedReadOnlyAndReplayingAsRecorded(_ key: Character) throws {
        let sample = try WritableSample.reviewed()
        for state in [try sample.state(readOnly: true), try sample.state(asRecorded: true)] {
            let (next, effects) = Fixtures.after(try Self.onPaymentsRow("birmingham", .q2, state), Fixtures.keys(.character(key)))
            #expect(next.reviewPaymentForm == nil)
            #expect(effects.isEmpty)
            #expect(next.notice?.text.hasPrefix("read-only") == true, "\(String(describing: next.notice))")
        }
    }

    @Test(arguments: ["A", "Q", "P", "u"] as [Character])
    func refusedInPresentationMode(_ key: Character) throws {
        let sample = try WritableSample.reviewed()
        // A payment to undo, its notice gone; then the walkthrough from Coventry's detail.
        let paid = sample.run(try Self.onPaymentsRow("coventry", .q2, sample.state(today: Self.today)),
                              Fixtures.keys(.character("P"), .enter)).0
        let presenting = paid.after([.tick(milliseconds: 10_000)]).pressing(.enter, .character("p"))
        try #require(presenting.presentation != nil && presenting.undoEntries.count == 1)
        let (next, effects) = update(presenting, .keyPressed(.character(key)))
        #expect(effects.isEmpty)
        #expect(next.reviewPaymentForm == nil && next.form == nil)
        #expect(next.presentation == presenting.presentation)
        #expect(next.undoEntries.count == 1)
    }
}
