import Cells
import Testing

/// Text into a grid: clipped to the grid and to the rectangle given, one column per character.
@Suite struct GridTests {
    @Test func textIsClippedToTheRectangleAndTheNextColumnReturned() {
        var grid = Grid(Size(width: 8, height: 2))
        let next = grid.put("Solihull", x: 1, y: 0, clip: Rect(x: 2, y: 0, width: 4, height: 1))
        #expect(next == 6)
        #expect(grid.lines == ["  olih  ", "        "])
    }

    @Test func aRowOutsideTheGridWritesNothingButStillCounts() {
        var grid = Grid(Size(width: 4, height: 1))
        #expect(grid.put("Q2", x: 1, y: 1) == 3)
        #expect(grid.put("Q2", x: 1, y: -1) == 3)
        #expect(grid.lines == ["    "])
    }

    @Test func stylingKeepsTheCharactersAndFillingReplacesThem() {
        var grid = Grid(Size(width: 5, height: 2))
        grid.put("£1,87", x: 0, y: 0)
        grid.style(Rect(x: 1, y: 0, width: 2, height: 5), Style(.danger))
        #expect(grid.lines[0] == "£1,87")
        #expect((0..<5).map { grid[$0, 0].style.role } == [.normal, .danger, .danger, .normal, .normal])
        grid.fill(Rect(x: 3, y: 0, width: 9, height: 9), "░", style: Style(.track))
        #expect(grid.lines == ["£1,░░", "   ░░"])
        #expect(grid[4, 1] == Cell("░", style: Style(.track)))
    }
}
