import Glibc

/// `2 x AMD EPYC, 23.4 GiB, Linux 6.18.0, load 1.20`: what the figures were measured on.
func machineDescription() -> String {
    let count = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    let model = firstValue(in: "/proc/cpuinfo", key: "model name") ?? "unknown processor"
    let memory = firstValue(in: "/proc/meminfo", key: "MemTotal").flatMap { Double($0.split(separator: " ").first ?? "") }
    var names = utsname()
    uname(&names)
    let release = withUnsafeBytes(of: &names.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    let load = firstLine(of: "/proc/loadavg")?.split(separator: " ").first.map(String.init) ?? "?"
    let gibibytes = memory.map { format($0 / 1_048_576) + " GiB" } ?? "unknown memory"
    return "\(count) x \(model), \(gibibytes), Linux \(release), load average \(load) at the start"
}

/// The value after `key:` on the first line of `path` that starts with `key`.
private func firstValue(in path: String, key: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var line: UnsafeMutablePointer<CChar>? = nil
    var capacity = 0
    defer { free(line) }
    while getline(&line, &capacity, file) > 0, let line {
        let text = String(cString: line)
        if text.hasPrefix(key), let colon = text.firstIndex(of: ":") {
            return String(text[text.index(after: colon)...].drop { $0 == " " || $0 == "\t" }.filter { $0 != "\n" })
        }
    }
    return nil
}

private func firstLine(of path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var line: UnsafeMutablePointer<CChar>? = nil
    var capacity = 0
    defer { free(line) }
    guard getline(&line, &capacity, file) > 0, let line else { return nil }
    return String(cString: line)
}
