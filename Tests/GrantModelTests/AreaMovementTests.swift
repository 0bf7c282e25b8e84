import Testing
import GrantModel

/// `FunderReport.movements(since:)`: each area's board figures then and now, from two reports.
@Suite("Area movement between two board dates")
struct AreaMovementTests {
    static let grants = singleArea(allocation: gbp(1_000), returns: [
        ret(.q1, received: "2016-07-20", planned: 400, spend: 100),
        ret(.q2, received: "2016-10-20", planned: 600, spend: 300),
    ])

    static func report(_ asOf: String, _ grants: Grants = grants) -> FunderReport? {
        grants.report(for: "f", in: grants.defaultPeriod(asOf: d(asOf)))
    }

    @Test func percentagesThenAndNowComeFromEachDatesOwnReport() throws {
        let now = try #require(Self.report("2016-12-06"))
        let movement = try #require(now.movements(since: Self.report("2016-09-06")).first)
        #expect(movement.then?.period.quarter == .q1)
        #expect(movement.now.period.quarter == .q2)
        #expect(movement.then?.percentSpend == 10)
        #expect(movement.now.percentSpend == 30)
        #expect(movement.percentSpendChange == 20)
        #expect(movement.percentAllocatedChange == 20)
        #expect(movement.hasMoved)
        #expect(AreaMovement.pointsText(movement.percentSpendChange) == "+20")
    }

    @Test func standingNamesTheQuarterTheStatusAndTheHold() throws {
        let late = singleArea(returns: [ret(.q1, received: "2016-07-20", planned: 400, spend: 100)])
        let now = try #require(Self.report("2016-12-06", late))
        let movement = try #require(now.movements(since: Self.report("2016-09-06", late)).first)
        #expect(movement.standingThen?.words == "Q1 received, behind profile")
        #expect(movement.standingNow.words == "Q2 OVERDUE 37 days, behind profile")
        #expect(movement.standingThen?.isSame(as: movement.standingNow) == false)
    }

    @Test func anAreaNotOnTheEarlierBoardHasNoThen() throws {
        let now = try #require(Self.report("2016-12-06"))
        let movement = try #require(now.movements(since: nil).first)
        #expect(movement.then == nil)
        #expect(movement.percentSpendChange == nil)
        #expect(AreaMovement.pointsText(movement.percentSpendChange) == "")
        #expect(movement.hasMoved)
    }

    @Test func nothingMovedWhenBothDatesSeeTheSameBoard() throws {
        let now = try #require(Self.report("2016-12-06"))
        let movement = try #require(now.movements(since: Self.report("2016-12-01")).first)
        #expect(movement.percentSpendChange == 0)
        #expect(!movement.hasMoved)
        #expect(AreaMovement.pointsText(0) == "0")
    }
}
