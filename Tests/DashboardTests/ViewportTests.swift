import Testing
@testable import Dashboard

/// The one scrolling rule, on its own: 30 lines in a window of 10, so the last top is 20.
@Suite struct ViewportTests {
    static func scrolled(_ moves: Viewport.Move..., from top: Int = 0, lines: Int = 30, window: Int = 10, page: Int = 9) -> Int {
        var viewport = Viewport(top: top)
        for move in moves { viewport.apply(move, lines: lines, window: window, page: page) }
        return viewport.top
    }

    @Test func linesStopAtEitherEnd() {
        #expect(Self.scrolled(.lineDown) == 1)
        #expect(Self.scrolled(.lineDown, .lineDown, .lineUp) == 1)
        #expect(Self.scrolled(.lineUp) == 0)
        #expect(Self.scrolled(.lineDown, from: 20) == 20, "the last lines already fill the window")
    }

    @Test func pagesMoveByThePageAndStopAtEitherEnd() {
        #expect(Self.scrolled(.pageDown) == 9)
        #expect(Self.scrolled(.pageDown, .pageDown) == 18)
        #expect(Self.scrolled(.pageDown, .pageDown, .pageDown) == 20)
        #expect(Self.scrolled(.pageUp, from: 20) == 11)
        #expect(Self.scrolled(.pageUp, from: 5) == 0)
        #expect(Self.scrolled(.pageDown, page: 12) == 12, "the page is the caller's: the error list pages by more than it shows")
    }

    @Test func firstAndLast() {
        #expect(Self.scrolled(.last) == 20)
        #expect(Self.scrolled(.last, .first) == 0)
        #expect(Self.scrolled(.last, .lineUp) == 19)
    }

    @Test func whatFitsDoesNotScroll() {
        for move: Viewport.Move in [.lineDown, .pageDown, .last] {
            #expect(Self.scrolled(move, lines: 8) == 0)
            #expect(Self.scrolled(move, lines: 10) == 0)
        }
        #expect(Self.scrolled(.last, lines: 0) == 0)
    }

    @Test func aMoveFromBeyondTheEndComesBackInRange() {
        // Kept from a taller document or a shorter window: a step up lands within the range.
        #expect(Self.scrolled(.lineUp, from: 40) == 20)
        #expect(Self.scrolled(.pageDown, from: 40) == 20)
    }

    @Test func clampingPullsBackOnlyWhatIsOutOfRange() {
        var viewport = Viewport(top: 15)
        viewport.clamp(lines: 30, window: 10)
        #expect(viewport.top == 15)
        viewport.clamp(lines: 20, window: 10)
        #expect(viewport.top == 10, "the document shrank under it")
        viewport.clamp(lines: 20, window: 25)
        #expect(viewport.top == 0, "the window grew past it")
        viewport.clamp(last: -3)
        #expect(viewport.top == 0, "never before the start")
    }

    @Test func columnsScrollOneAtATimeUpToTheLast() {
        var columns = Viewport()
        columns.scroll(by: -1, last: 3)
        #expect(columns.top == 0)
        for _ in 0..<5 { columns.scroll(by: 1, last: 3) }
        #expect(columns.top == 3)
        columns.scroll(by: -1, last: 3)
        #expect(columns.top == 2)
        columns.scroll(by: 0, last: 1)
        #expect(columns.top == 1, "the tables became narrower")
    }

    @Test func keepingALineVisibleMovesAsLittleAsPossible() {
        var viewport = Viewport(top: 10)
        viewport.keepVisible(12, window: 5)
        #expect(viewport.top == 10, "already in view")
        viewport.keepVisible(14, window: 5)
        #expect(viewport.top == 10, "the last line of the window")
        viewport.keepVisible(15, window: 5)
        #expect(viewport.top == 11, "one below: the window moves down one")
        viewport.keepVisible(30, window: 5)
        #expect(viewport.top == 26, "far below: it becomes the last line")
        viewport.keepVisible(3, window: 5)
        #expect(viewport.top == 3, "above: it becomes the first line")
    }

    @Test func theFirstLineDrawnFollowsWhatIsLeft() {
        let viewport = Viewport(top: 15)
        #expect(viewport.firstLine(lines: 30, window: 10) == 15)
        #expect(viewport.firstLine(lines: 20, window: 10) == 10)
        #expect(viewport.firstLine(lines: 5, window: 10) == 0)
    }

    @Test func theKeys() {
        let shared: [(Key, Viewport.Move)] = [(.up, .lineUp), (.character("k"), .lineUp), (.down, .lineDown), (.character("j"), .lineDown),
                                              (.pageUp, .pageUp), (.pageDown, .pageDown), (.home, .first), (.character("g"), .first),
                                              (.end, .last), (.character("G"), .last)]
        for (key, move) in shared {
            #expect(Viewport.Move(key) == move)
            #expect(Viewport.Move(reading: key) == move)
        }
        #expect(Viewport.Move(.character(" ")) == nil, "Space pages only what is read as a document")
        #expect(Viewport.Move(reading: .character(" ")) == .pageDown)
        for key: Key in [.left, .right, .enter, .escape, .character("q")] {
            #expect(Viewport.Move(key) == nil && Viewport.Move(reading: key) == nil)
        }
    }
}
