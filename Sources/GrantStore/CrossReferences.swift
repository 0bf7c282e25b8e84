import GrantModel

/// Checks between files: unique keys, references that resolve, `part_of` without cycles.
struct CrossReferences {
    /// nil when the file could not be read: references into it are then not checked.
    let funderIDs: Set<String>?
    let areaIDs: Set<String>?
    let decisionRefs: Set<String>?
    let hasDecisionsFile: Bool
    private(set) var diagnostics: [Diagnostic] = []

    init(funderIDs: Set<String>?, areaIDs: Set<String>?, decisionRefs: Set<String>?, hasDecisionsFile: Bool) {
        self.funderIDs = funderIDs
        self.areaIDs = areaIDs
        self.decisionRefs = decisionRefs
        self.hasDecisionsFile = hasDecisionsFile
    }

    mutating func uniqueKeys<T, Key: Hashable>(_ records: some Collection<Located<T>>, file: FileSchema, columns: [String], key: (T) -> Key) {
        var firstLine: [Key: Int] = [:]
        firstLine.reserveCapacity(records.count)
        for record in records {
            let value = key(record.value)
            if let line = firstLine[value] {
                let shown = columns.map { record.row.text($0).terminalSafe }.joined(separator: ", ")
                let key = columns.joined(separator: " + ")
                diagnostics.append(record.diagnostic(columns[0], "duplicate \(key) (\(shown)): line \(line) of \(file.fileName) has the same key; each \(key) may appear only once, so remove or merge one of the two rows"))
            } else {
                firstLine[value] = record.row.line
            }
        }
    }

    mutating func funder<T>(_ record: Located<T>, _ column: String, _ id: String) {
        guard let funderIDs, !funderIDs.contains(id) else { return }
        diagnostics.append(record.diagnostic(column, "\(column) \"\(id.terminalSafe)\" is not a funder_id in funders.csv\(ReferenceHint.suggestion(for: id, among: funderIDs, file: "funders.csv", key: "funder_id"))"))
    }

    mutating func area<T>(_ record: Located<T>, _ column: String, _ id: String) {
        guard let areaIDs, !areaIDs.contains(id) else { return }
        diagnostics.append(record.diagnostic(column, "\(column) \"\(id.terminalSafe)\" is not an area_id in areas.csv\(ReferenceHint.suggestion(for: id, among: areaIDs, file: "areas.csv", key: "area_id"))"))
    }

    /// An `area_id` of a large file, whose rows come in runs of one area: `known`, the area of the
    /// run (found in areas.csv), is not looked up again. Carried from one block of a file to the next.
    @inline(__always)
    mutating func area<T>(inRun known: inout AreaID?, _ id: AreaID, _ record: @autoclosure () -> Located<T>) {
        guard id != known else { return }
        if let areaIDs, !areaIDs.contains(id) { area(record(), "area_id", id) } else { known = id }
    }

    /// Problems found by these checks elsewhere (projects.csv's, read as its blocks come), in
    /// their place among the others.
    mutating func report(_ found: [Diagnostic]) {
        diagnostics += found
    }

    mutating func decision<T>(_ record: Located<T>, _ column: String, _ ref: String) {
        guard let decisionRefs, !decisionRefs.contains(ref) else { return }
        let where_ = hasDecisionsFile ? "in decisions.csv" : "in decisions.csv (the folder has no decisions.csv)"
        let hint = hasDecisionsFile ? ReferenceHint.suggestion(for: ref, among: decisionRefs, file: "decisions.csv", key: "decision_ref") : ""
        diagnostics.append(record.diagnostic(column, "\(column) \"\(ref.terminalSafe)\" is not a decision_ref \(where_)\(hint)"))
    }

    /// Every `part_of` chain must end; each cycle is reported once, at its first row in the file,
    /// as the path from that row round to itself. Linear: each area is walked once, and a walk
    /// stops at an area an earlier walk has been through. The rows of a duplicate area_id after
    /// its first are not walked: the duplicate is reported as such, and `part_of` names the first.
    mutating func partOfCycles(_ areas: [Located<Area>]) {
        var first: [AreaID: Int] = [:]
        first.reserveCapacity(areas.count)
        for index in areas.indices where first[areas[index].value.id] == nil { first[areas[index].value.id] = index }
        let parent = areas.indices.map { index in areas[index].value.partOf.flatMap { first[$0] } }
        enum Walk: UInt8 { case notYet, onThisWalk, done }
        var walk = [Walk](repeating: .notYet, count: areas.count)
        var placeOnWalk = [Int](repeating: 0, count: areas.count)
        var cycles: [[Int]] = []
        for start in areas.indices where first[areas[start].value.id] == start && walk[start] == .notYet {
            var path: [Int] = []
            var next: Int? = start
            while let current = next, walk[current] == .notYet {
                walk[current] = .onThisWalk
                placeOnWalk[current] = path.count
                path.append(current)
                next = parent[current]
            }
            if let current = next, walk[current] == .onThisWalk { cycles.append(Array(path[placeOnWalk[current]...])) }
            for index in path { walk[index] = .done }
        }
        // From the cycle's first row in the file, in the order of those rows.
        let fromFirstRow = cycles.map { cycle -> [Int] in
            let opening = cycle.indices.min { cycle[$0] < cycle[$1] }!
            return Array(cycle[opening...] + cycle[..<opening])
        }.sorted { $0[0] < $1[0] }
        for cycle in fromFirstRow {
            let path = (cycle + [cycle[0]]).map { areas[$0].value.id.terminalSafe }.joined(separator: " → ")
            diagnostics.append(areas[cycle[0]].diagnostic("part_of", "part_of forms a cycle: \(path); an area cannot be part of itself, so clear part_of on one of them"))
        }
    }
}

/// The hint after an unknown key, shared by `check` and the commands that take one (`record
/// --area`), so that a mistyped key gets the same "did you mean" everywhere.
public enum ReferenceHint {
    /// What the reference should have been: `; did you mean "solihull"?` when a known key is a
    /// near miss, else the keys themselves when there are few, or that the file has no rows at all.
    public static func suggestion(for id: String, among known: Set<String>, file: String, key: String) -> String {
        if known.isEmpty { return ", which has no rows (only its header): add the row it refers to" }
        // Lengths first: the distance is quadratic, and a long or far-off key is no near miss.
        let lowered = id.lowercased()
        let candidates = lowered.count > 64 ? [] : known.filter {
            abs($0.count - lowered.count) <= 2 && EditDistance.between(lowered, $0.lowercased()) <= 2
        }.sorted()
        if let best = candidates.first { return "; did you mean \"\(best.terminalSafe)\"?" }
        if known.count <= 5 {
            return "; the \(key)s there are \(known.sorted().map { "\"\($0.terminalSafe)\"" }.joined(separator: ", "))"
        }
        return "; add it to \(file) or correct the reference"
    }
}

/// Levenshtein distance, for "did you mean" hints on short identifiers.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
