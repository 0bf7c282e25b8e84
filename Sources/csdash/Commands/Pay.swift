import ArgumentParser
import GrantModel
import GrantStore

struct Pay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Records a quarter's instalment, scheduled or paid, in payments.csv: locked, atomic and audited.",
        discussion: """
        Without --paid the instalment is scheduled (the amount to release once the return is
        accepted); with --paid D it was paid that day. Makes payments.csv when the folder has none.
        Warns of a payment made before the quarter's return was accepted, or taking the year's
        payments above the total allocation. Exits 64 for bad options or a --paid date after today
        (the real date, whatever --as-of says), 65 if the change would make the data invalid
        (nothing is written), 75 if another csdash is writing.

        Examples:
          csdash pay sample-data --area birmingham --year 2016/17 \\
              --quarter Q3 --amount 468296.75
          csdash pay sample-data --area birmingham --year 2016/17 \\
              --quarter Q2 --amount 468296.75 --paid 2016-12-15 --ref "BACS 4471"
        """)

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("The area_id.", valueName: "A"))
    var area: String

    @Option(help: ArgumentHelp("The financial year, e.g. 2016/17.", valueName: "Y"), transform: PeriodOptions.parseYear)
    var year: FinancialYear

    @Option(help: ArgumentHelp("The quarter, Q1-Q4.", valueName: "Q"), transform: PeriodOptions.parseQuarter)
    var quarter: Quarter

    @Option(help: ArgumentHelp("The instalment, e.g. 468296.75 or £468,296.75.", valueName: "X"))
    var amount: String

    @Option(help: ArgumentHelp("The day it was paid (leave out for a scheduled instalment).", valueName: "D"),
            transform: CommonOptions.parseDay)
    var paid: Day?

    @Option(help: ArgumentHelp("The payment's reference, e.g. a remittance number.", valueName: "R"))
    var ref: String?

    func run() throws {
        let grants = try common.loadGrants(printingWarnings: false)
        guard let areaRecord = grants.area(area) else { throw usageError("--area '\(area)' is not an area_id in areas.csv") }
        guard grants.allocation(for: area, in: year) != nil else {
            throw usageError("--year \(year): \(area) has no allocation for \(year) in allocations.csv")
        }
        if let paid, let problem = FutureDates.problem(paid: paid, today: Day.today()) {
            throw usageError("--\(problem)")
        }
        let currency = grants.funder(areaRecord.funderID)?.currency ?? .gbp
        let edit = ReturnEdit.paying(areaID: area, year: year, quarter: quarter,
                                     amount: try Record.money(amount, "--amount", currency), paid: paid, ref: ref)
        let store = try common.store()
        let outcome = try performWrite { () throws(WriteError) in
            try store.writePayments([edit], command: "pay", dryRun: false)
        }
        printDiagnostics(outcome.warnings)
        print(outcome.changes.isEmpty ? "\(edit.key): no change" : describe(outcome.changes))
    }
}
