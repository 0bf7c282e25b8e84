import ArgumentParser
import GrantModel

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The board tables: allocation, planned and spend per area, as Tables 1 and 2 of the board papers.",
        discussion: """
        One pair of tables per funder that allocates money in the year. A figure that stands in for a \
        missing return is marked in the comment column.

        --forecast adds a run-rate forecast to Table 2: outturn = spend at the quarter / quarters \
        elapsed x 4, underspend = total allocation - outturn (negative: overspend), flagged when the \
        underspend is above --forecast-threshold percent of the total allocation. JSON always carries \
        forecast_outturn, forecast_underspend and forecast_flagged.

        --format html writes one self-contained, printable board paper (inline CSS, no external \
        files): both tables, the outstanding returns of the year and a bar per area.

        --as-of D counts the returns received by D, with today's figures. Add --as-recorded to show \
        every figure as it stood on D: corrections made after D (in DIR/audit.csv) are undone, and \
        the heading says "as recorded on D".

        Examples:
          csdash report sample-data --as-of 2016-12-06 --year 2016/17 --quarter Q2
          csdash report sample-data --as-of 2016-12-06 --forecast-threshold 15
          csdash report sample-data --as-of 2016-12-06 --format json
          csdash report sample-data --as-of 2016-12-06 --format html > board.html
          csdash report sample-data --funder west-midlands --format markdown > board.md
          csdash report sample-data --as-of 2016-12-06 --as-recorded
        """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var replay: ReplayOptions

    @Option(help: "table, csv, json, markdown or html.")
    var format: ReportFormat = .table

    @Flag(help: "Add the run-rate forecast (outturn, underspend, flag) to Table 2.")
    var forecast = false

    @Option(name: .customLong("forecast-threshold"),
            help: ArgumentHelp("Flag a forecast underspend above this whole percent of the total allocation, 0-100 (default 10; implies --forecast).",
                               valueName: "PERCENT"),
            transform: Report.parseThreshold)
    var forecastThreshold: Int?

    func validate() throws { _ = try replay.day(common) }

    func run() throws {
        let grants = try common.loadGrants(asRecordedOn: try replay.day(common))
        try period.checkFunder(in: grants)
        let options = ReportOptions(forecastColumns: forecast || forecastThreshold != nil,
                                    thresholdPercent: forecastThreshold ?? Forecast.defaultThresholdPercent,
                                    folder: common.folder, asRecorded: replay.asRecorded)
        print(Report.render(grants, period: period.period(for: grants, asOf: common.day), funder: period.funder, format: format,
                            options: options),
              terminator: "")
    }

    static func render(_ grants: Grants, period: ReportPeriod, funder: FunderID?, format: ReportFormat,
                       options: ReportOptions = ReportOptions()) -> String {
        var reports = grants.reports(in: period)
        if let funder { reports = reports.filter { $0.funder.id == funder } }
        return ReportOutput(reports: reports, period: period, options: options, grants: grants).render(format)
    }

    /// `10` or `10%`: a whole percent from 0 to 100.
    static func parseThreshold(_ text: String) throws -> Int {
        var digits = Substring(text.trimmingSpaces())
        if digits.hasSuffix("%") { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits),
              Forecast.thresholdRange.contains(value) else {
            throw ValidationError("'\(text)' is not a forecast threshold: write a whole percent from 0 to 100, e.g. 10")
        }
        return value
    }
}

/// The formats of `report`: those of every listing command, and the printable board paper.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown, html
}

/// What a report shows beyond the board tables themselves.
struct ReportOptions {
    /// Forecast columns in Table 2 (table, markdown, csv, html); JSON carries the forecast always.
    var forecastColumns = false
    var thresholdPercent = Forecast.defaultThresholdPercent
    /// The data folder as the user named it, for the board paper's heading.
    var folder = ""
    /// The figures are as recorded on the as-of date (`--as-recorded`), and the headings say so.
    var asRecorded = false

    /// `as of D` or `as recorded on D`, for headings.
    func asOf(_ day: String) -> String { ReplayOptions.phrase(day, asRecorded: asRecorded) }
}
