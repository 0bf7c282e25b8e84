import Cells
import Dashboard
import Foundation
import GrantModel
import GrantStore

/// Where the benchmark finds what it runs.
struct Setup {
    var csdash: String
    var sampleData: String
    var runs: Int
    /// Generated folders, the peers' home and anything else the benchmark writes.
    var work: String
    /// The peers' Python (pandas) and VisiData, in the venv `make bench` keeps in the build folder.
    var python: String
    var visiData: String
    /// The national folder at these multiples, for how cost grows.
    var scales: [Int]
    var swiftVersion: String
    /// The areas of the part_of chains and the rows of the imports, for how validation grows.
    var structureSizes: [Int]
    /// Only the part_of and import growth table (`--only structure`).
    var onlyStructure: Bool
    /// Only the national folder's Changes view (`--only changes`).
    var onlyChanges = false
    /// A PostgreSQL server's URL, for the national folder in the shared store (`--postgres`).
    var postgres: String?
    /// Only that comparison (`--only postgres`).
    var onlyPostgres = false

    var environment: [String] {
        ["TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/bin:/bin", "HOME=\(work)/home"]
    }
}

/// A data folder to measure and how the dashboard opens on it.
struct DataSet {
    var name: String
    var path: String
    var asOf: String
    /// Text of the first frame: the first area's name.
    var firstFrameText: String

    /// The CSV files' sizes added up, in bytes.
    var bytesOnDisk: Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.reduce(0) { total, name in
            let size = (try? FileManager.default.attributesOfItem(atPath: path + "/" + name)[.size] as? Int) ?? nil
            return total + (size ?? 0)
        }
    }
}

/// Times of a whole process and its peak memory in each run.
struct ProcessSamples {
    var milliseconds: Sample
    var peakBytes: Sample
    /// The dashboard only: until the whole folder was read and checked behind the first frame.
    var wholeFolderMilliseconds = Sample(values: [])
}

/// `csdash ARGUMENTS` from spawn to exit, output to /dev/null, in milliseconds.
/// `expecting`: the exit code of a run that did what it should (65 for a folder with an error).
func processTime(_ setup: Setup, _ arguments: [String], runs: Int, expecting: Int32 = 0) throws -> ProcessSamples {
    var times: [Double] = [], peaks: [Double] = []
    for _ in 0..<runs {
        let start = now()
        let pid = try spawn(setup.csdash, arguments, environment: setup.environment, stdio: [nil, nil, nil])
        let (status, peak) = waitForExitAndPeak(pid)
        times.append(Double(now() - start) / 1e6)
        peaks.append(Double(peak))
        guard status == expecting else { throw BenchError(description: "csdash \(arguments.joined(separator: " ")) exited \(status)") }
    }
    return ProcessSamples(milliseconds: Sample(values: times), peakBytes: Sample(values: peaks))
}

/// From just before the exec to the first frame's text on the terminal, in milliseconds; then
/// until the whole folder has been read and checked behind it (the status line's "checking
/// projects.csv…" gives way to the key hints), and the peak memory of the whole run, that load
/// included. The program runs in a 120x40 pseudo-terminal and quits with `q` after each run.
func timeToFirstFrame(_ setup: Setup, _ data: DataSet, runs: Int) throws -> ProcessSamples {
    var times: [Double] = [], wholeFolder: [Double] = [], peaks: [Double] = []
    for _ in 0..<runs {
        let terminal = try PseudoTerminalProcess(setup.csdash, [data.path, "--as-of", data.asOf],
                                                 width: 120, height: 40, environment: setup.environment)
        guard terminal.readUntil(data.firstFrameText, timeoutMilliseconds: 60_000) else {
            throw BenchError(description: "no first frame; the terminal got:\n\(String(decoding: terminal.output, as: UTF8.self))")
        }
        times.append(Double(now() - terminal.spawnedAt) / 1e6)
        // The status line, the last line of the first frame, ends with the key hints.
        guard terminal.readUntil("q quit", timeoutMilliseconds: 60_000) else {
            throw BenchError(description: "no status line; the terminal got:\n\(String(decoding: terminal.output, as: UTF8.self))")
        }
        // Not where the reading stopped: the frame after the complete load can come in the same read.
        let firstFrameEnd = terminal.offset(after: "q quit") ?? terminal.output.count
        if terminal.outputContains("checking projects.csv") {
            guard terminal.readUntil("? help", after: firstFrameEnd, timeoutMilliseconds: 120_000) else {
                throw BenchError(description: "the folder was never checked whole; the terminal got:\n\(String(decoding: terminal.output, as: UTF8.self))")
            }
        }
        wholeFolder.append(Double(now() - terminal.spawnedAt) / 1e6)
        terminal.type(Array("q".utf8))
        let (status, peak) = terminal.finishWithPeak()
        peaks.append(Double(peak))
        guard status == 0 else { throw BenchError(description: "csdash exited \(status) after q") }
    }
    return ProcessSamples(milliseconds: Sample(values: times), peakBytes: Sample(values: peaks),
                          wholeFolderMilliseconds: Sample(values: wholeFolder))
}

/// `DataFolder.load` (read and validate every file) in this process, in milliseconds.
func loadTimes(_ data: DataSet, runs: Int) throws -> Sample {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        let loaded = try DataFolder.load(data.path)
        times.append(Double(now() - start) / 1e6)
        guard loaded.grants != nil else { throw BenchError(description: "\(data.path) has errors: \(loaded.errors.prefix(3))") }
    }
    return Sample(values: times)
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
    let state = DashboardState(loaded: FolderContents(grants: grants, diagnostics: []), folder: "synthetic",
                               asOf: Day(year: 2016, month: 12, day: 6)!, size: Size(width: 200, height: 60))
    for _ in 0..<10 { consume(render(state)) }
    var renders: [Double] = []
    for _ in 0..<runs {
        let start = now()
        let frame = render(state)
        renders.append(Double(now() - start) / 1e3)
        consume(frame)
    }
    return (Sample(values: renders), keypressTimes(state, .right, runs: runs))
}

/// `key` pressed `runs` times from `state` on, each `update` plus `render`, in microseconds.
func keypressTimes(_ state: DashboardState, _ key: Key, runs: Int) -> Sample {
    var state = state, keypresses: [Double] = []
    for _ in 0..<runs {
        let start = now()
        let (next, _) = update(state, .keyPressed(key))
        let frame = render(next)
        keypresses.append(Double(now() - start) / 1e3)
        consume(frame)
        state = next
    }
    return Sample(values: keypresses)
}

/// One keypress (`update` with `.down`, then `render`) on the themes view of `data`, loaded in
/// this process, in microseconds: the view that reads projects, 120,000 of them on the national
/// folder.
func themesKeypressTimes(_ data: DataSet, runs: Int) throws -> Sample {
    let loaded = try DataFolder.load(data.path)
    guard loaded.grants != nil, case .success(let asOf) = Day.parse(data.asOf) else {
        throw BenchError(description: "\(data.path) cannot be shown")
    }
    var state = DashboardState(loaded: loaded.contents, folder: data.path, asOf: asOf, size: Size(width: 200, height: 60))
    state = update(state, .keyPressed(.character("5"))).0
    return keypressTimes(state, .down, runs: runs)
}

/// Bytes the real csdash writes to a 120x40 pseudo-terminal for its first, full frame, and for
/// the redraw after one arrow key on the overview (the selection moves one pane to the right).
func bytesPerRedraw(_ setup: Setup, _ data: DataSet, runs: Int) throws -> (fullRepaint: Sample, arrowKey: Sample) {
    var full: [Double] = [], arrow: [Double] = []
    for _ in 0..<runs {
        let terminal = try PseudoTerminalProcess(setup.csdash, [data.path, "--as-of", data.asOf],
                                                 width: 120, height: 40, environment: setup.environment)
        guard terminal.readUntil(data.firstFrameText, timeoutMilliseconds: 60_000) else {
            throw BenchError(description: "no first frame")
        }
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
