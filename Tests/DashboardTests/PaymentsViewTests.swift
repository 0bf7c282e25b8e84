import Foundation
import Testing
import GrantModel
@testable import Dashboard

/// The payments view (7): the funder's year of quarters to release, hold, review and paid; moving,
/// opening a quarter's area, the mouse, sideways scrolling; and the overview's panes that say the
/// same. On sample-data as it is (no reviews, no payments) the panes keep their return badges.
struct PaymentsViewTests {
    static func reviewed(width: Int = 120, height: Int = 40) throws -> (WritableSample, DashboardState) {
        let sample = try WritableSample.reviewed()
        return (sample, try sample.state(width: width, height: height).pressing(.character("7")))
    }

    @Test func theViewListsWhatToReleaseHoldReviewThenWhatIsPaid() throws {
        let (_, state) = try Self.reviewed()
        #expect(state.view == .payments)
        #expect(ViewSwitchingTests.activeTab(render(state)) == "7 Payments")
        let listed = state.funderPayments.listed.map { "\($0.area.id) \($0.quarter) \($0.status.name)" }
        #expect(listed == [
            "coventry Q2 ready", "dudley Q2 held", "solihull Q2 held", "birmingham Q2 pending", "walsall Q2 pending",
            "birmingham Q1 paid", "coventry Q1 paid", "dudley Q1 paid", "sandwell Q1 paid", "sandwell Q2 paid",
            "solihull Q1 paid", "walsall Q1 paid", "wolverhampton Q1 paid", "wolverhampton Q2 paid",
        ])
        let frame = render(state)
        #expect(frame.contains("Paid £1,328,845 of £4,294,482 total allocation (31%)"))
        #expect(frame.contains("ready to release £128,058 (1 quarter)"))
        #expect(frame.contains("✗ held: overdue 37d"))
        #expect(frame.contains("spend by project missing"))
        // The selected row's story under the list.
        #expect(frame.lines[38].hasPrefix(" Coventry CC Q2 · accepted 2 Nov 2016 · £128,058 ready to release"))
        #expect(frame.cursor?.y == (try #require(frame.find("Coventry CC       Q2"))).y)
    }

    @Test func movingAndOpeningAQuarterInItsArea() throws {
        let (_, state) = try Self.reviewed()
        let moved = state.pressing(.down, .down)
        #expect(moved.selectedPaymentRow?.area.id == "solihull")
        #expect(render(moved).contains("Solihull MBC Q2 · return due 30 Oct 2016, overdue 37 days: payment held"))
        #expect(moved.pressing(.end).selectedPaymentRow?.key == Grants.ReturnKey(areaID: "wolverhampton", year: Sample.year2016, quarter: .q2))
        // Birmingham's Q1 payment opens Birmingham's detail at Q1; Esc comes back to the row.
        let opened = state.pressing(.down, .down, .down, .down, .down, .enter)
        #expect(opened.detailAreaID == "birmingham" && opened.quarter == .q1)
        let back = opened.pressing(.escape)
        #expect(back.view == .payments)
        #expect(back.selectedPaymentRow?.area.id == "birmingham" && back.selectedPaymentRow?.quarter == .q1)
    }

    @Test func aClickSelectsARowAndADoubleClickOpensIt() throws {
        let (_, state) = try Self.reviewed()
        let point = try #require(render(state).find("Walsall MBC       Q2"))
        let clicked = state.clicking(point, at: 10_000)
        #expect(clicked.selectedPaymentRow?.area.id == "walsall")
        let opened = clicked.clicking(point, at: 10_200)
        #expect(opened.detailAreaID == "walsall")
        // The summary above the list is not a row.
        #expect(state.clicking(Point(x: 5, y: 2)).selectedPaymentRow?.area.id == "coventry")
    }

    @Test func atEightyColumnsRightShowsTheRefAndTheQueryNeverCuttingAFigure() throws {
        var (_, state) = try Self.reviewed(width: 80, height: 24)
        state = state.pressing(.down)
        let first = render(state)
        #expect(first.contains("columns 1-5 of 7 →"))
        for _ in 0..<10 {
            expectNoFigureCut(render(state), "payments 80x24")
            state = state.pressing(.right)
        }
        let last = render(state)
        #expect(last.contains("spend by project missing"))
        #expect(!last.lines.contains { $0.trimmingTrailingSpaces().hasSuffix("→") })
        for _ in 0..<10 { state = state.pressing(.left) }
        #expect(render(state) == first)
    }

    @Test func aYearWithNothingInSaysSo() throws {
        // 2017/18 has not begun on the board date: no return is in, nothing is paid.
        let (_, state) = try Self.reviewed()
        let next = state.pressing(.character("]"))
        try #require(next.year == FinancialYear(startYear: 2017))
        #expect(next.funderPayments.listed.isEmpty)
        let frame = render(next)
        #expect(frame.contains("No return of West Midlands Police and Crime Commissioner's 2017/18 is in by 6 Dec 2016, and nothing is paid."))
        #expect(frame.contains("Paid £0 of £407,000 total allocation (0%)"))
        #expect(next.effects(of: .enter).isEmpty && next.pressing(.enter).detailAreaID == nil)
    }

    /// The sample's data as it was before it recorded reviews and payments.
    static func withoutReviewsOrPayments() throws -> DashboardState {
        let sample = try #require(Fixtures.loaded().grants)
        let plain = Grants(funders: sample.funders, areas: sample.areas, allocations: sample.allocations,
                           returns: sample.returns.map { item in
                               var unreviewed = item
                               unreviewed.review = nil
                               return unreviewed
                           },
                           projects: sample.projects, decisions: sample.decisions, reserves: sample.reserves)
        return DashboardState(loaded: FolderContents(grants: plain, diagnostics: []), folder: Fixtures.sampleData,
                              asOf: Fixtures.boardDate, size: Size(width: 120, height: 40))
    }

    @Test func aFolderWithoutReviewsOrPaymentsKeepsTheReturnBadges() throws {
        let state = try Self.withoutReviewsOrPayments()
        #expect(!state.funderPayments.isTracked)
        let frame = render(state)
        #expect(frame.contains("Q1 ✓ late 13d  Q2 ✓  Q3 ·  Q4 ·"))
        #expect(!frame.contains("review"))
        // Payment held is the model's: Solihull's overdue Q2, and no more.
        #expect(state.funderPayments.held == ["solihull"])
    }

    @Test func thePanesOfAReviewingFolderAtEightyColumns() throws {
        let (_, state) = try Self.reviewed(width: 80, height: 24)
        let frame = render(state.pressing(.character("1")))
        #expect(frame.contains("Q1 £ paid  Q2 … review  Q3 ·  Q4 ·"))
        #expect(frame.contains("Q1 £ paid  Q2 £ ready  Q3 ·  Q4 ·"))
        #expect(frame.contains("Q1 £ paid  Q2 ? queried  Q3 ·  Q4 ·"))
        #expect(frame.contains("✗ 2 payment held"))
        #expect(frame.findAll("PAYMENT HELD").count == 2)
    }

    @Test func anOverdueReturnWhosePaymentWasMadeHoldsNothing() throws {
        let sample = try WritableSample.reviewed()
        // Solihull's Q2 paid from the outstanding list, its return still overdue.
        let outstanding = try sample.state(today: d("2017-01-10")).pressing(.character("2"))
        let (paid, _) = sample.run(outstanding, Fixtures.keys(.character("P"), .enter))
        #expect(paid.listedOutstanding.map(\.area.id) == ["solihull"], "the return is still outstanding")
        let first = try OutstandingTests.firstRow(render(paid))
        #expect(render(paid).lines[first].contains("£ paid"))
        #expect(!render(paid).lines[first].contains("held"))
        #expect(!paid.funderPayments.isHeld("solihull"))
        let overview = render(paid.pressing(.character("1")))
        #expect(overview.contains("✗ 1 payment held"), "Dudley's queried return alone")
        #expect(overview.contains("Q2 ✗ OVERDUE 37d · £ paid"))
    }
}
