import Cells

/// Consecutive cells of one row that must be written: `count` cells from (x, y) of the new grid.
struct CellRun: Hashable {
    var x: Int
    var y: Int
    var count: Int
}

/// The cells of `new` that differ from `old`, as runs along each row, top to bottom. With no old
/// grid, or one of another size, every row is one run: the whole screen is repainted.
func changedRuns(old: Grid?, new: Grid) -> [CellRun] {
    let width = new.size.width
    guard width > 0 else { return [] }
    guard let old, old.size == new.size else {
        return (0..<new.size.height).map { CellRun(x: 0, y: $0, count: width) }
    }
    var runs: [CellRun] = []
    for y in 0..<new.size.height {
        var x = 0
        while x < width {
            guard old[x, y] != new[x, y] else { x += 1; continue }
            let start = x
            while x < width && old[x, y] != new[x, y] { x += 1 }
            runs.append(CellRun(x: start, y: y, count: x - start))
        }
    }
    return runs
}
