import ArgumentParser
import GrantModel
import GrantStore

struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Records (or corrects) one quarter's monitoring return: atomic, locked and audited.",
        discussion: """
        Writes returns.csv only if the whole folder is still valid afterwards, replacing it
        atomically under DIR/.csdash.lock, and appends each changed field to DIR/audit.csv.
        Exits 64 for a --received date after today (the real date, whatever --as-of says), 65 if
        the change would make the data invalid (nothing is written), 75 if another csdash is writing.

        Examples:
          csdash record sample-data --area solihull --year 2016/17 --quarter Q2 \\
              --received 2016-12-08 --planned 214454 --spend 160000 --note "Q2, late"
        """)

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("The area_id.", valueName: "A"))
    var area: String

    @Option(help: ArgumentHelp("The financial year, e.g. 2016/17.", valueName: "Y"), transform: PeriodOptions.parseYear)
    var year: FinancialYear

    @Option(help: ArgumentHelp("The quarter, Q1-Q4.", valueName: "Q"), transform: PeriodOptions.parseQuarter)
    var quarter: Quarter

    @Option(help: ArgumentHelp("When the return arrived.", valueName: "D"), transform: CommonOptions.parseDay)
    var received: Day

    @Option(help: ArgumentHelp("Cumulative planned allocation, e.g. 214454 or £214,454.", valueName: "X"))
    var planned: String

    @Option(help: ArgumentHelp("Cumulative spend to date.", valueName: "Y"))
    var spend: String

    @Option(help: ArgumentHelp("A note kept with the return.", valueName: "T"))
    var note: String?

    func run() throws {
        let grants = try common.loadGrants(printingWarnings: false)
        guard let areaRecord = grants.area(area) else {
            let hint = ReferenceHint.suggestion(for: area, among: Set(grants.areas.map(\.id)), file: "areas.csv", key: "area_id")
            throw usageError("--area '\(area.terminalSafe)' is not an area_id in areas.csv\(hint)")
        }
        if let problem = FutureDates.problem(received: received, today: Day.today()) {
            throw usageError("--\(problem)")
        }
        let currency = grants.funder(areaRecord.funderID)?.currency ?? .gbp
        let edit = ReturnEdit.recording(areaID: area, year: year, quarter: quarter, received: received,
                                        planned: try Record.money(planned, "--planned", currency),
                                        spend: try Record.money(spend, "--spend", currency), note: note)
        let store = try common.store()
        let outcome = try performWrite { () throws(WriteError) in
            try store.writeReturns([edit], command: "record", dryRun: false)
        }
        printDiagnostics(outcome.warnings)
        print(outcome.changes.isEmpty ? "\(edit.key): no change" : describe(outcome.changes))
    }

    static func money(_ text: String, _ option: String, _ currency: Currency) throws -> Money {
        switch MoneyParser.parse(text, currency: currency) {
        case .success(let money): return money
        case .failure(.wrongCurrency(let found, let expected)):
            throw usageError("\(option) '\(text)' is in \(found) but the area's funder uses \(expected.code) (\(expected.symbol))")
        case .failure(.negative), .failure(.negativeInParentheses): throw usageError("\(option) '\(text)' is negative: amounts may not be negative")
        case .failure: throw usageError("\(option) '\(text)' is not an amount of money: write e.g. 214454, 214454.50 or £214,454")
        }
    }
}
