import Testing
import GrantModel
@testable import Dashboard

/// The overview of the reviewed sample sorted by % spend and showing only the areas with a payment
/// held, and the help scrolled to its legend, at 80x24 and 120x40 (the legend in ASCII too).
@Suite struct SortFilterAndLegendSnapshotTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40)]

    static let sortedHeld = Fixtures.keys(.character("s"), .character("s"), .character("O"), .character("O"))

    @Test(arguments: sizes) func sortedAndFilteredOverview(width: Int, height: Int) throws {
        let sample = try WritableSample.reviewed()
        let state = try sample.state(width: width, height: height).after(Self.sortedHeld)
        let frame = render(state)
        expectSnapshot(frame, named: "sorted-held-overview-\(width)x\(height)")
        expectNoFigureCut(frame, "sorted held \(width)x\(height)")
    }

    @Test(arguments: sizes) func sortedOverviewOfEveryArea(width: Int, height: Int) throws {
        let state = Fixtures.state(width: width, height: height).pressing(.character("s"), .character("s"))
        expectSnapshot(render(state), named: "sorted-spend-overview-\(width)x\(height)")
    }

    @Test(arguments: sizes) func legend(width: Int, height: Int) throws {
        let state = Fixtures.state(width: width, height: height).pressing(.character("?"), .end)
        expectSnapshot(render(state), named: "legend-\(width)x\(height)")
    }

    @Test func legendInASCII() throws {
        let state = Fixtures.state(width: 80, height: 24, glyphs: .ascii).pressing(.character("?"), .end)
        expectSnapshot(render(state), named: "legend-ascii-80x24")
    }
}
