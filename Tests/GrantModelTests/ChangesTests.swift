import Testing
import GrantModel

// Area "a" of funder "f", 2016/17, returns due 30 days after quarter end: Q1 due 30 Jul, Q2 due 30 Oct.

/// `Changes.between`: the events after one date and on or before another.
@Suite("Changes between two board dates")
struct ChangesTests {
    static func changes(_ grants: Grants, since: String = "2016-09-06", asOf: String = "2016-12-06",
                        audit: [RecordedChange] = []) -> [ChangeEvent] {
        Changes.between(since: d(since), asOf: d(asOf), in: grants, audit: audit).events
    }

    static func kinds(_ events: [ChangeEvent]) -> [ChangeKind] { events.map(\.kind) }

    @Test func aReturnReceivedInTheWindowCarriesItsFiguresAndWhetherItWasLate() {
        let grants = singleArea(returns: [ret(.q1, received: "2016-07-20", spend: 100),
                                          ret(.q2, received: "2016-11-02", planned: 500, spend: 300)])
        let events = Self.changes(grants)
        #expect(Self.kinds(events) == [.returnOverdue, .returnReceived], "due 30 Oct: overdue on the 31st")
        #expect(events.last == ChangeEvent(date: d("2016-11-02"), kind: .returnReceived, funderID: "f", areaID: "a",
                                       year: fy("2016/17"), quarter: .q2,
                                       detail: "Received 3 days late: planned £500, spend £300"))
    }

    @Test func aReturnReceivedOnTimeSaysSoAndAnUnstatedFigureIsNotStated() {
        let grants = singleArea(returns: [ret(.q2, received: "2016-10-30", spend: 300)])
        #expect(Self.changes(grants).map(\.detail) == ["Received on time: planned not stated, spend £300"])
    }

    @Test func aReturnNotInByItsDueDateIsOverdueTheDayAfter() {
        let events = Self.changes(singleArea(returns: []))
        #expect(events.map(\.date) == [d("2016-10-31")])
        #expect(events.first?.kind == .returnOverdue)
        #expect(events.first?.quarter == .q2)
        #expect(events.first?.detail == "Not received by its due date, 30 Oct 2016: payment held")
    }

    @Test func aReturnArrivingOnTheFirstOverdueDayIsLateNeverOverdue() {
        let grants = singleArea(returns: [ret(.q2, received: "2016-10-31", spend: 1)])
        #expect(Self.kinds(Self.changes(grants)) == [.returnReceived])
        let later = singleArea(returns: [ret(.q2, received: "2016-11-01", spend: 1)])
        #expect(Self.kinds(Self.changes(later)) == [.returnOverdue, .returnReceived])
    }

    @Test func theWindowExcludesItsFirstDayAndIncludesItsLast() {
        let grants = singleArea(returns: [ret(.q2, received: "2016-10-20", spend: 1)])
        #expect(Self.changes(grants, since: "2016-10-20").isEmpty)
        #expect(Self.changes(grants, since: "2016-10-19", asOf: "2016-10-20").map(\.kind) == [.returnReceived])
        #expect(Self.changes(grants, since: "2016-10-19", asOf: "2016-10-19").isEmpty)
    }

    @Test func sinceAfterAsOfIsAnEmptyWindow() {
        #expect(Self.changes(singleArea(returns: []), since: "2016-12-06", asOf: "2016-09-06").isEmpty)
    }

    @Test func reviewsAreDatedTheDayOfTheReview() {
        var accepted = ret(.q1, received: "2016-07-20", spend: 1)
        accepted.review = Review(outcome: .accepted, date: d("2016-09-10"))
        var queried = ret(.q2, received: "2016-10-20", spend: 2)
        queried.review = Review(outcome: .queried, date: d("2016-10-25"), query: "spend by project missing")
        let events = Self.changes(singleArea(returns: [accepted, queried]))
        #expect(Self.kinds(events) == [.returnAccepted, .returnReceived, .returnQueried])
        #expect(events.last?.detail == "Queried: spend by project missing")
    }

    @Test func paymentsDecisionsAndReservesAreEvents() {
        let area = singleArea(returns: [ret(.q2, received: "2016-10-20", spend: 1)])
        let grants = Grants(
            funders: area.funders, areas: area.areas, allocations: area.allocations, returns: area.returns,
            decisions: [Decision(ref: "PCC/D/2016/01", funderID: "f", date: d("2016-11-01"), title: "More money",
                                 areaID: "a", amount: gbp(2_000), firstYear: fy("2017/18"), years: 2)],
            reserves: [Reserve(funderID: "f", name: "Budget equalisation reserve", balance: gbp(1_057_000), asOf: d("2016-11-01"))],
            payments: [Payment(areaID: "a", year: fy("2016/17"), quarter: .q1, amount: Money(pence: 25_050),
                               paid: d("2016-09-15"), ref: "BACS-1")])
        let events = Self.changes(grants)
        #expect(Self.kinds(events) == [.paymentMade, .returnReceived, .reserve, .decision])
        #expect(events.map(\.detail) == [
            "Paid £250.50 (ref BACS-1)", "Received on time: planned not stated, spend £1",
            "Budget equalisation reserve: balance £1,057,000", "PCC/D/2016/01 More money: £2,000 over 2 years from 2017/18",
        ])
        #expect(events[2].areaID == nil && events[2].year == nil && events[2].quarter == nil)
        #expect(events[3].year == fy("2017/18") && events[3].quarter == nil)
    }

    @Test func eventsOfADayGoByAreaName() {
        let grants = Grants(
            funders: [Funder(id: "f", name: "F", returnDueDays: 30)],
            areas: [Area(id: "z", funderID: "f", name: "Aston"), Area(id: "b", funderID: "f", name: "Bilston")],
            allocations: ["z", "b"].map { Allocation(areaID: $0, year: fy("2016/17"), allocation: gbp(1)) },
            returns: [])
        #expect(Self.changes(grants).compactMap(\.areaID) == ["z", "b"])
    }
}

/// `return_corrected`: a write of audit.csv that changed a figure of a return already recorded.
@Suite("Corrections from the audit log")
struct ChangesCorrectionTests {
    static let key = Grants.ReturnKey(areaID: "a", year: fy("2016/17"), quarter: .q2)

    static func line(_ day: String, _ write: Int, _ old: RecordedChange.Value, _ new: RecordedChange.Value) -> RecordedChange {
        RecordedChange(day: d(day), write: write, key: key, old: old, new: new)
    }

    /// Received 25 Oct with spend £300, typed in on 1 Nov; spend corrected to £350 on 20 Nov.
    static let audit = [
        line("2016-11-01", 1, .received(nil), .received(d("2016-10-25"))),
        line("2016-11-01", 1, .spend(nil), .spend(gbp(300))),
        line("2016-11-20", 2, .spend(gbp(300)), .spend(gbp(350))),
        line("2016-11-20", 2, .notes(""), .notes("typo")),
    ]
    static let today = singleArea(returns: [ret(.q2, received: "2016-10-25", planned: nil, spend: 350)])

    @Test func aCorrectionIsDatedTheDayOfTheChangeAndTheArrivalKeepsItsFirstFigures() {
        let events = ChangesTests.changes(Self.today, audit: Self.audit)
        #expect(ChangesTests.kinds(events) == [.returnReceived, .returnCorrected])
        #expect(events[0].detail == "Received on time: planned not stated, spend £300")
        #expect(events[1].date == d("2016-11-20"))
        #expect(events[1].detail == "Corrected: spend £300 to £350")
    }

    @Test func theFirstRecordingIsNoCorrection() {
        let events = ChangesTests.changes(Self.today, asOf: "2016-11-19", audit: Self.audit)
        #expect(ChangesTests.kinds(events) == [.returnReceived])
    }

    @Test func aCorrectionAfterTheAsOfDateChangesNothingOfTheReplay() {
        let beforeTheCorrection = singleArea(returns: [ret(.q2, received: "2016-10-25", planned: nil, spend: 300)])
        let then = ChangesTests.changes(beforeTheCorrection, asOf: "2016-11-19", audit: Array(Self.audit.prefix(2)))
        let replayed = ChangesTests.changes(Self.today, asOf: "2016-11-19", audit: Self.audit)
        #expect(replayed == then)
        #expect(replayed.map(\.detail) == ["Received on time: planned not stated, spend £300"])
    }

    @Test func removingAReturnIsNoCorrection() {
        let removal = [Self.line("2016-11-21", 3, .received(d("2016-10-25")), .received(nil)),
                       Self.line("2016-11-21", 3, .spend(gbp(350)), .spend(nil))]
        #expect(ChangesTests.changes(Self.today, audit: Self.audit + removal).filter { $0.kind == .returnCorrected }.count == 1)
    }
}
