import Testing
import GrantModel
@testable import Dashboard

/// The ASCII overview and the screens below the minimum size, compared with checked-in text
/// (every view at 80x24, 120x40 and 200x60: EveryViewSnapshotTests).
@Suite struct ScreenSnapshotTests {
    @Test func asciiOverview() {
        expectSnapshot(render(Fixtures.state(width: 80, height: 24, glyphs: .ascii)), named: "overview-ascii-80x24")
    }

    @Test(arguments: [(30, 8), (1, 1), (39, 12)]) func tooSmall(width: Int, height: Int) {
        expectSnapshot(render(Fixtures.state(width: width, height: height)), named: "too-small-\(width)x\(height)")
    }
}
