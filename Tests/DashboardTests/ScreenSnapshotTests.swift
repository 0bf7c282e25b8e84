import Testing
import GrantModel
@testable import Dashboard

/// Every screen at 80x24, 120x40 and a tiny size, compared with checked-in text.
@Suite struct ScreenSnapshotTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40)]

    @Test(arguments: sizes) func overview(width: Int, height: Int) {
        expectSnapshot(render(Fixtures.state(width: width, height: height)), named: "overview-\(width)x\(height)")
    }

    @Test(arguments: sizes) func outstanding(width: Int, height: Int) {
        let (state, _) = Fixtures.after(Fixtures.state(width: width, height: height), Fixtures.keys(.character("2")))
        expectSnapshot(render(state), named: "outstanding-\(width)x\(height)")
    }

    @Test(arguments: sizes) func boardTables(width: Int, height: Int) {
        let (state, _) = Fixtures.after(Fixtures.state(width: width, height: height), Fixtures.keys(.character("3")))
        expectSnapshot(render(state), named: "board-\(width)x\(height)")
    }

    @Test(arguments: sizes) func areaDetailOfSolihull(width: Int, height: Int) {
        let (state, _) = Fixtures.after(Fixtures.state(width: width, height: height),
                                        Fixtures.keys(.character("/")) + Fixtures.typing("solihull") + Fixtures.keys(.enter, .enter))
        expectSnapshot(render(state), named: "detail-solihull-\(width)x\(height)")
    }

    @Test(arguments: sizes) func help(width: Int, height: Int) {
        let (state, _) = Fixtures.after(Fixtures.state(width: width, height: height), Fixtures.keys(.character("?")))
        expectSnapshot(render(state), named: "help-\(width)x\(height)")
    }

    @Test func asciiOverview() {
        expectSnapshot(render(Fixtures.state(width: 80, height: 24, glyphs: .ascii)), named: "overview-ascii-80x24")
    }

    @Test(arguments: [(30, 8), (1, 1), (39, 12)]) func tooSmall(width: Int, height: Int) {
        expectSnapshot(render(Fixtures.state(width: width, height: height)), named: "too-small-\(width)x\(height)")
    }
}
