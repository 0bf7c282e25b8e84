import Testing
@testable import Dashboard

/// A bordered box with its title (and mark) in the top edge.
@Suite struct BoxWidgetTests {
    private func drawn(_ size: Size, title: String, mark: String = "", glyphs: Glyphs = .unicode) -> [String] {
        var grid = Grid(size)
        Box.draw(&grid, Rect(size), title: title, titleStyle: Style(.title), mark: mark, border: Style(.border), glyphs: glyphs)
        return grid.lines
    }

    @Test func aBoxIsItsEdgesWithTheTitleInTheTop() {
        #expect(drawn(Size(width: 16, height: 4), title: "Solihull") == [
            "┌ Solihull ────┐",
            "│              │",
            "│              │",
            "└──────────────┘",
        ])
    }

    @Test func theMarkSitsAtTheRightOfTheTopEdge() {
        #expect(drawn(Size(width: 26, height: 3), title: "Solihull MBC", mark: "! held") == [
            "┌ Solihull MBC ── ! held ┐",
            "│                        │",
            "└────────────────────────┘",
        ])
    }

    @Test func aLongTitleIsCutWithAnEllipsisAndTheMarkKept() {
        // The title gives way to the mark, with one rule cell kept between them.
        #expect(drawn(Size(width: 20, height: 3), title: "Worcestershire district councils", mark: "✗") == [
            "┌ Worcestersh… ─ ✗ ┐",
            "│                  │",
            "└──────────────────┘",
        ])
    }

    @Test func asciiEdges() {
        #expect(drawn(Size(width: 10, height: 3), title: "Area", glyphs: .ascii) == [
            "+ Area --+",
            "|        |",
            "+--------+",
        ])
    }

    @Test func tooSmallABoxDrawsNothing() {
        #expect(drawn(Size(width: 1, height: 3), title: "x") == [" ", " ", " "])
    }
}
