// A libFuzzer entry point for the data folder reader: `scripts/fuzz.sh` builds it with
// GrantModel and GrantStore (`swiftc -sanitize=fuzzer,address`) and runs it.
//
// One input is a whole data folder: the bytes of funders.csv, areas.csv, allocations.csv,
// returns.csv, projects.csv, decisions.csv and reserves.csv in that order, separated by 0xFF
// (a byte UTF-8 never uses). Fewer parts leave the later files out. Each input is read and
// validated in memory; when it is valid, every board table, return status, forecast, theme and
// year-on-year figure is computed from it for every year and quarter, as `csdash report` and
// the dashboard would. Any trap (a force unwrap, an overflow, an index out of range) is a crash
// that libFuzzer saves. An input with a projects.csv is also written to disk and read there with
// projects.csv in blocks of a few bytes: it must give what reading that file whole gives.

import Foundation
import GrantModel
@testable import GrantStore

/// The folder `DataFolder.load` reads from: it must exist and hold one of the required files, but
/// every file it reads comes from the input (`replacing`), or is absent from it. One folder for
/// every run, so that runs leave nothing new behind.
private let folder: String = {
    let path = NSTemporaryDirectory() + "csdash-fuzz-folder"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: path + "/funders.csv", contents: Data())
    return path
}()

private let fileNames = ["funders.csv", "areas.csv", "allocations.csv", "returns.csv",
                         "projects.csv", "decisions.csv", "reserves.csv"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataFolder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parts = bytes.split(separator: 0xFF, omittingEmptySubsequences: false).prefix(fileNames.count)
    var files: [String: [UInt8]] = [:]
    for (name, part) in zip(fileNames, parts) { files[name] = Array(part) }
    // funders.csv on disk is empty: an input with no parts at all still reads it, as "the file is empty".
    guard let loaded = try? DataFolder.load(folder, replacing: files) else {
        fatalError("the fuzz folder \(folder) is gone")
    }
    for diagnostic in loaded.diagnostics {
        precondition(!diagnostic.description.unicodeScalars.contains(where: ControlCharacter.isControl),
                     "a raw control character in \(diagnostic.description.debugDescription)")
        precondition(diagnostic.severity == .warning || loaded.grants == nil, "an error, yet the data was given")
    }
    if let grants = loaded.grants { exercise(grants) }
    if let projects = files["projects.csv"] { compareBlocks(files, projects) }
    return 0
}

/// The folder the inputs with a projects.csv are written to, to be read from disk; one for every
/// run, as `folder`.
private let diskFolder: String = {
    let path = NSTemporaryDirectory() + "csdash-fuzz-disk"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

/// projects.csv read in blocks (as from disk) and whole (as a writer's replacement) must agree
/// on every diagnostic and every project.
private func compareBlocks(_ files: [String: [UInt8]], _ projects: [UInt8]) {
    for name in fileNames {
        let path = diskFolder + "/" + name
        if let bytes = files[name] {
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
        } else {
            try? FileManager.default.removeItem(atPath: path)
        }
    }
    guard let inBlocks = try? DataFolder.load(diskFolder, blockSize: 7 + projects.count % 61),
          let whole = try? DataFolder.load(diskFolder, replacing: ["projects.csv": projects]) else { return }
    precondition(inBlocks.diagnostics.map(\.description) == whole.diagnostics.map(\.description),
                 "blocks and whole differ:\n\(inBlocks.diagnostics)\n\(whole.diagnostics)")
    precondition(inBlocks.grants?.projects == whole.grants?.projects, "blocks and whole read different projects")
}

/// Everything the reports and screens compute from valid data.
private func exercise(_ grants: Grants) {
    guard let anyYear = grants.years.first else { return }
    for year in grants.years {
        for quarter in Quarter.allCases {
            // As of the quarter's end and a year after it: returns not yet due, and all overdue.
            for asOf in [year.firstDay(of: quarter), year.lastDay.adding(days: 365)] {
                let period = ReportPeriod(year: year, quarter: quarter, asOf: asOf)
                for report in grants.reports(in: period) {
                    _ = report.totals
                    _ = report.outstandingCount
                    _ = report.forecastTotals(thresholdPercent: Forecast.defaultThresholdPercent)
                    _ = BoardTables.allocation(report)
                    _ = BoardTables.spend(report, forecastThresholdPercent: 10)
                    for position in report.positions {
                        _ = position.comment
                        _ = position.isBehindProfile
                        _ = position.forecast(thresholdPercent: 0)?.shareText
                        _ = position.forecast(thresholdPercent: 100)?.shareText
                        // Every share a bar, a percentage or JSON takes of the figures.
                        for part in [position.planned, position.spend] {
                            _ = BarShare.steps(part, of: position.total, in: 10_000)
                            _ = part.flatMap { Percent.exactDigits($0, in: position.total) }
                            _ = part.flatMap { Percent.tenths($0, in: position.total) }
                        }
                    }
                }
            }
        }
        for funder in grants.funders {
            _ = grants.themes(for: funder.id, in: year)
        }
    }
    for funder in grants.funders {
        _ = grants.yearOnYear(for: funder.id).map { $0.rows.map(\.changePercentText) }
        _ = grants.defaultPeriod(showing: [funder.id], asOf: anyYear.firstDay)
        _ = grants.reserveBalances(for: funder.id)
    }
    _ = grants.returnRows(asOf: anyYear.firstDay).mostOverdueFirst()
    _ = grants.returnRows(asOf: Day(year: 2199, month: 12, day: 31)!).mostOverdueFirst()
}
