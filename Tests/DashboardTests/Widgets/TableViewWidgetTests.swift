import Testing
@testable import Dashboard

/// A table laid out in a rectangle: header words wrapped, figures right-aligned and whole, text
/// cut with an ellipsis, the selected row reversed, columns scrolled when they do not fit.
@Suite struct TableViewWidgetTests {
    private static let headers: [(String, Bool)] = [("Area", false), ("Total Allocation", true), ("Spend", true)]
    private static let cells = [["Birmingham CC", "£2,111,283", "£508,449"], ["Solihull MBC", "£238,454", "£133,454"]]

    private func table(selected: Int? = nil, scroll: Int = 0, columnOffset: Int = 0, glyphs: Glyphs = .unicode) -> TableView {
        TableView(columns: TableView.columns(headers: Self.headers, rows: Self.cells, shrinking: [0]),
                  rows: Self.cells.map { $0.map { Span($0) } }, selected: selected, scroll: scroll,
                  columnOffset: columnOffset, glyphs: glyphs)
    }

    private func drawn(_ table: TableView, _ size: Size) -> (lines: [String], cursor: Point?, scrolled: Bool) {
        var grid = Grid(size)
        let result = table.draw(&grid, Rect(size))
        return (grid.lines, result.cursor, result.scrolled)
    }

    @Test func everythingFits() {
        // Header words wrap to the column and sit on its last line; figures are right-aligned.
        let result = drawn(table(), Size(width: 40, height: 5))
        #expect(result.lines == [
            "                    Total               ",
            "Area           Allocation     Spend     ",
            "───────────────────────────────────     ",
            "Birmingham CC  £2,111,283  £508,449     ",
            "Solihull MBC     £238,454  £133,454     ",
        ])
        #expect(result.cursor == nil && !result.scrolled)
    }

    @Test func theSelectedRowHasTheCursorAndIsReversed() {
        var grid = Grid(Size(width: 40, height: 5))
        let cursor = table(selected: 1).draw(&grid, Rect(Size(width: 40, height: 5))).cursor
        #expect(cursor == Point(x: 0, y: 4))
        #expect(grid[0, 4].style.reverse && grid[14, 4].style.reverse)
        #expect(!grid[0, 3].style.reverse)
    }

    @Test func textShrinksBeforeAFigureIsCut() {
        // One column short: the area names give up their last letters, no figure does.
        #expect(drawn(table(), Size(width: 34, height: 5)).lines == [
            "                   Total          ",
            "Area          Allocation     Spend",
            "──────────────────────────────────",
            "Birmingham …  £2,111,283  £508,449",
            "Solihull MBC    £238,454  £133,454",
        ])
    }

    @Test func whenFiguresStillDoNotFitTheFirstColumnStaysAndTheRestScroll() {
        let first = drawn(table(), Size(width: 26, height: 5))
        #expect(first.scrolled)
        #expect(first.lines == [
            "                   Total  ",
            "Area          Allocation  ",
            "───── columns 1-2 of 3 →  ",
            "Birmingham …  £2,111,283  ",
            "Solihull MBC    £238,454  ",
        ])
        #expect(drawn(table(columnOffset: 1), Size(width: 26, height: 5)).lines == [
            "Area             Spend    ",
            "── ← columns 1, 3 of 3    ",
            "Birmingham …  £508,449    ",
            "Solihull MBC  £133,454    ",
            "                          ",
        ])
        #expect(table().lastColumnOffset(width: 26) == 1 && table().lastColumnOffset(width: 40) == 0)
    }

    @Test func rowsScrollUnderTheHeader() {
        let result = drawn(table(scroll: 1), Size(width: 40, height: 4))
        #expect(result.lines[3].hasPrefix("Solihull MBC"))
    }
}
