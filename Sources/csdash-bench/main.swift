import Foundation
import Glibc

/// `csdash-bench [--csdash PATH] [--data DIR] [--runs N] [--work DIR] [--python PATH] [--vd PATH]
/// [--scales 1,4,16] [--structure-sizes 10000,100000] [--only structure|changes|postgres] [--postgres URL]
/// [--swift-version TEXT]`: the figures of BENCHMARKS.md (`--only structure`: the part_of and import
/// growth alone; `--only changes`: the national folder's Changes view alone; `--only postgres`: the
/// national folder in PostgreSQL beside the folder, on the server of `--postgres`). Run it on a release
/// build (`make bench`); csdash defaults to the one beside this executable.
func parseSetup() throws -> Setup {
    let executable = CommandLine.arguments[0]
    let folder = executable.contains("/") ? String(executable[..<executable.lastIndex(of: "/")!]) : "."
    // The defaults are those of `make bench`, run from the package's folder.
    var setup = Setup(csdash: folder + "/csdash", sampleData: "sample-data", runs: 15, work: ".build-bench/bench",
                      python: ".build-bench/peers/bin/python", visiData: ".build-bench/peers/bin/vd", scales: [1, 4, 16],
                      swiftVersion: "", structureSizes: [10_000, 30_000, 100_000], onlyStructure: false)
    var arguments = CommandLine.arguments.dropFirst()
    while let option = arguments.popFirst() {
        guard let value = arguments.popFirst() else { throw BenchError(description: "\(option) needs a value") }
        switch option {
        case "--csdash": setup.csdash = value
        case "--data": setup.sampleData = value
        case "--work": setup.work = value
        case "--python": setup.python = value
        case "--vd": setup.visiData = value
        case "--swift-version": setup.swiftVersion = value
        case "--postgres": setup.postgres = value
        case "--only":
            guard ["structure", "changes", "postgres"].contains(value) else { throw BenchError(description: "--only takes structure, changes or postgres") }
            setup.onlyStructure = value == "structure"
            setup.onlyChanges = value == "changes"
            setup.onlyPostgres = value == "postgres"
        case "--structure-sizes":
            let sizes = value.split(separator: ",").compactMap { Int($0) }
            guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else { throw BenchError(description: "--structure-sizes takes e.g. 10000,100000") }
            setup.structureSizes = sizes
        case "--runs":
            guard let runs = Int(value), runs > 0 else { throw BenchError(description: "--runs needs a positive number") }
            setup.runs = runs
        case "--scales":
            let scales = value.split(separator: ",").compactMap { Int($0) }
            guard scales.allSatisfy({ $0 > 0 }) else { throw BenchError(description: "--scales takes e.g. 1,4,16") }
            setup.scales = scales
        default:
            throw BenchError(description: "unknown option \(option); use --csdash PATH, --data DIR, --runs N, --work DIR, --python PATH, --vd PATH, --scales 1,4,16, --postgres URL")
        }
    }
    guard access(setup.csdash, X_OK) == 0 else { throw BenchError(description: "no csdash at \(setup.csdash); use --csdash PATH") }
    // Absolute paths: the peers are handed the data folders' files by path.
    let current = FileManager.default.currentDirectoryPath
    func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : current + "/" + path }
    setup.csdash = absolute(setup.csdash)
    setup.sampleData = absolute(setup.sampleData)
    setup.work = absolute(setup.work)
    setup.python = absolute(setup.python)
    setup.visiData = absolute(setup.visiData)
    try FileManager.default.createDirectory(atPath: setup.work + "/home", withIntermediateDirectories: true)
    return setup
}

/// This process's peak resident memory so far, in bytes.
func ownPeakBytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) * 1024
}

/// Every figure of one data folder.
struct Figures {
    var data: DataSet
    /// In process; measured after every process figure (see `main`).
    var load = Sample(values: [])
    var check: ProcessSamples
    var report: ProcessSamples
    var firstFrame: ProcessSamples
    var fullRepaint: Sample
    var arrowKey: Sample
    var pandas: Peer
    var visiData: Peer
    var agreement: String

    var arrowShare: Sample { Sample(values: zip(arrowKey.values, fullRepaint.values).map { 100 * $0 / $1 }) }
    /// The largest peak of csdash's runs (check, report, dashboard), against the folder's size.
    var peakBytes: Double { max(check.peakBytes.max, report.peakBytes.max, firstFrame.peakBytes.max) }
}

func measure(_ setup: Setup, _ data: DataSet) throws -> Figures {
    print("measuring \(data.name) (\(data.path), \(format(Double(data.bytesOnDisk) / 1e6)) MB of CSV, --as-of \(data.asOf))...")
    let runs = setup.runs
    let report = try processTime(setup, ["report", data.path, "--as-of", data.asOf, "--format", "json"], runs: runs)
    let (full, arrow) = try bytesPerRedraw(setup, data, runs: max(3, runs / 3))
    return Figures(data: data, check: try processTime(setup, ["check", data.path], runs: runs), report: report,
                   firstFrame: try timeToFirstFrame(setup, data, runs: runs), fullRepaint: full, arrowKey: arrow,
                   pandas: pandasTimes(setup, data, runs: runs), visiData: visiDataTimes(setup, data, runs: runs),
                   agreement: pandasAgreement(setup, data))
}

func results(_ figures: Figures) -> [Result] {
    let megabytes = 1e-6
    var rows = [
        Result("load + validate, in process", figures.load, "ms"),
        Result("csdash check, whole process", figures.check.milliseconds, "ms"),
        Result("csdash report --format json, whole process", figures.report.milliseconds, "ms"),
        Result("first frame after exec (120x40 pty)", figures.firstFrame.milliseconds, "ms"),
        Result("dashboard: whole folder checked behind it", figures.firstFrame.wholeFolderMilliseconds, "ms"),
        Result("peak memory: check", figures.check.peakBytes.scaled(by: megabytes), "MB"),
        Result("peak memory: report", figures.report.peakBytes.scaled(by: megabytes), "MB"),
        Result("peak memory: dashboard", figures.firstFrame.peakBytes.scaled(by: megabytes), "MB"),
        Result("bytes, full repaint (first frame)", figures.fullRepaint, "bytes"),
        Result("bytes, arrow-key redraw", figures.arrowKey, "bytes"),
        Result("arrow-key redraw / full repaint", figures.arrowShare, "%", target: 5),
    ]
    if let pandas = figures.pandas.samples {
        rows.append(Result("peer: pandas script, whole process", pandas.milliseconds, "ms"))
        rows.append(Result("peer: pandas peak memory", pandas.peakBytes.scaled(by: megabytes), "MB"))
    }
    if let visiData = figures.visiData.samples {
        rows.append(Result("peer: VisiData first screen (120x40 pty)", visiData.milliseconds, "ms"))
        rows.append(Result("peer: VisiData peak memory", visiData.peakBytes.scaled(by: megabytes), "MB"))
    }
    return rows
}

/// `120 ms / 350 ms = 0.34`, met when at most `bound`.
func ratioGoal(_ name: String, _ ours: Double, _ peer: Peer, bound: Double, target: String) -> Goal {
    switch peer {
    case .unavailable(let why):
        return Goal(name: name, measured: "peer unavailable: \(why)", target: target, met: nil)
    case .measured(let samples):
        let ratio = ours / samples.milliseconds.median
        return Goal(name: name, measured: "\(format(ours)) ms / \(format(samples.milliseconds.median)) ms = \(format(ratio))",
                    target: target, met: ratio <= bound)
    }
}

func goals(sample: Figures, national: Figures, keypress: Sample) -> [Goal] {
    let peakRatio = national.peakBytes / Double(national.data.bytesOnDisk)
    return [
        ratioGoal("report (national) vs pandas", national.report.milliseconds.median, national.pandas, bound: 1.0 / 3,
                  target: "<= 1/3 (0.333)"),
        ratioGoal("first frame (national) vs VisiData", national.firstFrame.milliseconds.median, national.visiData, bound: 0.1,
                  target: "<= 1/10"),
        Goal(name: "first frame (sample-data)", measured: format(sample.firstFrame.milliseconds.median) + " ms", target: "< 30 ms",
             met: sample.firstFrame.milliseconds.median < 30),
        Goal(name: "keypress redraw, 300 areas", measured: format(keypress.median / 1000) + " ms", target: "< 2 ms",
             met: keypress.median < 2000),
        Goal(name: "cursor move / full repaint (sample-data)", measured: format(sample.arrowShare.median) + " %", target: "< 5 %",
             met: sample.arrowShare.median < 5),
        Goal(name: "cursor move / full repaint (national)", measured: format(national.arrowShare.median) + " %", target: "< 5 %",
             met: national.arrowShare.median < 5),
        Goal(name: "peak memory / folder size (national)",
             measured: "\(format(national.peakBytes / 1e6)) MB / \(format(Double(national.data.bytesOnDisk) / 1e6)) MB = \(format(peakRatio))",
             target: "< 3", met: peakRatio < 3),
    ]
}

do {
    let setup = try parseSetup()
    print("csdash-bench: \(setup.csdash), \(setup.runs) runs per process figure")
    print("machine: \(machineDescription())")
    if !setup.swiftVersion.isEmpty { print("swift: \(setup.swiftVersion)") }
    if setup.onlyChanges {
        printChangesView(try changesViewTimes(try nationalFolder(setup, scale: 1), runs: 201))
        exit(0)
    }
    if setup.onlyPostgres {
        print(try postgresSideBySide(setup, try nationalFolder(setup, scale: 1), folder: nil))
        exit(0)
    }
    if setup.onlyStructure {
        let points = try structureGrowth(setup, sizes: setup.structureSizes, runs: max(3, setup.runs / 5))
        print("\n## growth: part_of chains and cycles (check), and imports (import --dry-run)\n")
        print(structureGrowthTable(points))
        exit(0)
    }
    // Every process is measured before this one loads any data: Linux starts a spawned child's
    // peak memory (ru_maxrss) at the peak of the process that spawned it, so a benchmark that had
    // loaded the national folder itself would add its own 75 MB to every figure after it.
    var sample = try measure(setup, DataSet(name: "sample-data", path: setup.sampleData, asOf: "2016-12-06",
                                            firstFrameText: "Birmingham CC"))
    var national = try measure(setup, try nationalFolder(setup, scale: 1))
    let growthPoints = setup.scales.isEmpty ? [] : try growth(setup, runs: max(3, setup.runs / 3))
    let postgres = try postgresSideBySide(setup, national.data, folder: (national.report, national.firstFrame))
    print("this benchmark's own peak before loading anything itself: \(format(ownPeakBytes() / 1e6)) MB (a floor under every child's peak)")
    sample.load = try loadTimes(sample.data, runs: setup.runs)
    national.load = try loadTimes(national.data, runs: setup.runs)
    let (render, keypress) = renderTimes(runs: 201)
    let themesKeypress = try themesKeypressTimes(national.data, runs: 201)
    let changesView = try changesViewTimes(national.data, runs: 201)
    // Times only, so measured last: the folders it writes are built in this process's memory.
    let structurePoints = try structureGrowth(setup, sizes: setup.structureSizes, runs: max(3, setup.runs / 5))
    for figures in [sample, national] {
        print("\n## \(figures.data.name): \(format(Double(figures.data.bytesOnDisk) / 1e6)) MB of CSV\n")
        print(table(results(figures)))
        if case .unavailable(let why) = figures.pandas { print("peer: pandas script: peer unavailable (\(why))") }
        if case .unavailable(let why) = figures.visiData { print("peer: VisiData: peer unavailable (\(why))") }
        print("pandas and csdash: \(figures.agreement)")
    }
    print("\n## in process, synthetic funder with 300 areas\n")
    print(table([Result("render overview 200x60, 300 areas", render, "us", target: 2000, targetText: "< 2 ms"),
                 Result("keypress: update(.right) + render", keypress, "us", target: 2000, targetText: "< 2 ms")]))
    print("\n## in process, the national folder's themes view (every funder's projects in memory)\n")
    print(table([Result("keypress: update(.down) + render, 200x60", themesKeypress, "us", target: 2000, targetText: "< 2 ms")]))
    printChangesView(changesView)
    print("\n## the national folder in PostgreSQL, beside the folder\n")
    print(postgres)
    let targets = goals(sample: sample, national: national, keypress: keypress)
    print("\n## targets\n")
    print(table(targets))
    if !growthPoints.isEmpty {
        print("\n## growth: the national folder at \(setup.scales.map { "\($0)x" }.joined(separator: ", "))\n")
        print(growthTable(growthPoints))
    }
    print("\n## growth: part_of chains and cycles (check), and imports (import --dry-run)\n")
    print(structureGrowthTable(structurePoints))
    print("\n## summary\n")
    print("On \(machineDescription())\(setup.swiftVersion.isEmpty ? "" : ", " + setup.swiftVersion):")
    for goal in targets { print("- \(goal.name): \(goal.measured) (goal \(goal.target)): \(goal.verdict)") }
} catch {
    print("csdash-bench: \(error)")
    exit(2)
}
