/// Several timings (or counts) of one thing, summarised as the benchmark reports them.
struct Sample {
    var values: [Double]

    var runs: Int { values.count }
    var median: Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
    var min: Double { values.min() ?? 0 }
    var max: Double { values.max() ?? 0 }
}

/// One line of the results table: a figure, its target and whether the median meets it.
struct Result {
    var name: String
    var sample: Sample
    var unit: String
    /// The median must be below this; nil when no target is set.
    var target: Double?
    /// How the target reads (`< 50 ms`), when it is not simply `< target unit`.
    var targetText: String?

    var verdict: String {
        guard let target else { return "-" }
        return sample.median < target ? "PASS" : "MISS"
    }

    var targetDescription: String {
        if let targetText { return targetText }
        guard let target else { return "(none)" }
        return "< \(format(target)) \(unit)"
    }
}

/// A figure with as many decimals as its size deserves: 0.123, 12.3, 1234.
func format(_ value: Double) -> String {
    let magnitude = abs(value)
    let decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
    var text = String(Int64((magnitude * pow10(decimals)).rounded()))
    if decimals > 0 {
        while text.count <= decimals { text = "0" + text }
        text.insert(".", at: text.index(text.endIndex, offsetBy: -decimals))
    }
    return value < 0 ? "-" + text : text
}

private func pow10(_ exponent: Int) -> Double {
    (0..<exponent).reduce(1.0) { value, _ in value * 10 }
}

/// The results as a table of left-aligned columns.
func table(_ results: [Result]) -> String {
    let header = ["measurement", "runs", "median", "min", "max", "unit", "target", ""]
    let rows = results.map { result in
        [result.name, String(result.sample.runs), format(result.sample.median), format(result.sample.min),
         format(result.sample.max), result.unit, result.targetDescription, result.verdict]
    }
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    let numeric: Set<Int> = [1, 2, 3, 4]
    return all.map { row in
        row.indices.map { column in
            let cell = row[column], pad = String(repeating: " ", count: widths[column] - cell.count)
            return numeric.contains(column) ? pad + cell : cell + pad
        }.joined(separator: "  ").trimmingTrailingSpaces()
    }.joined(separator: "\n")
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
