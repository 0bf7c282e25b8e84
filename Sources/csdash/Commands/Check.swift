import ArgumentParser
import GrantModel
import GrantStore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validates the data folder and lists every problem, not just the first.",
        discussion: """
        Problems go to stderr as path:line:column: error: message (or warning:). Exits 0 when there
        are no errors (warnings allowed), 65 when there are, 66 when there is no data folder.
        Nothing is written. Also warned: a received date after today (the real date, whatever
        --as-of says), a line of the audit log that cannot be read (DIR/audit.csv, or the database's
        audit table, named by row id), and a data file changed after the last line of audit.csv
        (changed outside csdash, so --as-recorded cannot replay it). A database has no files to
        date: it writes every change with its audit rows in one transaction, and check says that a
        change made there with SQL, outside csdash, cannot be seen.

        Examples:
          csdash check sample-data
          CSDASH_DATA=sample-data csdash check
        """)

    @OptionGroup var common: CommonOptions

    func run() throws {
        var loaded = try loadFolder(common.folder)
        loaded.diagnostics += FutureDates.warnings(in: loaded, today: Day.today())
        let store = try common.store()
        if let grants = loaded.grants {
            let trail = store.auditTrail(for: grants)
            loaded.diagnostics += trail.problems.map { var warning = $0; warning.severity = .warning; return warning }
            if let folder = store.folderPath { loaded.diagnostics += trail.changesOutsideCSDash(in: folder) }
        }
        printDiagnostics(loaded.diagnostics)
        let errors = loaded.errors.count, warnings = loaded.warnings.count
        let summary = "\(common.shownLocation): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if let grants = loaded.grants {
            print("\(summary); \(grants.funders.count) funders, \(grants.areas.count) areas, \(grants.allocations.count) allocations, \(grants.returns.count) returns")
            for gap in FolderGaps.stillMissing(in: grants) { print("still to do: \(gap)") }
            if store.folderPath == nil { print(Check.databaseAuditNote) }
        } else {
            printError(summary)
            throw ExitCode(ExitStatus.dataError)
        }
    }

    /// What check does with a database instead of comparing file dates with the audit log.
    static let databaseAuditNote = "audit: read from the audit table; a database has no file dates to compare with it, so a change made there with SQL outside csdash (which has no audit rows) cannot be seen"
}
