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
        --as-of says), a line of DIR/audit.csv that cannot be read, and a data file changed after
        the last line of audit.csv (changed outside csdash, so --as-recorded cannot replay it).

        Examples:
          csdash check sample-data
          CSDASH_DATA=sample-data csdash check
        """)

    @OptionGroup var common: CommonOptions

    func run() throws {
        var loaded = try loadFolder(common.folder)
        loaded.diagnostics += FutureDates.warnings(in: loaded, today: Day.today())
        if let grants = loaded.grants {
            let trail = AuditTrail.read(common.folder, for: grants)
            loaded.diagnostics += trail.problems.map { var warning = $0; warning.severity = .warning; return warning }
            loaded.diagnostics += trail.changesOutsideCSDash(in: common.folder)
        }
        printDiagnostics(loaded.diagnostics)
        let errors = loaded.errors.count, warnings = loaded.warnings.count
        let summary = "\(common.shownLocation): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if let grants = loaded.grants {
            print("\(summary); \(grants.funders.count) funders, \(grants.areas.count) areas, \(grants.allocations.count) allocations, \(grants.returns.count) returns")
            for gap in FolderGaps.stillMissing(in: grants) { print("still to do: \(gap)") }
        } else {
            printError(summary)
            throw ExitCode(ExitStatus.dataError)
        }
    }
}
