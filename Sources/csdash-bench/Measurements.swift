import Dashboard
import GrantModel
import GrantStore
import Glibc

/// Where the benchmark finds what it runs.
struct Setup {
    var csdash: String
    var data: String
    var runs: Int
    var asOf = "2016-12-06"

    var environment: [String] {
        ["TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
    }
}

/// From just before the exec to the first frame's text on the terminal, in milliseconds. The
/// program runs in a 120x40 pseudo-terminal and quits with `q` after each run.
func timeToFirstFrame(_ setup: Setup) throws -> Sample {
    var values: [Double] = []
    for _ in 0..<setup.runs {
        let terminal = try PseudoTerminalProcess(setup.csdash, [setup.data, "--as-of", setup.asOf],
                                                 width: 120, height: 40, environment: setup.environment)
        guard terminal.readUntil("Birmingham CC") else {
            throw BenchError(description: "no first frame; the terminal got:\n\(String(decoding: terminal.output, as: UTF8.self))")
        }
        values.append(Double(now() - terminal.spawnedAt) / 1e6)
        terminal.type(Array("q".utf8))
        let status = terminal.finish()
        guard status == 0 else { throw BenchError(description: "csdash exited \(status) after q") }
    }
    return Sample(values: values)
}

/// `csdash report DIR --as-of ...` from spawn to exit, output to /dev/null, in milliseconds.
func reportProcessTime(_ setup: Setup) throws -> Sample {
    var values: [Double] = []
    for _ in 0..<setup.runs {
        let start = now()
        let pid = try spawn(setup.csdash, ["report", setup.data, "--as-of", setup.asOf],
                            environment: setup.environment, stdio: [nil, nil, nil])
        let status = waitForExit(pid)
        values.append(Double(now() - start) / 1e6)
        guard status == 0 else { throw BenchError(description: "csdash report exited \(status)") }
    }
    return Sample(values: values)
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never)
func consume(_ frame: Frame) {
    if frame.grid.cells.isEmpty && frame.cursor == Point(x: -1, y: -1) { print("unreachable") }
}

/// `render(state)` of the overview at 200x60 over 300 areas, and one keypress (`update` with
/// `.right`, then `render`), in microseconds.
func renderTimes(runs: Int) -> (render: Sample, keypress: Sample) {
    let grants = syntheticGrants(areaCount: 300)
    var state = DashboardState(loaded: LoadedFolder(grants: grants, diagnostics: []), folder: "synthetic",
                               asOf: Day(year: 2016, month: 12, day: 6)!, size: Size(width: 200, height: 60))
    for _ in 0..<10 { consume(render(state)) }
    var renders: [Double] = []
    for _ in 0..<runs {
        let start = now()
        let frame = render(state)
        renders.append(Double(now() - start) / 1e3)
        consume(frame)
    }
    var keypresses: [Double] = []
    for _ in 0..<runs {
        let start = now()
        let (next, _) = update(state, .keyPressed(.right))
        let frame = render(next)
        keypresses.append(Double(now() - start) / 1e3)
        consume(frame)
        state = next
    }
    return (Sample(values: renders), Sample(values: keypresses))
}

/// Bytes the real csdash writes to a 120x40 pseudo-terminal for its first, full frame, and for
/// the redraw after one arrow key on the overview (the selection moves one pane to the right).
func bytesPerRedraw(_ setup: Setup) throws -> (fullRepaint: Sample, arrowKey: Sample) {
    var full: [Double] = [], arrow: [Double] = []
    for _ in 0..<setup.runs {
        let terminal = try PseudoTerminalProcess(setup.csdash, [setup.data, "--as-of", setup.asOf],
                                                 width: 120, height: 40, environment: setup.environment)
        guard terminal.readUntil("Birmingham CC") else { throw BenchError(description: "no first frame") }
        _ = terminal.readUntilQuiet()
        full.append(Double(terminal.output.count))
        // Right arrow as a terminal in keypad mode sends it (kcuf1), which csdash asks for.
        terminal.type([0x1B, UInt8(ascii: "O"), UInt8(ascii: "C")])
        arrow.append(Double(terminal.readUntilQuiet()))
        terminal.type(Array("q".utf8))
        let status = terminal.finish()
        guard status == 0 else { throw BenchError(description: "csdash exited \(status) after q") }
    }
    return (Sample(values: full), Sample(values: arrow))
}
