import Cells
import Testing

/// Layout is arithmetic on rectangles: splits never hand out more than there is.
@Suite struct RectTests {
    let screen = Rect(x: 2, y: 1, width: 10, height: 6)

    @Test func splitsTakeWhatIsAskedAndLeaveTheRest() {
        #expect(screen.splitTop(2) == (Rect(x: 2, y: 1, width: 10, height: 2), Rect(x: 2, y: 3, width: 10, height: 4)))
        #expect(screen.splitBottom(1) == (Rect(x: 2, y: 1, width: 10, height: 5), Rect(x: 2, y: 6, width: 10, height: 1)))
        #expect(screen.splitLeft(3) == (Rect(x: 2, y: 1, width: 3, height: 6), Rect(x: 5, y: 1, width: 7, height: 6)))
    }

    @Test func splitsAreClampedToTheRectangle() {
        #expect(screen.splitTop(99).rest.isEmpty && screen.splitTop(99).top == screen)
        #expect(screen.splitTop(-1).top.isEmpty && screen.splitTop(-1).rest == screen)
        #expect(screen.splitLeft(11).left == screen)
        #expect(screen.inset(by: 4).isEmpty)
    }

    @Test func rowsAndCentring() {
        #expect(screen.row(0) == Rect(x: 2, y: 1, width: 10, height: 1))
        #expect(screen.row(6).isEmpty && screen.row(-1).isEmpty)
        #expect(screen.centred(Size(width: 4, height: 2)) == Rect(x: 5, y: 3, width: 4, height: 2))
        #expect(screen.centred(Size(width: 40, height: 20)) == screen)
        #expect(screen.contains(Point(x: 11, y: 6)) && !screen.contains(Point(x: 12, y: 6)))
    }
}
