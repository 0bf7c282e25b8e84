import ArgumentParser
import GrantModel

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The board tables: allocation, planned and spend per area (seed 002, Tables 1 and 2).",
        discussion: """
        One pair of tables per funder that allocates money in the year. A figure that stands in for a
        missing return is marked in the comment column.

        Examples:
          csdash report sample-data --as-of 2016-12-06 --year 2016/17 --quarter Q2
          csdash report sample-data --as-of 2016-12-06 --format json
          csdash report sample-data --funder west-midlands --format markdown > board.md
        """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var period: PeriodOptions

    @Option(help: "table, csv, json or markdown.")
    var format: OutputFormat = .table

    func run() throws {
        let grants = try common.loadGrants()
        try period.checkFunder(in: grants)
        print(Report.render(grants, period: period.period(for: grants, asOf: common.day), funder: period.funder, format: format),
              terminator: "")
    }

    static func render(_ grants: Grants, period: ReportPeriod, funder: FunderID?, format: OutputFormat) -> String {
        var reports = grants.reports(in: period)
        if let funder { reports = reports.filter { $0.funder.id == funder } }
        return ReportOutput(reports: reports, period: period).render(format)
    }
}
