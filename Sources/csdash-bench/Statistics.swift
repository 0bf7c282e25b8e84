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

    /// The same figures in another unit (bytes to MB, say).
    func scaled(by factor: Double) -> Sample { Sample(values: values.map { $0 * factor }) }
}

/// One line of a results table: a figure, its target and whether the median meets it.
struct Result {
    var name: String
    var sample: Sample
    var unit: String
    /// The median must be below this; nil when no target is set.
    var target: Double?
    /// How the target reads (`< 50 ms`), when it is not simply `< target unit`.
    var targetText: String?

    init(_ name: String, _ sample: Sample, _ unit: String, target: Double? = nil, targetText: String? = nil) {
        self.name = name
        self.sample = sample
        self.unit = unit
        self.target = target
        self.targetText = targetText
    }

    var verdict: String {
        guard let target else { return "" }
        return sample.median < target ? "PASS" : "MISS"
    }

    var targetDescription: String {
        if let targetText { return targetText }
        guard let target else { return "" }
        return "< \(format(target)) \(unit)"
    }
}

/// A target that compares two figures, or a figure with a bound: the list.
struct Goal {
    var name: String
    /// The figure as measured, or why there is none (`peer unavailable`).
    var measured: String
    var target: String
    /// nil when it could not be measured.
    var met: Bool?

    var verdict: String { met.map { $0 ? "PASS" : "MISS" } ?? "n/a" }
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

/// The results as a table of aligned columns.
func table(_ results: [Result]) -> String {
    let header = ["measurement", "runs", "median", "min", "max", "unit", "target", ""]
    let rows = results.map { result in
        [result.name, String(result.sample.runs), format(result.sample.median), format(result.sample.min),
         format(result.sample.max), result.unit, result.targetDescription, result.verdict]
    }
    return aligned([header] + rows, numeric: [1, 2, 3, 4])
}

func table(_ goals: [Goal]) -> String {
    aligned([["target", "measured", "goal", ""]] + goals.map { [$0.name, $0.measured, $0.target, $0.verdict] }, numeric: [])
}

/// Rows of cells as left-aligned columns (right-aligned where `numeric`), two spaces apart.
func aligned(_ rows: [[String]], numeric: Set<Int>) -> String {
    let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
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
