import Foundation

/// What a user would reach for instead of csdash, measured on the same files: a pandas script
/// for the report's figures, VisiData for a first look at the returns and projects.
enum Peer {
    case measured(ProcessSamples)
    case unavailable(String)

    var samples: ProcessSamples? {
        if case .measured(let samples) = self { return samples }
        return nil
    }
}

/// nil when `python` runs and imports `module`; else why not.
func missingPython(_ setup: Setup, module: String) -> String? {
    guard access(setup.python, X_OK) == 0 else { return "no \(setup.python) (make bench installs it)" }
    guard let result = try? capture(setup.python, ["-c", "import \(module)"], environment: setup.environment),
          result.status == 0 else { return "\(setup.python) cannot import \(module)" }
    return nil
}

/// The committed pandas script: the report's per-area figures from the CSV files.
let pandasScript = "bench/peers/pandas_totals.py"

/// `python pandas_totals.py DIR --as-of D` from spawn to exit, output to /dev/null.
func pandasTimes(_ setup: Setup, _ data: DataSet, runs: Int) -> Peer {
    if let missing = missingPython(setup, module: "pandas") { return .unavailable(missing) }
    var times: [Double] = [], peaks: [Double] = []
    for _ in 0..<runs {
        let start = now()
        guard let pid = try? spawn(setup.python, [pandasScript, data.path, "--as-of", data.asOf],
                                   environment: setup.environment, stdio: [nil, nil, nil]) else {
            return .unavailable("cannot run \(setup.python)")
        }
        let (status, peak) = waitForExitAndPeak(pid)
        times.append(Double(now() - start) / 1e6)
        peaks.append(Double(peak))
        guard status == 0 else { return .unavailable("\(pandasScript) exited \(status) on \(data.path)") }
    }
    return .measured(ProcessSamples(milliseconds: Sample(values: times), peakBytes: Sample(values: peaks)))
}

/// Whether the pandas script and `csdash report --format json` give every area the same total,
/// planned, remainder and spend by quarter (in pence): a peer that computed something else
/// would be no comparison.
func pandasAgreement(_ setup: Setup, _ data: DataSet) -> String {
    guard missingPython(setup, module: "pandas") == nil,
          let pandas = try? capture(setup.python, [pandasScript, data.path, "--as-of", data.asOf], environment: setup.environment),
          let csdash = try? capture(setup.csdash, ["report", data.path, "--as-of", data.asOf, "--format", "json"],
                                    environment: setup.environment),
          pandas.status == 0, csdash.status == 0 else { return "not compared (a run failed)" }
    let theirs = pandas.output.split(separator: "\n").compactMap { line in
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }
    guard let report = (try? JSONSerialization.jsonObject(with: Data(csdash.output.utf8))) as? [String: Any],
          let funders = report["funders"] as? [[String: Any]] else { return "not compared (csdash's JSON did not parse)" }
    let ours = funders.flatMap { ($0["areas"] as? [[String: Any]]) ?? [] }
    guard ours.count == theirs.count else { return "DISAGREE: csdash has \(ours.count) areas, pandas \(theirs.count)" }
    func pence(_ value: Any?) -> Int? { (value as? NSNumber).map { Int(($0.doubleValue * 100).rounded()) } }
    for (area, other) in zip(ours, theirs) {
        let id = area["area_id"] as? String ?? "?"
        let spend = area["spend"] as? [String: Any] ?? [:]
        let quarters = (other["spend"] as? [Any])?.count ?? 0
        let ourSpend = (0..<quarters).map { pence(spend["Q\($0 + 1)"]) }
        let theirSpend = (other["spend"] as? [Any] ?? []).map { ($0 as? NSNumber)?.intValue }
        let same = id == other["area_id"] as? String
            && pence(area["total"]) == (other["total"] as? NSNumber)?.intValue
            && pence(area["planned"]) == (other["planned"] as? NSNumber)?.intValue
            && pence(area["remainder"]) == (other["remainder"] as? NSNumber)?.intValue
            && ourSpend == theirSpend
        if !same { return "DISAGREE at \(id): csdash \(area), pandas \(other)" }
    }
    return "agree on all \(ours.count) areas (total, planned, remainder, spend by quarter, to the penny)"
}

/// From spawn to the first screen of `vd returns.csv projects.csv` showing the returns' first
/// row, in a 120x40 pseudo-terminal; then `gq` quits.
func visiDataTimes(_ setup: Setup, _ data: DataSet, runs: Int) -> Peer {
    guard access(setup.visiData, X_OK) == 0 else { return .unavailable("no \(setup.visiData) (make bench installs it)") }
    guard let returns = try? String(contentsOfFile: data.path + "/returns.csv", encoding: .utf8),
          let firstArea = returns.split(separator: "\n").dropFirst().first?.split(separator: ",").first else {
        return .unavailable("\(data.path)/returns.csv has no rows")
    }
    var times: [Double] = [], peaks: [Double] = []
    for _ in 0..<runs {
        guard let terminal = try? PseudoTerminalProcess(setup.visiData, [data.path + "/returns.csv", data.path + "/projects.csv"],
                                                        width: 120, height: 40, environment: setup.environment) else {
            return .unavailable("cannot run \(setup.visiData)")
        }
        guard terminal.readUntil(String(firstArea), timeoutMilliseconds: 60_000) else {
            _ = terminal.finish(timeoutMilliseconds: 0)
            return .unavailable("VisiData showed no rows; its terminal got: \(String(decoding: terminal.output.suffix(400), as: UTF8.self))")
        }
        times.append(Double(now() - terminal.spawnedAt) / 1e6)
        terminal.type(Array("gq".utf8))
        peaks.append(Double(terminal.finishWithPeak(timeoutMilliseconds: 5_000).peakBytes))
    }
    return .measured(ProcessSamples(milliseconds: Sample(values: times), peakBytes: Sample(values: peaks)))
}
