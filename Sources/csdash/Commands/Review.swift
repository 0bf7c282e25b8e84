import ArgumentParser
import GrantModel
import GrantStore

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Accepts a received quarterly return, or queries it: locked, atomic and audited.",
        discussion: """
        Funding is paid out on receipt of satisfactory monitoring: an accepted return's instalment
        is ready to release, a queried one's is held until the query is answered and the return
        accepted. Writes review, reviewed and query in returns.csv (an acceptance clears the query;
        DIR/audit.csv keeps it) only if the folder is still valid afterwards.
        Exits 64 for bad options or a --date after today (the real date, whatever --as-of says),
        65 if the return was not received or the date is before it arrived (nothing is written),
        75 if another csdash is writing.

        Examples:
          csdash review sample-data --area birmingham --year 2016/17 \\
              --quarter Q2 --accept --date 2016-11-01
          csdash review sample-data --area coventry --year 2016/17 \\
              --quarter Q2 --query "spend by project missing" --date 2016-11-01
        """)

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("The area_id.", valueName: "A"))
    var area: String

    @Option(help: ArgumentHelp("The financial year, e.g. 2016/17.", valueName: "Y"), transform: PeriodOptions.parseYear)
    var year: FinancialYear

    @Option(help: ArgumentHelp("The quarter, Q1-Q4.", valueName: "Q"), transform: PeriodOptions.parseQuarter)
    var quarter: Quarter

    @Flag(help: "The return is satisfactory: its payment may be released.")
    var accept = false

    @Option(help: ArgumentHelp("What is wrong with the return: its payment is held until it is accepted.", valueName: "TEXT"))
    var query: String?

    @Option(help: ArgumentHelp("The day of the review (default: today).", valueName: "D"), transform: CommonOptions.parseDay)
    var date: Day?

    func validate() throws {
        if accept == (query != nil) { throw ValidationError("give one of --accept or --query TEXT") }
        if let query, query.trimmingSpaces().isEmpty {
            throw ValidationError("--query is empty: say what is wrong with the return, so that the area can put it right")
        }
    }

    func run() throws {
        let grants = try common.loadGrants(printingWarnings: false)
        guard grants.area(area) != nil else { throw usageError("--area '\(area)' is not an area_id in areas.csv") }
        let today = Day.today()
        let day = date ?? today
        if let problem = FutureDates.problem(reviewed: day, today: today) {
            throw usageError("--date: \(problem)")
        }
        let review = Review(outcome: accept ? .accepted : .queried, date: day, query: query?.trimmingSpaces() ?? "")
        let edit = ReturnEdit.reviewing(areaID: area, year: year, quarter: quarter, review)
        let store = try common.store()
        let outcome = try performWrite { () throws(WriteError) in
            try store.writeReturns([edit], command: "review", dryRun: false)
        }
        printDiagnostics(outcome.warnings)
        print(outcome.changes.isEmpty ? "\(edit.key): no change" : describe(outcome.changes))
    }
}
