import Testing
@testable import Dashboard

/// The screen's regions and the overview's panes, painted into a grid: each test is the picture
/// the layout must make.
@Suite struct LayoutGridTests {
    private func painted(_ size: Size, _ regions: [(Character, Rect?)]) -> [String] {
        var grid = Grid(size)
        for (mark, rect) in regions { if let rect { grid.fill(rect, mark) } }
        return grid.lines
    }

    @Test func theScreenIsHeaderTabsBodyAndStatus() {
        let layout = ScreenLayout(Size(width: 10, height: 6))
        #expect(painted(Size(width: 10, height: 6), [("h", layout.header), ("t", layout.tabs), ("b", layout.body), ("s", layout.status)]) == [
            "hhhhhhhhhh",
            "tttttttttt",
            "bbbbbbbbbb",
            "bbbbbbbbbb",
            "bbbbbbbbbb",
            "ssssssssss",
        ])
    }

    @Test func theOverviewsTotalsTakeTheLineAboveTheStatus() {
        let layout = ScreenLayout(Size(width: 6, height: 6), withTotals: true)
        #expect(painted(Size(width: 6, height: 6), [("h", layout.header), ("t", layout.tabs), ("b", layout.body),
                                                    ("=", layout.totals), ("s", layout.status)]) == [
            "hhhhhh", "tttttt", "bbbbbb", "bbbbbb", "======", "ssssss",
        ])
    }

    @Test func sevenPanesAt80ColumnsAreTwoAcrossAndScrollByRows() {
        // 80 columns: two panes of 40; a body of 12 rows shows two rows of panes (6 lines each).
        let body = Rect(x: 0, y: 0, width: 80, height: 12)
        let panes = OverviewLayout(body: body, count: 7)
        #expect(panes.columns == 2 && panes.paneWidth == 40 && panes.visibleRows == 2 && panes.rows == 4)
        let picture = painted(Size(width: 80, height: 12), (0..<7).map { (Character(String($0)), panes.rect(of: $0, scroll: 1)) })
        #expect(picture == Array(repeating: String(repeating: "2", count: 40) + String(repeating: "3", count: 40), count: 6)
                + Array(repeating: String(repeating: "4", count: 40) + String(repeating: "5", count: 40), count: 6))
        #expect(panes.index(at: Point(x: 45, y: 7), scroll: 1) == 5)
        #expect(panes.scroll(keeping: 6, from: 0) == 2 && panes.scroll(keeping: 0, from: 2) == 0)
    }

    @Test func widePanesStopAtSixtyColumns() {
        // Everything fits in one column of 200: the pane is no wider than 60.
        let panes = OverviewLayout(body: Rect(x: 0, y: 0, width: 200, height: 60), count: 7)
        #expect(panes.columns == 1 && panes.paneWidth == 60)
        let crowded = OverviewLayout(body: Rect(x: 0, y: 0, width: 200, height: 12), count: 7)
        #expect(crowded.columns == 4 && crowded.paneWidth == 50)
    }
}
