import ArgumentParser
import GrantModel

struct Returns: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Return status per area and quarter: received, late, not due, due or overdue.",
        discussion: """
        Lists every quarter of every allocated area-year. An overdue return holds payment.
        --status outstanding and overdue list the most overdue first. --sort and --only order and
        filter the areas as the dashboard's s and O do, each area-year at its latest quarter due. --as-of D counts the returns
        received by D; add --as-recorded to see them as they were recorded on D (corrections made
        after D, in the audit log, DIR/audit.csv or the database's audit table, undone).

        Examples:
          csdash returns sample-data --as-of 2016-12-06 --status outstanding
          csdash returns sample-data --as-of 2016-12-06 --status overdue --format csv
          csdash returns sample-data --year 2016/17 --format json
          csdash returns sample-data --as-of 2016-12-06 --as-recorded --status overdue
          csdash returns sample-data --as-of 2016-12-06 --sort spend --only held
        """)

    enum StatusFilter: String, ExpressibleByArgument, CaseIterable {
        case outstanding, overdue, all
    }

    @OptionGroup var common: CommonOptions
    @OptionGroup var replay: ReplayOptions

    @Option(help: "outstanding (due or overdue), overdue, or all.")
    var status: StatusFilter = .all

    @OptionGroup var filter: FilterOptions
    @OptionGroup var arrangement: ArrangementOptions

    @Option(help: "table, csv, json or markdown.")
    var format: OutputFormat = .table

    func validate() throws { _ = try replay.day(common) }

    func run() throws {
        let grants = try common.loadGrants(asRecordedOn: try replay.day(common))
        try filter.check(in: grants)
        let asOf = common.day
        let wanted: (ReturnStatus) -> Bool
        switch status {
        case .all: wanted = { _ in true }
        case .outstanding: wanted = \.isOutstanding
        case .overdue: wanted = \.withholdsPayment
        }
        var rows = grants.returnRows(asOf: asOf, including: wanted).filter { row in
            filter.keeps(funderID: row.funderID, year: row.year)
        }
        if status != .all { rows = rows.mostOverdueFirst() }
        let chosen = arrangement.arrangement
        if !chosen.isDefault {
            rows = chosen.arrange(rows, standings: grants.standings(of: rows.map(\.allocationKey), asOf: asOf), key: \.allocationKey)
        }
        print(ReturnsOutput(rows: rows, grants: grants, asOf: asOf, chase: status != .all, asRecorded: replay.asRecorded).render(format), terminator: "")
    }
}
