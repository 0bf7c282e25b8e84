import Foundation
import Testing
import GrantModel
@testable import Dashboard

/// Tab, Shift-Tab and the number keys between the three views.
@Suite struct ViewSwitchingTests {
    /// The tab strip's active tab: the label drawn in the tabActive role.
    static func activeTab(_ frame: Frame) -> String {
        let row = 1
        return String((0..<frame.grid.size.width).compactMap { x -> Character? in
            let cell = frame.grid[x, row]
            return cell.style.role == .tabActive ? cell.character : nil
        }).trimmingCharacters(in: .whitespaces)
    }

    @Test func tabCyclesThroughEveryView() throws {
        var state = Fixtures.state()
        var seen: [View] = []
        for _ in 0..<8 {
            seen.append(state.view)
            state = state.pressing(.tab)
        }
        #expect(seen == [.overview, .outstanding, .board, .years, .themes, .decisions, .payments, .overview])
    }

    @Test func shiftTabCyclesBackwards() throws {
        var state = Fixtures.state()
        var seen: [View] = []
        for _ in 0..<8 {
            state = state.pressing(.backTab)
            seen.append(state.view)
        }
        #expect(seen == [.payments, .decisions, .themes, .years, .board, .outstanding, .overview, .payments])
    }

    @Test func numberKeysJump() throws {
        let state = Fixtures.state()
        #expect(state.pressing(.character("2")).view == .outstanding)
        #expect(state.pressing(.character("3")).view == .board)
        #expect(state.pressing(.character("3"), .character("1")).view == .overview)
        #expect(state.pressing(.character("2"), .character("2")).view == .outstanding)
        #expect(state.pressing(.character("4")).view == .years)
        #expect(state.pressing(.character("5")).view == .themes)
        #expect(state.pressing(.character("6")).view == .decisions)
        #expect(state.pressing(.character("7")).view == .payments)
    }

    @Test func theActiveTabAndTheScreenFollowTheView() throws {
        let state = Fixtures.state()
        let overview = render(state)
        #expect(Self.activeTab(overview) == "1 Overview")
        #expect(overview.contains("Total £1,873,187"))

        let outstanding = render(state.pressing(.tab))
        #expect(Self.activeTab(outstanding) == "2 Outstanding (1)")
        #expect(outstanding.contains("Days"))
        #expect(outstanding.contains("Solihull MBC  2016/17 Q2"))

        let board = render(state.pressing(.tab, .tab))
        #expect(Self.activeTab(board) == "3 Board")
        #expect(board.contains("Table 1: allocation"))
        #expect(board.contains("Table 2: spend (cumulative)"))
    }

    @Test func theSelectionSurvivesSwitchingViews() throws {
        let state = Fixtures.state().pressing(.down, .right, .tab, .tab, .tab, .tab, .tab, .tab, .tab)
        #expect(state.view == .overview)
        #expect(state.selectedAreaID == "sandwell")
    }

    @Test(arguments: [(Key.tab, View.outstanding), (.backTab, .payments), (.character("1"), .overview), (.character("3"), .board)])
    func switchingFromTheDetailLeavesIt(key: Key, expected: View) throws {
        let detail = Fixtures.state().pressing(.right, .enter)
        #expect(detail.detailAreaID == "coventry")
        let state = detail.pressing(key)
        #expect(state.detailAreaID == nil)
        #expect(state.view == expected)
        #expect(state.selectedAreaID == "coventry")
        let frame = render(state)
        #expect(!frame.contains("carry forward from"))
        #expect(!frame.lines[1].contains("Coventry CC"), "the detail's tab is gone")
    }

    @Test func theKeyHintsMatchTheView() throws {
        let state = Fixtures.state()
        #expect(render(state).statusLine.contains("Enter open"))
        #expect(render(state.pressing(.tab)).statusLine.contains("Enter open area"))
        #expect(render(state.pressing(.tab, .tab)).statusLine.contains("t table"))
        #expect(render(state.pressing(.enter)).statusLine.contains("Esc back"))
    }
}
