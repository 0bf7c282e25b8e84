import Testing
@testable import Dashboard

/// A list's selection and the rows in view, on their own: 20 rows, 5 on screen.
@Suite struct ListCursorTests {
    static func moved(_ moves: Viewport.Move..., count: Int = 20, page: Int = 5) -> ListCursor {
        var cursor = ListCursor()
        for move in moves { cursor.apply(move, count: count, page: page) }
        return cursor
    }

    @Test func theSelectionStaysInTheList() {
        #expect(Self.moved(.lineUp).index == 0)
        #expect(Self.moved(.lineDown, .lineDown, .lineUp).index == 1)
        #expect(Self.moved(.last).index == 19)
        #expect(Self.moved(.last, .lineDown).index == 19)
        #expect(Self.moved(.last, .first).index == 0)
        #expect(Self.moved(.pageDown).index == 5)
        #expect(Self.moved(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown).index == 19)
        #expect(Self.moved(.pageDown, .pageUp).index == 0)
    }

    @Test func theViewFollowsTheSelectionByAsLittleAsPossible() {
        #expect(Self.moved(.lineDown, .lineDown, .lineDown, .lineDown).viewport.top == 0, "row 4 is the fifth in view")
        #expect(Self.moved(.lineDown, .lineDown, .lineDown, .lineDown, .lineDown).viewport.top == 1)
        #expect(Self.moved(.last).viewport.top == 15)
        #expect(Self.moved(.last, .lineUp).viewport.top == 15, "still in view")
        #expect(Self.moved(.last, .pageUp, .pageUp).viewport.top == 9)
        #expect(Self.moved(.last, .first).viewport.top == 0)
    }

    @Test func aClickSelectsARow() {
        var cursor = Self.moved(.last)
        cursor.select(17, count: 20, page: 5)
        #expect(cursor.index == 17 && cursor.viewport.top == 15)
        cursor.select(40, count: 20, page: 5)
        #expect(cursor.index == 19)
    }

    @Test func anEmptyListSelectsNothingAndShowsFromTheTop() {
        #expect(Self.moved(.lineDown, .last, count: 0) == ListCursor())
        var cursor = Self.moved(.last)
        cursor.keep(count: 0, page: 5)
        #expect(cursor == ListCursor())
    }

    @Test func aShorterListKeepsTheSelectionOnItsLastRow() {
        var cursor = Self.moved(.last)
        cursor.keep(count: 8, page: 5)
        #expect(cursor.index == 7)
        #expect(cursor.viewport.top == 7, "the selection is the first row in view, with nothing below it")
    }

    @Test func aTallerWindowLeavesTheViewWhereItWas() {
        var cursor = Self.moved(.last)
        cursor.keep(count: 20, page: 12)
        #expect(cursor.index == 19 && cursor.viewport.top == 15)
    }
}
