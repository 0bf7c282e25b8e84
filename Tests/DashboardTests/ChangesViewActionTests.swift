import Testing
import GrantModel
@testable import Dashboard

/// On the Changes view the keys that act on an area (`e` `A` `Q` `P`) act on the selected event's
/// area, year and quarter, not on the overview's selection the list does not show; an event without
/// an area is refused with a word on the status line.
@Suite struct ChangesViewActionTests {
    /// The Changes view since the last board, with the overview's selection left on Dudley and the
    /// cursor on the event `matching` picks.
    static func onEvent(_ state: DashboardState, _ matching: (ChangeEvent) -> Bool) throws -> DashboardState {
        let listed = state.pressing(.character("8"))
        let events = try #require(listed.changes?.events)
        let index = events.firstIndex(where: matching)
        let row = try #require(index)
        return listed.pressing(.home).after(Array(repeating: .keyPressed(.down), count: row))
    }

    static func solihullOverdue(_ event: ChangeEvent) -> Bool { event.kind == .returnOverdue && event.areaID == "solihull" }

    @Test func eRecordsTheSelectedEventsReturnNotTheOverviewsArea() throws {
        let state = try Self.onEvent(SinceBoardTests.state().selecting("dudley"), Self.solihullOverdue)
        let form = try #require(state.pressing(.character("e")).form)
        #expect(form.areaID == "solihull")
        #expect(form.quarter == .q2)
        #expect(form.year == FinancialYear(startYear: 2016))
    }

    @Test func aQAndPActOnTheSelectedEventsArea() throws {
        let state = try Self.onEvent(SinceBoardTests.state().selecting("dudley")) { $0.kind == .returnReceived && $0.areaID != "dudley" }
        let event = try #require(state.selectedChange)
        for key: Character in ["A", "Q", "P"] {
            let form = try #require(state.pressing(.character(key)).reviewPaymentForm, "\(key)")
            #expect(form.areaID == event.areaID, "\(key)")
            #expect(form.year == event.year && form.quarter == event.quarter, "\(key)")
        }
    }

    @Test func anEventWithoutAnAreaIsRefusedWithAWord() throws {
        let since = Day(year: 2023, month: 6, day: 1)!, asOf = Day(year: 2023, month: 6, day: 30)!
        let opened = DashboardState(loaded: Fixtures.loaded(), folder: "sample-data", asOf: asOf, size: Size(width: 120, height: 40),
                                    funderID: "west-mercia", since: since)
        let state = try Self.onEvent(opened) { $0.kind == .reserve }
        for key: Character in ["e", "A", "Q", "P"] {
            let pressed = state.pressing(.character(key))
            #expect(pressed.mode == .normal, "\(key)")
            #expect(pressed.notice?.text == "a reserve belongs to no area: nothing to record or review", "\(key)")
        }
    }
}
