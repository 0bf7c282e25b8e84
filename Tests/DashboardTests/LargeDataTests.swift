import Testing
import GrantModel
@testable import Dashboard

/// A funder with 300 areas, built in code: every screen still draws and scrolls to the end.
@Suite struct LargeDataTests {
    static let grants = Synthetic.grants(areas: 300)

    @Test func threeHundredAreasRenderAt200x60() throws {
        let state = Synthetic.state(Self.grants, width: 200, height: 60)
        #expect(state.areas.count == 300)
        let frame = render(state)
        #expect(frame.contains("Zone 001"))
        #expect(frame.contains("Zone 005"), "five columns of panes at 200 wide")
        #expect(frame.find("Zone 005")?.y == frame.find("Zone 001")?.y)
        #expect(!frame.contains("Zone 300"))
        #expect(frame.contains("areas 1-45 of 300"))
        #expect(frame.cursor == frame.find("Zone 001"))
    }

    @Test func endShowsTheLastAreasPane() throws {
        let state = Synthetic.state(Self.grants, width: 200, height: 60).pressing(.end)
        #expect(state.selectedAreaID == Synthetic.areaID(300))
        let frame = render(state)
        let title = try #require(frame.find("Zone 300"))
        #expect(frame.cursor == title)
        #expect(frame.cells(from: title, count: 8).allSatisfy { $0.style.reverse })
        #expect(!frame.contains("Zone 001"))
        #expect(frame.contains("of 300"))
        // And back to the top.
        let home = state.pressing(.home)
        #expect(render(home).cursor == render(home).find("Zone 001"))
    }

    @Test func pagesMoveByTheScreenful() throws {
        let state = Synthetic.state(Self.grants, width: 200, height: 60)
        // Five columns, nine rows: 45 areas a page.
        #expect(state.pressing(.pageDown).selectedAreaID == Synthetic.areaID(46))
        #expect(state.pressing(.pageDown, .pageDown).selectedAreaID == Synthetic.areaID(91))
        #expect(state.pressing(.pageDown, .pageDown, .pageUp).selectedAreaID == Synthetic.areaID(46))
        #expect(state.pressing(.down).selectedAreaID == Synthetic.areaID(6))
        let small = Synthetic.state(Self.grants, width: 80, height: 24)
        // Two columns, three rows: six areas a page.
        #expect(small.pressing(.pageDown).selectedAreaID == Synthetic.areaID(7))
        let frame = render(small.pressing(.pageDown))
        #expect(frame.cursor == frame.find("Zone 007"))
    }

    @Test func holdingDownWalksEveryRowAndKeepsThePaneOnScreen() throws {
        var state = Synthetic.state(Self.grants, width: 120, height: 40)
        var last = state.selectedAreaID
        for _ in 0..<200 {
            state = state.pressing(.down)
            let frame = render(state)
            let name = try #require(state.selectedName)
            #expect(frame.cursor == frame.find(name), "\(name)")
            last = state.selectedAreaID
        }
        #expect(last == Synthetic.areaID(298), "three columns: the last row's first pane, then no row below")
    }

    @Test func searchJumpsFarAndShowsThePane() throws {
        let state = Synthetic.state(Self.grants, width: 200, height: 60).pressing(.character("/")).typing("zone 250").pressing(.enter)
        #expect(state.selectedAreaID == Synthetic.areaID(250))
        let frame = render(state)
        #expect(frame.cursor == frame.find("Zone 250"))
    }

    @Test func theBoardScrollsToTheLastArea() throws {
        let state = Synthetic.state(Self.grants, width: 200, height: 60).pressing(.character("3"), .end)
        #expect(state.selectedAreaID == Synthetic.areaID(300))
        let frame = render(state)
        let cursor = try #require(frame.cursor)
        #expect(frame.lines[cursor.y].contains("Zone 300"))
        #expect(frame.cell(cursor).style.reverse)
    }

    @Test func theOutstandingListHoldsEveryMissingReturn() throws {
        let state = Synthetic.state(Self.grants, width: 200, height: 60).pressing(.character("2"), .end)
        #expect(state.listedOutstanding.count == 100)
        let frame = render(state)
        let cursor = try #require(frame.cursor)
        #expect(frame.lines[cursor.y].contains("Zone 300"))
        #expect(frame.lines[1].contains("(100)"))
    }

    @Test func theDetailWalksToTheLastArea() throws {
        var state = Synthetic.state(Self.grants, width: 200, height: 60).pressing(.enter)
        for _ in 0..<305 { state = state.pressing(.right) }
        #expect(state.detailAreaID == Synthetic.areaID(300))
        #expect(state.notice?.text == "last area")
        #expect(render(state.pressing(.escape)).cursor == render(state.pressing(.escape)).find("Zone 300"))
    }
}
