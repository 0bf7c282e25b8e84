import Glibc

/// `csdash-bench [--csdash PATH] [--data DIR] [--runs N]`: the figures of BENCHMARKS.md. Run it
/// on a release build (`make bench`); csdash defaults to the one beside this executable.
func parseSetup() throws -> Setup {
    let executable = CommandLine.arguments[0]
    let folder = executable.contains("/") ? String(executable[..<executable.lastIndex(of: "/")!]) : "."
    var setup = Setup(csdash: folder + "/csdash", data: "sample-data", runs: 15)
    var arguments = CommandLine.arguments.dropFirst()
    while let option = arguments.popFirst() {
        guard let value = arguments.popFirst() else { throw BenchError(description: "\(option) needs a value") }
        switch option {
        case "--csdash": setup.csdash = value
        case "--data": setup.data = value
        case "--runs":
            guard let runs = Int(value), runs > 0 else { throw BenchError(description: "--runs needs a positive number") }
            setup.runs = runs
        default: throw BenchError(description: "unknown option \(option); use --csdash PATH, --data DIR, --runs N")
        }
    }
    guard access(setup.csdash, X_OK) == 0 else { throw BenchError(description: "no csdash at \(setup.csdash); use --csdash PATH") }
    return setup
}

/// `2 x Intel(R) Xeon(R) ...`: the processor count and model, from /proc/cpuinfo.
func machineDescription() -> String {
    let count = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    guard let file = fopen("/proc/cpuinfo", "r") else { return "\(count) processors" }
    defer { fclose(file) }
    var line: UnsafeMutablePointer<CChar>? = nil
    var capacity = 0
    defer { free(line) }
    while getline(&line, &capacity, file) > 0, let line {
        let text = String(cString: line)
        if text.hasPrefix("model name"), let colon = text.firstIndex(of: ":") {
            let model = text[text.index(after: colon)...].drop { $0 == " " || $0 == "\t" }.filter { $0 != "\n" }
            return "\(count) x \(model)"
        }
    }
    return "\(count) processors"
}

do {
    let setup = try parseSetup()
    print("csdash-bench: \(setup.csdash) on \(setup.data) --as-of \(setup.asOf), \(setup.runs) runs per process figure")
    print("machine: \(machineDescription())")
    let firstFrame = try timeToFirstFrame(setup)
    let report = try reportProcessTime(setup)
    let (render, keypress) = renderTimes(runs: 201)
    let (full, arrow) = try bytesPerRedraw(setup)
    let share = Sample(values: zip(arrow.values, full.values).map { 100 * $0 / $1 })
    let results = [
        Result(name: "first frame after exec (120x40 pty)", sample: firstFrame, unit: "ms", target: 50, targetText: "< 50 ms"),
        Result(name: "csdash report, whole process", sample: report, unit: "ms", target: nil),
        Result(name: "render overview 200x60, 300 areas", sample: render, unit: "us", target: 2000, targetText: "< 2 ms"),
        Result(name: "keypress: update(.right) + render", sample: keypress, unit: "us", target: 2000, targetText: "< 2 ms"),
        Result(name: "bytes, full repaint (first frame)", sample: full, unit: "bytes", target: nil),
        Result(name: "bytes, arrow-key redraw", sample: arrow, unit: "bytes", target: nil),
        Result(name: "arrow-key redraw / full repaint", sample: share, unit: "%", target: 5, targetText: "< 5 %"),
    ]
    print(table(results))
} catch {
    print("csdash-bench: \(error)")
    exit(2)
}
