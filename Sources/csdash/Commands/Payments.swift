import ArgumentParser
import GrantModel

struct Payments: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Payment status per area and quarter: paid, ready to release, held or pending.",
        discussion: """
        Lists every quarter of every allocated area-year with its instalment (payments.csv) and
        review. ready: the return was accepted and the instalment not paid; held: the return is
        overdue or queried (an overdue or queried return withholds payment); pending: anything else
        not paid. --as-of D replays them: a review or payment dated after D has not happened yet.

        Examples:
          csdash payments sample-data --as-of 2016-12-06 --status held
          csdash payments sample-data --status ready --format csv > release.csv
          csdash payments sample-data --year 2016/17 --format json
        """)

    enum StatusFilter: String, ExpressibleByArgument, CaseIterable {
        case ready, held, paid, pending, all
    }

    @OptionGroup var common: CommonOptions

    @Option(help: "ready, held, paid, pending or all.")
    var status: StatusFilter = .all

    @OptionGroup var filter: FilterOptions

    @Option(help: "table, csv, json or markdown.")
    var format: OutputFormat = .table

    func run() throws {
        let grants = try common.loadGrants()
        try filter.check(in: grants)
        let asOf = common.day
        let every = grants.paymentRows(asOf: asOf).filter { row in
            filter.keeps(funderID: row.funderID, year: row.year)
        }
        let rows = every.filter { status == .all || $0.status.name == status.rawValue }
        print(PaymentsOutput(rows: rows, everyRow: every, grants: grants, asOf: asOf).render(format), terminator: "")
    }
}
