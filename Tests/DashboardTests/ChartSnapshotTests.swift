import Testing
import GrantModel
@testable import Dashboard

/// The spend charts where they are drawn, at 80x24, 120x40 and 200x60: Birmingham's detail
/// scrolled to its chart, its presentation page and the years view's allocation trend (the
/// years view's own snapshots are EveryViewSnapshotTests').
@Suite struct ChartSnapshotTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40), (200, 60)]

    /// Birmingham's detail scrolled down to its chart (as far as it scrolls).
    static func birminghamDetail(width: Int, height: Int, glyphs: Glyphs = .unicode) -> DashboardState {
        let opened = Fixtures.state(width: width, height: height, glyphs: glyphs)
            .after(Fixtures.keys(.character("/")) + Fixtures.typing("birmingham") + Fixtures.keys(.enter, .enter))
        let lines = AreaDetailScreen.document(opened, "birmingham", width: width - 2).map { $0.map(\.text).joined() }
        let heading = lines.firstIndex { $0.hasPrefix("Cumulative planned and spend") }!
        return opened.after(Array(repeating: Event.keyPressed(.down), count: heading - 1))
    }

    @Test(arguments: sizes) func detailChart(width: Int, height: Int) {
        expectSnapshot(render(Self.birminghamDetail(width: width, height: height)), named: "chart-detail-birmingham-\(width)x\(height)")
    }

    @Test func detailChartInAscii() {
        expectSnapshot(render(Self.birminghamDetail(width: 80, height: 24, glyphs: .ascii)), named: "chart-detail-birmingham-ascii-80x24")
    }

    /// At 80x24 the trend is below the fold of the years view: scrolled to the end.
    @Test func yearsTrendScrolledIntoView() {
        let years = Fixtures.state(width: 80, height: 24).after(Fixtures.keys(.character("4")) + Array(repeating: Event.keyPressed(.down), count: 60))
        expectSnapshot(render(years), named: "chart-years-80x24")
    }

    @Test func presentationPageAtTheLargestSize() {
        let state = PresentationSnapshotTests.page(.area("birmingham"), width: 200, height: 60)
        expectSnapshot(render(state), named: "present-birmingham-200x60")
    }

    /// Birmingham's spend (27% at Q2) sits below the profile (50%): in every column where both
    /// are drawn, the profile's mark is higher up the chart than spend's.
    @Test func birminghamsSpendSitsBelowTheProfile() {
        let screen = render(Self.birminghamDetail(width: 120, height: 40)).grid.lines
        let chartTop = screen.firstIndex { $0.contains("£2m ┤") }!, axis = screen.firstIndex { $0.contains("£0 └") }!
        let lines = Array(screen[chartTop...axis])
        let top = { (mark: Character, column: Int) in lines.firstIndex { $0.count > column && Array($0)[column] == mark } }
        let width = lines.map(\.count).max() ?? 0
        let columns = (0..<width).filter { top("█", $0) != nil && top("·", $0) != nil }
        #expect(columns.count >= 10)
        #expect(columns.allSatisfy { top("·", $0)! < top("█", $0)! })
    }
}
