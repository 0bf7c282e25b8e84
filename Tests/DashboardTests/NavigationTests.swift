import Testing
import GrantModel
@testable import Dashboard

/// Moving the overview selection: by one pane, by one row of panes, by a page, to the ends.
@Suite struct NavigationTests {
    @Test func startsOnTheFirstAreaOfTheBoardYear() throws {
        let state = Fixtures.state()
        #expect(state.funderID == "west-midlands")
        #expect(state.year == Sample.year2016)
        #expect(state.quarter == .q2)
        #expect(state.areas.map(\.id) == Sample.westMidlands)
        #expect(state.selectedAreaID == "birmingham")
    }

    @Test(arguments: [(120, 40), (80, 24)]) func sevenAreasShowInTwoColumns(width: Int, height: Int) throws {
        let frame = render(Fixtures.state(width: width, height: height))
        let birmingham = try #require(frame.find("Birmingham CC"))
        let coventry = try #require(frame.find("Coventry CC"))
        let dudley = try #require(frame.find("Dudley MBC"))
        #expect(coventry.y == birmingham.y && coventry.x > birmingham.x)
        #expect(dudley.y > birmingham.y && dudley.x == birmingham.x)
    }

    @Test func atEightyByTwentyFourTheLastRowScrollsIntoView() throws {
        let state = Fixtures.state(width: 80, height: 24)
        let first = render(state)
        #expect(!first.contains("Wolverhampton CC"))
        #expect(first.contains("areas 1-6 of 7"))
        let last = state.pressing(.end)
        #expect(last.selectedAreaID == "wolverhampton")
        #expect(last.overviewRows.top == 1)
        let frame = render(last)
        #expect(frame.contains("Wolverhampton CC"))
        #expect(!frame.contains("Birmingham CC"))
        #expect(frame.contains("areas 3-7 of 7"))
    }

    @Test(arguments: [Key.right, .character("l")]) func rightMovesOnePane(key: Key) throws {
        #expect(Fixtures.state().pressing(key).selectedAreaID == "coventry")
        #expect(Fixtures.state().pressing(key, key, key).selectedAreaID == "sandwell")
    }

    @Test(arguments: [Key.left, .character("h")]) func leftMovesOnePaneAndStopsAtTheFirst(key: Key) throws {
        let state = Fixtures.state().pressing(.end)
        #expect(state.pressing(key).selectedAreaID == "walsall")
        #expect(Fixtures.state().pressing(key).selectedAreaID == "birmingham")
    }

    @Test(arguments: [Key.down, .character("j")]) func downMovesOneRowOfPanes(key: Key) throws {
        let state = Fixtures.state()
        #expect(state.pressing(key).selectedAreaID == "dudley")
        #expect(state.pressing(key, key).selectedAreaID == "solihull")
        #expect(state.pressing(key, key, key).selectedAreaID == "wolverhampton")
        // No pane below Wolverhampton, nor below Walsall: the selection stays.
        #expect(state.pressing(key, key, key, key).selectedAreaID == "wolverhampton")
        #expect(state.pressing(.right, key, key, key).selectedAreaID == "walsall")
    }

    @Test(arguments: [Key.up, .character("k")]) func upMovesOneRowOfPanes(key: Key) throws {
        let state = Fixtures.state().pressing(.end)
        #expect(state.pressing(key).selectedAreaID == "solihull")
        #expect(state.pressing(key, key, key).selectedAreaID == "birmingham")
        #expect(state.pressing(key, key, key, key).selectedAreaID == "birmingham")
        #expect(Fixtures.state().pressing(.right, key).selectedAreaID == "coventry")
    }

    @Test func homeAndEndGoToTheFirstAndLastArea() throws {
        let state = Fixtures.state().pressing(.right, .down)
        #expect(state.pressing(.end).selectedAreaID == "wolverhampton")
        #expect(state.pressing(.home).selectedAreaID == "birmingham")
        #expect(state.pressing(.character("G")).selectedAreaID == "wolverhampton")
        #expect(state.pressing(.character("G"), .character("g")).selectedAreaID == "birmingham")
    }

    @Test func pageDownAndUpMoveByTheRowsOnScreen() throws {
        // 80x24: three rows of two panes show, so a page is six areas.
        let small = Fixtures.state(width: 80, height: 24)
        #expect(small.pressing(.pageDown).selectedAreaID == "wolverhampton")
        #expect(small.pressing(.right, .pageDown).selectedAreaID == "wolverhampton")
        #expect(small.pressing(.end, .pageUp).selectedAreaID == "birmingham")
        #expect(small.pressing(.down, .pageDown).selectedAreaID == "wolverhampton")
        #expect(small.pressing(.pageUp).selectedAreaID == "birmingham")
        // 120x40: everything shows, so a page jumps to the ends.
        #expect(Fixtures.state().pressing(.pageDown).selectedAreaID == "wolverhampton")
        #expect(Fixtures.state().pressing(.end, .pageUp).selectedAreaID == "birmingham")
    }

    @Test func theSelectionNeverLeavesTheList() throws {
        var state = Fixtures.state(width: 80, height: 24)
        let keys: [Key] = [.right, .right, .down, .pageDown, .pageDown, .end, .right, .down, .pageUp, .pageUp, .home,
                           .left, .up, .character("l"), .character("j"), .character("j"), .character("j"), .character("j")]
        for key in keys + keys.reversed() {
            state = state.pressing(key)
            let index = try #require(state.selectedIndex)
            #expect(state.areas.indices.contains(index))
            let panes = OverviewLayout(body: ScreenLayout(state.size, withTotals: true).body, count: state.areas.count)
            #expect(panes.rect(of: index, scroll: state.overviewRows.top) != nil, "the selected pane is on screen")
        }
    }

    @Test func theSelectedPaneHasAReversedTitleAndTheOthersDoNot() throws {
        let frame = render(Fixtures.state().pressing(.right, .down))
        #expect(Fixtures.state().pressing(.right, .down).selectedAreaID == "sandwell")
        let sandwell = try #require(frame.find("Sandwell MBC"))
        #expect(frame.cells(from: sandwell, count: 12).allSatisfy { $0.style.reverse })
        #expect(frame.cell(sandwell).style.role == .selectedBorder)
        let birmingham = try #require(frame.find("Birmingham CC"))
        #expect(!frame.cell(birmingham).style.reverse)
        // Only the title marks the selection: the borders stay as they are, so moving it repaints
        // a title, not two whole boxes (BENCHMARKS.md, bytes for an arrow key).
        #expect(frame.cell(Point(x: sandwell.x - 2, y: sandwell.y)).style.role == .border)
        #expect(frame.cell(Point(x: birmingham.x - 2, y: birmingham.y)).style.role == .border)
    }

    @Test(arguments: [(120, 40), (80, 24)]) func theCursorSitsOnTheSelectedPane(width: Int, height: Int) throws {
        var state = Fixtures.state(width: width, height: height)
        for (index, name) in Sample.names.enumerated() {
            if index > 0 { state = state.pressing(.right) }
            let frame = render(state)
            let title = try #require(frame.find(name))
            #expect(frame.cursor == title, "cursor on \(name)")
        }
    }

    @Test func enterOpensTheSelectedArea() throws {
        let state = Fixtures.state().pressing(.right, .right, .enter)
        #expect(state.detailAreaID == "dudley")
        #expect(state.view == .overview)
        #expect(render(state).contains("carry forward from 2015/16"))
    }
}
