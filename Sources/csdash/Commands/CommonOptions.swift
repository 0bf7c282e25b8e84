import ArgumentParser
import Foundation
import GrantModel
import GrantStore

/// The data folder and the as-of date, which every command takes.
struct CommonOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The data folder (default: $CSDASH_DATA, else the current folder).", valueName: "DIR"))
    var directory: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("See the data as it stood on this day (default: today).", valueName: "YYYY-MM-DD"),
            transform: CommonOptions.parseDay)
    var asOf: Day?

    /// The folder named, else $CSDASH_DATA, else the current folder.
    var folder: String {
        if let directory { return directory }
        if let fromEnvironment = ProcessInfo.processInfo.environment["CSDASH_DATA"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "."
    }

    /// The as-of day: the one place csdash reads the clock.
    var day: Day { asOf ?? Day.today() }

    static func parseDay(_ text: String) throws -> Day {
        switch Day.parse(text) {
        case .success(let day): return day
        case .failure(.doesNotExist): throw ValidationError("'\(text)' is not a date that exists")
        case .failure(.malformed): throw ValidationError("'\(text)' is not a date: write YYYY-MM-DD, e.g. 2016-12-06")
        }
    }

    /// Loads and validates the folder, printing every problem to stderr (warnings only when
    /// asked). Exits 66 when there is no data folder and 65 when the data has errors.
    /// `asRecordedOn`: the returns as they were recorded that day (`--as-recorded`), from the audit log.
    func loadGrants(printingWarnings: Bool = true, asRecordedOn replayDay: Day? = nil) throws -> Grants {
        var loaded = try loadFolder(folder)
        if let replayDay { loaded = loaded.asRecorded(on: replayDay, from: try store()) }
        printDiagnostics(printingWarnings ? loaded.diagnostics : loaded.errors)
        guard let grants = loaded.grants else { throw ExitCode(ExitStatus.dataError) }
        return grants
    }
}

/// Reads a data folder (or the database a URL names), exiting 66 with the reason when there is no
/// folder to read, 69 when the database server cannot be reached. `firstLook`: every file but
/// projects.csv (`DataFolder.firstLook`), for the dashboard's first frame.
func loadFolder(_ folder: String, firstLook: Bool = false) throws -> LoadedFolder {
    do {
        return try dataStore(folder).load(firstLook: firstLook)
    } catch let error as DataFolderError {
        printError(error.description)
        if case .unavailable = error { throw ExitCode(ExitStatus.unavailable) }
        throw ExitCode(ExitStatus.noInput)
    }
}

/// The period options of `report`: year, quarter and funder.
struct PeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only this funder (its funder_id).", valueName: "F"))
    var funder: String?

    @Option(help: ArgumentHelp("The financial year, e.g. 2016/17 (default: the latest with a return due by --as-of).", valueName: "Y"),
            transform: PeriodOptions.parseYear)
    var year: FinancialYear?

    @Option(help: ArgumentHelp("The quarter, Q1-Q4 (default: the latest of the year whose returns were due by --as-of).", valueName: "Q"),
            transform: PeriodOptions.parseQuarter)
    var quarter: Quarter?

    static func parseYear(_ text: String) throws -> FinancialYear {
        switch FinancialYear.parse(text) {
        case .success(let year): return year
        case .failure(.notConsecutive): throw ValidationError("'\(text)' is not a financial year: its two years must be consecutive, e.g. 2016/17")
        case .failure(.malformed): throw ValidationError("'\(text)' is not a financial year: write e.g. 2016/17")
        }
    }

    static func parseQuarter(_ text: String) throws -> Quarter {
        guard let quarter = Quarter(text) else { throw ValidationError("'\(text)' is not a quarter: write Q1, Q2, Q3 or Q4") }
        return quarter
    }

    func period(for grants: Grants, asOf: Day) -> ReportPeriod {
        grants.defaultPeriod(showing: funder.map { [$0] }, asOf: asOf, year: year, quarter: quarter)
    }

    /// Exits 64 when --funder names no funder of the folder.
    func checkFunder(in grants: Grants) throws {
        try checkFunderOption(funder, in: grants)
    }
}

/// The one check of every command's --funder: exits 64 when it names no funder of the folder.
func checkFunderOption(_ funder: String?, in grants: Grants) throws {
    if let funder, grants.funder(funder) == nil {
        let known = grants.funders.map(\.id).joined(separator: ", ")
        throw usageError("--funder '\(funder)' is not a funder_id in funders.csv (known: \(known))")
    }
}

/// The output formats every listing command offers.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown
}

/// sysexits(3) codes of the command-line contract.
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let unavailable: Int32 = 69
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74
    static let locked: Int32 = 75
}

/// A usage problem found only after reading the data (an unknown --area or --funder): said plainly
/// on stderr, exit 64, without the usage banner that would suggest a typo in the command itself.
func usageError(_ message: String) -> ExitCode {
    printError("csdash: error: \(message)")
    return ExitCode(ExitStatus.usage)
}

func printError(_ text: String) {
    StandardError.write(text)
}

/// Every diagnostic, errors and warnings alike, capped so that a wholly broken file stays readable.
func printDiagnostics(_ diagnostics: [Diagnostic], limit: Int = 200) {
    for diagnostic in diagnostics.prefix(limit) { printError(diagnostic.description) }
    if diagnostics.count > limit { printError("and \(diagnostics.count - limit) more") }
}
