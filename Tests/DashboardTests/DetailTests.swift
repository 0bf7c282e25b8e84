import Testing
import GrantModel
@testable import Dashboard

/// The area detail: opening, going back, the board walkthrough and scrolling.
@Suite struct DetailTests {
    /// Solihull's detail, opened from the overview.
    static func solihull(width: Int = 120, height: Int = 40) -> DashboardState {
        Fixtures.state(width: width, height: height).pressing(.character("/")).typing("solihull").pressing(.enter, .enter)
    }

    @Test func enterShowsTheAreasFiguresAndReturns() throws {
        let state = Self.solihull()
        #expect(state.detailAreaID == "solihull")
        let frame = render(state)
        #expect(frame.contains("Solihull MBC  CSP"))
        #expect(frame.contains("✗ PAYMENT HELD: the Q2 return is overdue"))
        #expect(frame.contains("Q2       ✗ OVERDUE 37 days  30 Oct 2016"))
        #expect(frame.contains("carried from Q1"))
        // The tab strip names the area shown.
        #expect(frame.lines[1].contains(" Solihull MBC "))
        #expect(frame.cursor == Point(x: 1, y: 2))
    }

    @Test(arguments: [Key.escape, .backspace]) func backGoesToTheSameViewAndSelection(key: Key) throws {
        let fromOverview = Self.solihull().pressing(key)
        #expect(fromOverview.detailAreaID == nil)
        #expect(fromOverview.view == .overview)
        #expect(fromOverview.selectedAreaID == "solihull")
        #expect(render(fromOverview).cursor == render(Fixtures.state().pressing(.down, .down)).cursor)

        let board = Fixtures.state().pressing(.character("3"), .down, .down, .down)
        let fromBoard = board.pressing(.enter, key)
        #expect(board.pressing(.enter).detailAreaID == "sandwell")
        #expect(fromBoard.view == .board)
        #expect(fromBoard.detailAreaID == nil)
        #expect(fromBoard.selectedAreaID == "sandwell")
        #expect(render(fromBoard) == render(board))
    }

    @Test func backAfterScrollingTheOverviewKeepsThePaneOnScreen() throws {
        let overview = Fixtures.state(width: 80, height: 24).pressing(.end)
        let back = overview.pressing(.enter, .escape)
        #expect(back.selectedAreaID == "wolverhampton")
        #expect(render(back) == render(overview))
    }

    @Test(arguments: [Key.right, .character("l")]) func rightStepsToTheNextArea(key: Key) throws {
        var state = Fixtures.state().pressing(.enter)
        for id in Sample.westMidlands.dropFirst() {
            state = state.pressing(key)
            #expect(state.detailAreaID == id)
            #expect(state.selectedAreaID == id, "the overview follows the walkthrough")
        }
        let name = try #require(state.grants?.area("wolverhampton")?.name)
        #expect(render(state).contains("\(name)  CSP"))
        let atEnd = state.pressing(key)
        #expect(atEnd.detailAreaID == "wolverhampton")
        #expect(atEnd.notice?.text == "last area")
        #expect(render(atEnd).statusLine.contains("last area"))
    }

    @Test(arguments: [Key.left, .character("h")]) func leftStepsToThePreviousAreaAndStopsAtTheFirst(key: Key) throws {
        let state = Fixtures.state().pressing(.end, .enter, key)
        #expect(state.detailAreaID == "walsall")
        let first = Fixtures.state().pressing(.enter, key)
        #expect(first.detailAreaID == "birmingham")
        #expect(first.notice?.text == "first area")
        #expect(render(first).statusLine.contains("first area"))
    }

    @Test func steppingStartsEachAreaAtTheTop() throws {
        let state = Self.solihull(width: 80, height: 24).pressing(.down, .down, .right)
        #expect(state.detailAreaID == "walsall")
        #expect(state.detailScroll == 0)
    }

    @Test func downAndUpScrollAndClamp() throws {
        let state = Self.solihull(width: 80, height: 24)
        let total = AreaDetailScreen.lineCount(state)
        let visible = ScreenLayout(state.size).body.height
        let maximum = total - visible
        #expect(maximum > 3, "the detail is longer than an 80x24 screen")
        #expect(state.pressing(.down).detailScroll == 1)
        #expect(state.pressing(.character("j"), .character("j")).detailScroll == 2)
        #expect(state.pressing(.down, .down, .up).detailScroll == 1)
        #expect(state.pressing(.up).detailScroll == 0)
        #expect(state.pressing(.character("k")).detailScroll == 0)
        #expect(state.pressing(.end).detailScroll == maximum)
        #expect(state.pressing(.end, .down).detailScroll == maximum)
        #expect(state.pressing(.end, .up).detailScroll == maximum - 1)
        #expect(state.pressing(.end, .home).detailScroll == 0)
        #expect(state.pressing(.pageDown).detailScroll == min(maximum, visible - 1))
        #expect(state.pressing(.pageDown, .pageDown, .pageDown, .pageDown).detailScroll == maximum)
        #expect(state.pressing(.pageDown, .pageUp).detailScroll == 0)
    }

    @Test func scrollingMovesTheTextAndTheLinePosition() throws {
        let state = Self.solihull(width: 120, height: 24)
        let top = render(state)
        #expect(top.lines[2].contains("Solihull MBC"))
        #expect(top.lines[1].contains("lines 1-21 of"))
        let end = state.pressing(.end)
        let frame = render(end)
        #expect(!frame.lines[2].contains("Solihull MBC  CSP"))
        let total = AreaDetailScreen.lineCount(end)
        #expect(frame.lines[1].contains("lines \(total - 20)-\(total) of \(total)"))
        #expect(frame.contains("Q1 return"), "the last notes show at the end")
        // One line down moves every line of the body up by one.
        let down = render(state.pressing(.down))
        #expect(down.lines[2] == top.lines[3])
        #expect(down.lines[10] == top.lines[11])
    }

    @Test func anEarlierQuarterShortensTheDetailAndTheScrollFollows() throws {
        let end = Self.solihull(width: 120, height: 24).pressing(.end)
        let state = end.pressing(.character("<"))
        let total = AreaDetailScreen.lineCount(state)
        #expect(total < AreaDetailScreen.lineCount(end), "one quarter fewer in the figures table")
        let visible = ScreenLayout(state.size).body.height
        #expect(state.detailScroll == total - visible)
        #expect(render(state).lines[1].contains("lines \(total - visible + 1)-\(total) of \(total)"))
        // One key up moves at once.
        #expect(state.pressing(.up).detailScroll == total - visible - 1)
    }

    @Test func enterInTheDetailDoesNothing() throws {
        let state = Self.solihull()
        let after = state.pressing(.enter)
        #expect(after.detailAreaID == "solihull")
        #expect(render(after) == render(state))
    }
}
