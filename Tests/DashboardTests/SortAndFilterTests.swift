import Testing
import GrantModel
@testable import Dashboard

/// `s` steps the order of the overview and the lists, `S` reverses it, `O` steps the filter; the
/// selected area stays selected while it is shown.
@Suite struct SortAndFilterTests {
    static let sort = Key.character("s"), reverse = Key.character("S"), only = Key.character("O")

    /// The overview's areas by id, in the order shown.
    static func shown(_ state: DashboardState) -> [AreaID] { state.shownAreas.map(\.id) }

    @Test func theOverviewStartsInAreasCSVOrderWithNothingInTheHeader() throws {
        let state = Fixtures.state()
        #expect(Self.shown(state) == Sample.westMidlands)
        #expect(!render(state).lines[0].contains("sorted"))
    }

    @Test func sStepsThroughEveryOrderAndBack() throws {
        var state = Fixtures.state()
        for expected in AreaSort.allCases {
            state = state.pressing(Self.sort)
            #expect(state.arrangement.sort == expected)
            #expect(state.arrangement.descending == expected.startsDescending)
        }
        state = state.pressing(Self.sort)
        #expect(state.arrangement.isDefault)
        #expect(Self.shown(state) == Sample.westMidlands)
    }

    @Test func percentSpendLargestFirstThenReversed() throws {
        let byName = Fixtures.state().pressing(Self.sort)
        #expect(Self.shown(byName) == Sample.westMidlands, "the sample's areas.csv is already A to Z")
        let bySpend = byName.pressing(Self.sort)
        let percents = bySpend.shownPositions.compactMap(\.percentSpend)
        #expect(percents == percents.sorted(by: >))
        #expect(percents.count == 7)
        #expect(render(bySpend).lines[0].contains("sorted by % spend ↓"))
        let reversed = bySpend.pressing(Self.reverse)
        #expect(Self.shown(reversed) == Self.shown(bySpend).reversed())
        #expect(render(reversed).lines[0].contains("sorted by % spend ↑"))
    }

    @Test func daysOverdueAndRemainderOrders() throws {
        let overdue = Fixtures.state().pressing(Self.sort, Self.sort, Self.sort, Self.sort)
        #expect(overdue.arrangement.sort == .overdue)
        #expect(Self.shown(overdue).first == "solihull", "Solihull's Q2 return is 37 days overdue")
        let remainder = Fixtures.state().pressing(Self.sort, Self.sort, Self.sort)
        let left = remainder.shownPositions.compactMap(\.remainder)
        #expect(left == left.sorted(by: >))
    }

    @Test func sAndOLeaveTheOtherViewsAlone() throws {
        for view in ["3", "4", "5", "6"] {
            let state = Fixtures.state().pressing(.character(Character(view)))
            #expect(state.pressing(Self.sort, Self.only).arrangement.isDefault, "view \(view)")
        }
    }

    @Test func sWithoutAnOrderSaysSoAndSReversesNothing() throws {
        let state = Fixtures.state().pressing(Self.reverse)
        #expect(state.arrangement.isDefault)
        #expect(state.notice?.text.contains("s chooses an order first") == true)
    }

    @Test func oStepsThroughEveryFilterAndBack() throws {
        var state = Fixtures.state()
        for expected in AreaFilter.allCases.dropFirst() {
            state = state.pressing(Self.only)
            #expect(state.arrangement.filter == expected)
        }
        state = state.pressing(Self.only)
        #expect(state.arrangement.filter == .all)
        #expect(Self.shown(state) == Sample.westMidlands)
    }

    @Test func behindProfileShowsOnlyThoseAreasWithTheCountInTheHeader() throws {
        let state = Fixtures.state().pressing(Self.only)
        #expect(state.arrangement.filter == .behind)
        let behind = try #require(state.report).positions.filter(\.isBehindProfile).map(\.area.id)
        #expect(Self.shown(state) == behind)
        #expect(!behind.isEmpty && behind.count < 7)
        #expect(render(state).lines[0].contains("\(behind.count) of 7 areas: behind profile"))
    }

    @Test func paymentHeldOnTheReviewedSample() throws {
        let sample = try WritableSample.reviewed()
        let state = try sample.state().pressing(Self.only, Self.only)
        #expect(state.arrangement.filter == .held)
        #expect(Self.shown(state) == ["dudley", "solihull"])
        let frame = render(state)
        #expect(frame.lines[0].contains("2 of 7 areas: payment held"))
        #expect(frame.contains("Dudley MBC") && frame.contains("Solihull MBC") && !frame.contains("Coventry CC"))
    }

    @Test func theSelectionSurvivesSortingWhileShown() throws {
        let start = Fixtures.state().selecting("walsall")
        let sorted = start.pressing(Self.sort, Self.sort)
        #expect(sorted.selectedAreaID == "walsall")
        let index = try #require(sorted.shownIndex)
        #expect(sorted.shownAreas[index].id == "walsall")
        // Moving from there moves in the order shown.
        let next = sorted.pressing(.right)
        #expect(next.selectedAreaID == sorted.shownAreas[min(index + 1, 6)].id)
    }

    @Test func theSelectionSurvivesAFilterThatShowsItAndMovesToTheFirstShownOtherwise() throws {
        let behind = Fixtures.state().pressing(Self.only).shownAreas.map(\.id)
        let kept = Fixtures.state().selecting(behind.last!).pressing(Self.only)
        #expect(kept.selectedAreaID == behind.last)
        let hidden = Sample.westMidlands.first { !behind.contains($0) }!
        let moved = Fixtures.state().selecting(hidden).pressing(Self.only)
        #expect(moved.selectedAreaID == behind.first)
        #expect(moved.pressing(.right).selectedAreaID == behind[1], "moving stays among the areas shown")
    }

    @Test func aFilterThatKeepsNothingSaysSo() throws {
        let state = Fixtures.state().pressing(Self.only, Self.only, Self.only, Self.only)
        #expect(state.arrangement.filter == .overAllocated)
        if state.shownAreas.isEmpty {
            #expect(render(state).contains("0 of 7 areas: over-allocated."))
        }
    }

    @Test func theOutstandingListFollowsTheFilterAndKeepsItsRow() throws {
        let later = Fixtures.state(asOf: Sample.laterDate).pressing(.character("2"))
        let all = later.listedOutstanding
        #expect(all.count > 1)
        let cursorOn = later.pressing(.down)
        let row = cursorOn.listedOutstanding[cursorOn.outstanding.cursor.index]
        let sorted = cursorOn.pressing(Self.sort)
        #expect(sorted.listedOutstanding.map(\.area.name) == sorted.listedOutstanding.map(\.area.name).sorted { $0.lowercased() < $1.lowercased() })
        #expect(Set(sorted.listedOutstanding) == Set(all))
        #expect(sorted.listedOutstanding[sorted.outstanding.cursor.index] == row)
        let held = later.pressing(Self.only, Self.only)
        #expect(held.listedOutstanding.allSatisfy { row in held.shownAreas.contains { $0.id == row.area.id } })
    }

    @Test func thePaymentsListFollowsTheOrder() throws {
        let sample = try WritableSample.reviewed()
        let payments = try sample.state().pressing(.character("7"))
        let held = payments.pressing(Self.only, Self.only)
        #expect(Set(held.listedPayments.map(\.area.id)).isSubset(of: ["dudley", "solihull"]))
        #expect(!held.listedPayments.isEmpty)
        let byName = payments.pressing(Self.sort, Self.reverse)
        let names = byName.listedPayments.map(\.area.name)
        #expect(names == names.sorted { $0.lowercased() > $1.lowercased() })
    }
}
