import ArgumentParser
import Foundation
import GrantModel
import GrantStore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merges an area's return file (the columns of returns.csv, or a filled return form) into the data folder.",
        discussion: """
        Each row of FILE records or corrects one quarter's return, named by area_id, year and
        quarter; only the columns FILE has of received, planned, spend and notes are changed, so a
        file of area_id,year,quarter,spend corrects the spend of returns already received. Other
        columns are ignored, with a warning that names them. A received date after today (the real
        date) is refused. The whole file is checked first and applied in one atomic, locked,
        audited step: all of it or none of it. --dry-run prints what would change and writes nothing.

        FILE may be CSV (UTF-8; a file that is not UTF-8 is read as Windows-1252, as Excel's plain
        "CSV" save writes it, with a warning) or an .xlsx workbook: a return form made by
        csdash template and filled in, or a workbook whose first sheet is a table with the
        columns of returns.csv. Problems in a workbook are named by sheet and cell.

        Examples:
          csdash import sample-data examples/solihull-q1-spend.csv --dry-run
          csdash import sample-data examples/solihull-q2.csv --dry-run
          csdash import sample-data examples/solihull-q2.csv
        """)

    @Argument(help: ArgumentHelp("[DIR] FILE: the data folder (default: $CSDASH_DATA, else the current folder) and the return file.",
                                 valueName: "DIR FILE"))
    var paths: [String]

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Accepted for symmetry with the other commands.", valueName: "YYYY-MM-DD"),
            transform: CommonOptions.parseDay)
    var asOf: Day?

    @Flag(name: .customLong("dry-run"), help: "Print what would change; write nothing.")
    var dryRun = false

    func validate() throws {
        guard (1...2).contains(paths.count) else { throw ValidationError("give the return FILE, optionally after the data folder DIR") }
    }

    var folder: String {
        if paths.count == 2 { return paths[0] }
        let fromEnvironment = ProcessInfo.processInfo.environment["CSDASH_DATA"] ?? ""
        return fromEnvironment.isEmpty ? "." : fromEnvironment
    }

    func run() throws {
        let file = paths[paths.count - 1]
        let loaded = try loadFolder(folder)
        guard let grants = loaded.grants else {
            printDiagnostics(loaded.diagnostics)
            throw ExitCode(ExitStatus.dataError)
        }
        let store = try dataStore(folder)
        let outcome = try performWrite(dryRun: dryRun) { () throws(WriteError) in
            var warnings: [Diagnostic] = []
            defer { printDiagnostics(warnings) }
            let edits = try ReturnFile.edits(from: file, for: grants, today: Day.today(), warnings: &warnings)
            return try store.writeReturns(edits, command: "import \(file)", dryRun: dryRun)
        }
        printDiagnostics(outcome.warnings)
        if outcome.changes.isEmpty {
            print("\(file): no change")
        } else {
            print(describe(outcome.changes))
            print(dryRun ? "dry run: nothing was written (\(fieldChanges(outcome.changes.count)))" : "\(fieldChanges(outcome.changes.count)) written")
        }
    }
}
