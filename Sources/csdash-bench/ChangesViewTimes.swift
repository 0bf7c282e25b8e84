import Cells
import Dashboard
import GrantModel
import GrantStore

/// The Changes view of `data` with the last board a quarter before its as-of date, loaded in this
/// process, in microseconds: working the events out once (B's Enter), the view's first frame (`8`
/// pressed on the overview, `update` plus `render`) and a keypress on it (`.down`).
func changesViewTimes(_ data: DataSet, runs: Int) throws -> (events: Int, window: Sample, firstRender: Sample, keypress: Sample) {
    let loaded = try DataFolder.load(data.path)
    guard let grants = loaded.grants, case .success(let asOf) = Day.parse(data.asOf),
          let since = Day(year: asOf.year, month: asOf.month - 3, day: asOf.day) else {
        throw BenchError(description: "\(data.path) cannot be shown")
    }
    let audit = AuditTrail.read(data.path, for: grants).changes
    func opened() -> DashboardState {
        DashboardState(loaded: loaded.contents, folder: data.path, asOf: asOf, size: Size(width: 200, height: 60), audit: audit)
    }
    var windows: [Double] = [], firsts: [Double] = []
    var shown = opened()
    for _ in 0..<runs {
        var state = opened()
        state = update(state, .keyPressed(.character("B"))).0
        state = update(state, .keyPressed(.control("u"))).0
        for character in since.description { state = update(state, .keyPressed(.character(character))).0 }
        var start = now()
        state = update(state, .keyPressed(.enter)).0
        windows.append(Double(now() - start) / 1e3)
        start = now()
        let (next, _) = update(state, .keyPressed(.character("8")))
        let frame = render(next)
        firsts.append(Double(now() - start) / 1e3)
        consume(frame)
        shown = next
    }
    let count = shown.changes?.events.count ?? 0
    return (count, Sample(values: windows), Sample(values: firsts), keypressTimes(shown, .down, runs: runs))
}

func printChangesView(_ times: (events: Int, window: Sample, firstRender: Sample, keypress: Sample)) {
    print("\n## in process, the national folder's Changes view (\(times.events) events since a quarter before)\n")
    print(table([Result("events worked out (B, Enter)", times.window, "us"),
                 Result("first render: update(8) + render, 200x60", times.firstRender, "us", target: 2000, targetText: "< 2 ms"),
                 Result("keypress: update(.down) + render, 200x60", times.keypress, "us", target: 2000, targetText: "< 2 ms")]))
}
