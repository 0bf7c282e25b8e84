import GrantModel
import Testing
@testable import Dashboard

/// The bar of spend or planned against a total, as the lines of text it must draw.
@Suite struct BarWidgetTests {
    private func drawn(part: Money?, whole: Money, width: Int, glyphs: Glyphs = .unicode) -> [String] {
        var grid = Grid(Size(width: width + 2, height: 1))
        Bar.draw(&grid, x: 1, y: 0, width: width, part: part, whole: whole, style: Style(.good), glyphs: glyphs)
        return grid.lines
    }

    @Test func halfSpentFillsHalfTheCells() {
        #expect(drawn(part: Money(pounds: 50), whole: Money(pounds: 100), width: 10) == [" █████░░░░░ "])
    }

    @Test func aQuarterOfAnOddCellIsAHalfBlockRoundedDown() {
        // 27% of 10 cells is 5.4 half-cells: 5 halves, two full cells and a half.
        #expect(drawn(part: Money(pounds: 27), whole: Money(pounds: 100), width: 10) == [" ██▌░░░░░░░ "])
        #expect(drawn(part: Money(pounds: 27), whole: Money(pounds: 100), width: 10, glyphs: .ascii) == [" ##=....... "])
    }

    @Test func noPartIsAnEmptyTrackAndAPartPastTheWholeIsFull() {
        #expect(drawn(part: nil, whole: Money(pounds: 100), width: 6) == [" ░░░░░░ "])
        #expect(drawn(part: .zero, whole: Money(pounds: 100), width: 6) == [" ░░░░░░ "])
        #expect(drawn(part: Money(pounds: 101), whole: Money(pounds: 100), width: 6) == [" ██████ "])
        // Spend against a £0 total is over it: the bar is full.
        #expect(drawn(part: Money(pounds: 1), whole: .zero, width: 6) == [" ██████ "])
    }

    @Test func theLargestAmountsDoNotOverflow() {
        let huge = Money(pence: 50_000_000_000_000_000), whole = Money(pence: 100_000_000_000_000_000)
        #expect(drawn(part: huge, whole: whole, width: 8) == [" ████░░░░ "])
    }

    @Test func aBarOfNoWidthDrawsNothing() {
        #expect(drawn(part: Money(pounds: 50), whole: Money(pounds: 100), width: 0) == ["  "])
    }

    @Test func theFilledPartTakesTheStyleAndTheTrackItsOwn() {
        var grid = Grid(Size(width: 4, height: 1))
        Bar.draw(&grid, x: 0, y: 0, width: 4, part: Money(pounds: 1), whole: Money(pounds: 2), style: Style(.danger), glyphs: .unicode)
        #expect(grid[0, 0].style == Style(.danger))
        #expect(grid[3, 0].style == Style(.track))
    }
}
