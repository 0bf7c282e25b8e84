import Testing
import GrantModel
@testable import Dashboard

/// The overview pane's sparkline of cumulative spend: in the bottom border of a pane wide enough,
/// and not at all in a narrower one.
@Suite struct PaneSparklineTests {
    private func bottomBorder(width: Int, glyphs: Glyphs = .unicode) -> String {
        let birmingham = Fixtures.state().report!.positions.first { $0.area.id == "birmingham" }!
        var grid = Grid(Size(width: width, height: 7))
        AreaPane.draw(&grid, grid.bounds, birmingham, AreaPane.Payments(isHeld: false, quarters: nil), currency: .gbp,
                      selected: false, glyphs: glyphs)
        return grid.lines[6]
    }

    @Test func aWidePaneShowsSpendAtEachQuarterAndQuartersToComeAsDots() {
        // Birmingham: 15% of the total spent at Q1, 27% at Q2; Q3 and Q4 to come.
        #expect(bottomBorder(width: 40) == "└─────────────────── spend Q1-Q4 ▂▃·· ─┘")
        #expect(bottomBorder(width: 40, glyphs: .ascii) == "+------------------- spend Q1-Q4 ,-.. -+")
    }

    @Test func aNarrowerPaneKeepsItsBorderPlain() {
        #expect(bottomBorder(width: 39) == "└" + String(repeating: "─", count: 37) + "┘")
    }
}
