import Foundation

/// Folders shaped to find a step that grows faster than its input: a `part_of` chain (and cycle)
/// of N areas for `check`, and an import of N returns into N/20 areas for `import --dry-run`.
/// Both were cubic and quadratic once (a 4,000-area chain took 54 s); both must stay linear.
enum StructureFolders {
    static let funders = "funder_id,name,currency,return_due_days,notes\nwm,West Midlands PCC,GBP,30,\n"

    static func write(_ files: [String: String], to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name)) }
    }

    /// N areas, each part of the one before; for a cycle the first is part of the last.
    static func chain(_ count: Int, cycle: Bool, in work: String) throws -> String {
        let path = "\(work)/part-of-\(cycle ? "cycle" : "chain")-\(count)"
        var areas = "area_id,funder_id,name,kind,part_of,notes\n"
        for index in 0..<count {
            let parent = index > 0 ? "a\(index - 1)" : (cycle ? "a\(count - 1)" : "")
            areas += "a\(index),wm,Area \(index),csp,\(parent),\n"
        }
        try write(["funders.csv": funders, "areas.csv": areas, "allocations.csv": "area_id,year,allocation\n",
                   "returns.csv": "area_id,year,quarter\n"], to: path)
        return path
    }

    /// N/20 areas allocated five years; the file holds every one of their N returns. The folder
    /// and the file, which `import --dry-run` merges without writing.
    static func importing(_ count: Int, in work: String) throws -> (folder: String, file: String) {
        let path = "\(work)/import-\(count)"
        var areas = "area_id,funder_id,name,kind,part_of,notes\n", allocations = "area_id,year,allocation\n"
        var file = "area_id,year,quarter,received,planned,spend\n"
        let received = ["07-20", "10-20", "01-20", "04-20"]
        for area in 0..<max(count / 20, 1) {
            areas += "a\(area),wm,Area \(area),csp,,\n"
            for start in 2015..<2020 {
                let year = String(format: "%d/%02d", start, (start + 1) % 100)
                allocations += "a\(area),\(year),100000\n"
                for quarter in 0..<4 {
                    file += "a\(area),\(year),Q\(quarter + 1),\(quarter < 2 ? start : start + 1)-\(received[quarter]),50000,\(10_000 * (quarter + 1))\n"
                }
            }
        }
        try write(["funders.csv": funders, "areas.csv": areas, "allocations.csv": allocations,
                   "returns.csv": "area_id,year,quarter,received,planned,spend\n"], to: path)
        try Data(file.utf8).write(to: URL(fileURLWithPath: path + ".import.csv"))
        return (path, path + ".import.csv")
    }
}

/// One size of the structure growth table.
struct StructurePoint {
    var size: Int
    var chain: Sample
    var cycle: Sample
    var importing: Sample
}

/// `check` of a chain and of a cycle of N areas, and `import --dry-run` of N returns, at each size.
func structureGrowth(_ setup: Setup, sizes: [Int], runs: Int) throws -> [StructurePoint] {
    try sizes.map { size in
        print("measuring part_of and import at \(size)...")
        let chain = try StructureFolders.chain(size, cycle: false, in: setup.work)
        let cycle = try StructureFolders.chain(size, cycle: true, in: setup.work)
        let (folder, file) = try StructureFolders.importing(size, in: setup.work)
        return StructurePoint(size: size,
                              chain: try processTime(setup, ["check", chain], runs: runs).milliseconds,
                              cycle: try processTime(setup, ["check", cycle], runs: runs, expecting: 65).milliseconds,
                              importing: try processTime(setup, ["import", folder, file, "--dry-run"], runs: runs).milliseconds)
    }
}

/// Per size the medians, and between sizes the exponent of growth (1 is linear, 2 quadratic).
func structureGrowthTable(_ points: [StructurePoint]) -> String {
    var rows = [["areas or rows", "check chain ms", "check cycle ms", "import --dry-run ms", "exponent (chain, cycle, import)"]]
    for (index, point) in points.enumerated() {
        var exponent = ""
        if index > 0 {
            let previous = points[index - 1]
            let size = log(Double(point.size) / Double(previous.size))
            func growth(_ now: Sample, _ before: Sample) -> String { format(log(now.median / before.median) / size) }
            exponent = [growth(point.chain, previous.chain), growth(point.cycle, previous.cycle),
                        growth(point.importing, previous.importing)].joined(separator: ", ")
        }
        rows.append(["\(point.size)", format(point.chain.median), format(point.cycle.median), format(point.importing.median), exponent])
    }
    return aligned(rows, numeric: [0, 1, 2, 3])
}
