import Testing
import GrantModel
@testable import Dashboard

/// The Changes view, the overview's change marks and the walkthrough's "Since the last board"
/// page on sample data with `--since 2016-09-06`, compared with checked-in text.
@Suite struct SinceBoardSnapshotTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40), (200, 60)]

    @Test(arguments: sizes) func changesView(width: Int, height: Int) {
        let state = SinceBoardTests.state(width: width, height: height).pressing(.character("8"))
        expectSnapshot(render(state), named: "changes-\(width)x\(height)")
    }

    @Test(arguments: sizes) func sincePage(width: Int, height: Int) {
        let state = SinceBoardTests.state(width: width, height: height, presenting: true)
        expectSnapshot(render(state), named: "present-since-\(width)x\(height)")
    }

    @Test func overviewWithChangeMarks() {
        expectSnapshot(render(SinceBoardTests.state(width: 80, height: 24)), named: "overview-since-80x24")
    }

    @Test func changesViewWithoutALastBoard() {
        expectSnapshot(render(SinceBoardTests.state(since: nil, width: 80, height: 24).pressing(.character("8"))),
                       named: "changes-unset-80x24")
    }

    @Test func changesViewInAscii() {
        let state = SinceBoardTests.state(width: 80, height: 24, glyphs: .ascii).pressing(.character("8"))
        expectSnapshot(render(state), named: "changes-ascii-80x24")
    }
}
