import ArgumentParser
import GrantModel
import GrantStore

struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "What changed since the last board: returns received, overdue, reviewed or corrected, payments, decisions, reserves.",
        discussion: """
        Lists every event dated after --since and on or before --as-of, oldest first, then by \
        area: return_received (with its figures, and late or not), return_overdue (dated the day \
        after the due date), return_accepted, return_queried, return_corrected (planned or spend \
        changed by csdash, per the audit log (DIR/audit.csv, or the database's audit table), dated the day of the change), payment_made, decision \
        and reserve (a balance's as-of date). A return arrives with the figures it first came \
        with; a later correction is an event of its own. The answer depends only on the folder and \
        the two dates, so the same command gives the same list on any day.

        Examples:
          csdash changes sample-data --since 2016-09-06 --as-of 2016-12-06
          csdash changes sample-data --since 2016-09-06 --as-of 2016-12-06 \\
              --format csv > changes.csv
          csdash changes sample-data --since 2016-09-06 --format json
        """)

    @OptionGroup var common: CommonOptions

    @Option(help: SinceDate.help, transform: CommonOptions.parseDay)
    var since: Day

    @OptionGroup var filter: FilterOptions

    @Option(help: "table, csv, json or markdown.")
    var format: OutputFormat = .table

    func validate() throws {
        try SinceDate.check(since, asOf: common.day, asOfGiven: common.asOf != nil)
    }

    func run() throws {
        let grants = try common.loadGrants()
        try filter.check(in: grants)
        let audit = try ChangesCommand.auditChanges(common.store(), grants)
        var changes = Changes.between(since: since, asOf: common.day, in: grants, audit: audit).only(funder: filter.funder)
        if let year = filter.year {
            // A reserve balance belongs to no year: it is news whichever year is asked about.
            changes.events = changes.events.filter { $0.year == nil || $0.year == year }
        }
        print(ChangesOutput(changes: changes, grants: grants).render(format), terminator: "")
    }

    /// The corrections csdash recorded in `store`'s audit log (none without a log). A log that
    /// cannot be read exits 65: the corrections it holds could not be trusted.
    static func auditChanges(_ store: any GrantDataStore, _ grants: Grants) throws -> [RecordedChange] {
        let trail = store.auditTrail(for: grants)
        guard trail.problems.isEmpty else {
            printDiagnostics(trail.problems)
            throw ExitCode(ExitStatus.dataError)
        }
        return trail.changes
    }
}
