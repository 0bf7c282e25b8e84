import Cells
import Testing
@testable import Terminal

@Suite struct ChangedRunsTests {
    private func grid(_ lines: [String]) -> Grid {
        var grid = Grid(Size(width: lines[0].count, height: lines.count))
        for (y, line) in lines.enumerated() { grid.put(line, x: 0, y: y) }
        return grid
    }

    @Test func firstDrawRepaintsEveryRow() {
        let new = grid(["abc", "def"])
        #expect(changedRuns(old: nil, new: new) == [CellRun(x: 0, y: 0, count: 3), CellRun(x: 0, y: 1, count: 3)])
    }

    @Test func aNewSizeRepaintsEveryRow() {
        let old = grid(["ab", "cd"])
        let new = grid(["abc", "def"])
        #expect(changedRuns(old: old, new: new).count == 2)
        #expect(changedRuns(old: old, new: new).allSatisfy { $0.x == 0 && $0.count == 3 })
    }

    @Test func anIdenticalFrameChangesNothing() {
        let frame = grid(["abc", "def"])
        #expect(changedRuns(old: frame, new: frame).isEmpty)
    }

    @Test func changedCellsFormRunsAlongARow() {
        let old = grid(["abcdefgh", "12345678"])
        let new = grid(["aXYdefgZ", "12345678"])
        #expect(changedRuns(old: old, new: new) == [CellRun(x: 1, y: 0, count: 2), CellRun(x: 7, y: 0, count: 1)])
    }

    @Test func aStyleChangeAloneIsAChange() {
        let old = grid(["abc"])
        var new = old
        new.style(Rect(x: 2, y: 0, width: 1, height: 1), Style(.danger))
        #expect(changedRuns(old: old, new: new) == [CellRun(x: 2, y: 0, count: 1)])
    }

    @Test func anEmptyGridHasNoRuns() {
        #expect(changedRuns(old: nil, new: Grid(Size(width: 0, height: 3))).isEmpty)
    }
}
