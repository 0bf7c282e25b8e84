import GrantModel
import Testing

/// `Grants.asRecorded(on:changes:)`: the returns as they stood on a day, from today's and the
/// changes made to them since.
struct AsRecordedTests {
    static let q2 = Grants.ReturnKey(areaID: "a", year: FinancialYear(startYear: 2016), quarter: .q2)

    /// One line of the log about area "a"'s Q2, made on `day` by write `write`.
    static func change(_ day: String, write: Int, _ old: RecordedChange.Value, _ new: RecordedChange.Value) -> RecordedChange {
        RecordedChange(day: d(day), write: write, key: q2, old: old, new: new)
    }

    static func spend(_ pounds: Int64?) -> RecordedChange.Value { .spend(pounds.map(Money.init(pounds:))) }
    static func planned(_ pounds: Int64?) -> RecordedChange.Value { .planned(pounds.map(Money.init(pounds:))) }
    static func received(_ day: String?) -> RecordedChange.Value { .received(day.map(d)) }

    /// The first figures (received 25 Oct, spend £300) typed in on 1 November by write 1.
    static let firstFigures = [
        change("2016-11-01", write: 1, planned(nil), planned(500)),
        change("2016-11-01", write: 1, received(nil), received("2016-10-25")),
        change("2016-11-01", write: 1, spend(nil), spend(300)),
    ]

    static func q2(_ grants: Grants) -> MonitoringReturn? { grants.monitoringReturn(for: "a", in: FinancialYear(startYear: 2016), quarter: .q2) }

    @Test func aCorrectionMadeAfterTheDayIsUndone() throws {
        // Today the spend is £350: corrected from £300 on 10 December.
        let today = singleArea(returns: [ret(.q2, received: "2016-10-25", planned: 500, spend: 350)])
        let changes = Self.firstFigures + [Self.change("2016-12-10", write: 2, Self.spend(300), Self.spend(350))]
        #expect(Self.q2(today.asRecorded(on: d("2016-12-06"), changes: changes))?.spend == gbp(300))
        #expect(Self.q2(today.asRecorded(on: d("2016-12-10"), changes: changes))?.spend == gbp(350), "made that day: it stands")
        #expect(Self.q2(today.asRecorded(on: d("2016-12-06"), changes: changes))?.planned == gbp(500), "fields not corrected stay")
        let board = today.asRecorded(on: d("2016-12-06"), changes: changes)
        #expect(board.figures(for: "a", in: fy("2016/17"), at: .q2, asOf: d("2016-12-06")).spend == gbp(300))
    }

    @Test func firstFiguresCountFromTheirReceivedDateWheneverTheyWereTypedIn() throws {
        let today = singleArea(returns: [ret(.q2, received: "2016-10-25", planned: 500, spend: 300)])
        // Typed in on 1 November, received 25 October: on 26 October they were in already.
        let replayed = today.asRecorded(on: d("2016-10-26"), changes: Self.firstFigures)
        #expect(Self.q2(replayed) == ret(.q2, received: "2016-10-25", planned: 500, spend: 300))
        #expect(replayed.returnStatus(for: "a", in: fy("2016/17"), quarter: .q2, asOf: d("2016-10-26")) == .received)
        // On 20 October it had not arrived, by its own date.
        let before = today.asRecorded(on: d("2016-10-20"), changes: Self.firstFigures)
        #expect(before.returnStatus(for: "a", in: fy("2016/17"), quarter: .q2, asOf: d("2016-10-20")) == .due)
    }

    @Test func aReturnCorrectedAfterItsFirstFiguresShowsTheFirstFigures() throws {
        // Both writes after the day: the first figures stand, the correction is undone.
        let today = singleArea(returns: [ret(.q2, received: "2016-10-20", planned: 500, spend: 350)])
        let changes = Self.firstFigures + [
            Self.change("2016-12-10", write: 2, Self.received("2016-10-25"), Self.received("2016-10-20")),
            Self.change("2016-12-10", write: 2, Self.spend(300), Self.spend(350)),
        ]
        #expect(Self.q2(today.asRecorded(on: d("2016-10-31"), changes: changes)) == ret(.q2, received: "2016-10-25", planned: 500, spend: 300))
    }

    @Test func aReturnRemovedSinceStillCountsWithItsFirstFigures() throws {
        // Recorded on 1 November, its row removed (an undo) on 10 December: gone today, in on 6 December.
        let today = singleArea(returns: [])
        let changes = Self.firstFigures + [
            Self.change("2016-12-10", write: 2, Self.planned(500), Self.planned(nil)),
            Self.change("2016-12-10", write: 2, Self.received("2016-10-25"), Self.received(nil)),
            Self.change("2016-12-10", write: 2, Self.spend(300), Self.spend(nil)),
        ]
        #expect(Self.q2(today.asRecorded(on: d("2016-12-06"), changes: changes)) == ret(.q2, received: "2016-10-25", planned: 500, spend: 300))
        #expect(Self.q2(today.asRecorded(on: d("2016-12-10"), changes: changes)) == nil)
    }

    @Test func aReturnClearedAndTypedInAgainAfterTheDayShowsWhatItWasOnTheDay() throws {
        let today = singleArea(returns: [ret(.q2, received: "2016-11-02", planned: 900, spend: 700)])
        let changes = Self.firstFigures + [
            Self.change("2016-12-10", write: 2, Self.received("2016-10-25"), Self.received(nil)),
            Self.change("2016-12-10", write: 2, Self.planned(500), Self.planned(nil)),
            Self.change("2016-12-10", write: 2, Self.spend(300), Self.spend(nil)),
            Self.change("2016-12-11", write: 3, Self.received(nil), Self.received("2016-11-02")),
            Self.change("2016-12-11", write: 3, Self.planned(nil), Self.planned(900)),
            Self.change("2016-12-11", write: 3, Self.spend(nil), Self.spend(700)),
        ]
        #expect(Self.q2(today.asRecorded(on: d("2016-12-06"), changes: changes)) == ret(.q2, received: "2016-10-25", planned: 500, spend: 300))
    }

    @Test func onlyTheFirstWriteThatGaveADateIsTheFirstFigures() throws {
        // Typed in on 1 November, corrected on 2 November, both after the day: the 1 November figures.
        let today = singleArea(returns: [ret(.q2, received: "2016-10-25", planned: 500, spend: 310)])
        let changes = Self.firstFigures + [Self.change("2016-11-02", write: 2, Self.spend(300), Self.spend(310))]
        #expect(Self.q2(today.asRecorded(on: d("2016-10-31"), changes: changes))?.spend == gbp(300))
    }

    @Test func noChangeAfterTheDayLeavesEveryReturnAsItIs() throws {
        let returns = [ret(.q1, received: "2016-07-20", spend: 100), ret(.q2, received: "2016-10-25", planned: 500, spend: 300)]
        let today = singleArea(returns: returns)
        #expect(today.asRecorded(on: d("2016-12-06"), changes: Self.firstFigures).returns == returns)
        #expect(today.asRecorded(on: d("2016-12-06"), changes: []).returns == returns)
    }
}
