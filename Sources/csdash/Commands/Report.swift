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

        --format xlsx writes an Excel workbook to --output FILE: Tables 1 and 2 of each funder, a \
        sheet each, with the same headers, comments and totals; amounts are numbers in a £ format \
        and percentages numbers in a % format, so that the columns sum.

        --sort KEY lists the areas by name, spend (% spend), remainder, overdue (days overdue) or \
        underspend (forecast underspend), names A to Z and figures largest first; --only KEY keeps \
        the areas behind profile (behind), with a payment held (held), with a return due or overdue \
        (outstanding) or over-allocated (over-allocated): the totals are then of those areas, and \
        the heading says how many of how many are listed.

        --as-of D counts the returns received by D, with today's figures. Add --as-recorded to show \
        every figure as it stood on D: corrections made after D (in the audit log: DIR/audit.csv, or the \
        database's audit table) are undone, and the heading says "as recorded on D".

        --since D1 (the last board's date) sets the board of D1 beside today's: Table 2 gains % spend \
        on D1 and its change since, CSV and JSON the movement of each area (% spend and % allocated \
        then and their change, its standing then and now), and the board paper a "Since the last \
        board" section listing what happened after D1 (as `csdash changes` does). The board of D1 \
        is the report that --as-of D1 would give with the same options.

        Examples:
          csdash report sample-data --as-of 2016-12-06 --year 2016/17 --quarter Q2
          csdash report sample-data --as-of 2016-12-06 --forecast-threshold 15
          csdash report sample-data --as-of 2016-12-06 --format json
          csdash report sample-data --as-of 2016-12-06 --format html > board.html
          csdash report sample-data --as-of 2016-12-06 --format xlsx \\
              --output board.xlsx
          csdash report sample-data --funder west-midlands --format markdown > board.md
          csdash report sample-data --as-of 2016-12-06 --as-recorded
          csdash report sample-data --as-of 2016-12-06 --since 2016-09-06
          csdash report sample-data --as-of 2016-12-06 --sort spend --only behind
        """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var replay: ReplayOptions
    @OptionGroup var arrangement: ArrangementOptions

    @Option(help: SinceDate.help, transform: CommonOptions.parseDay)
    var since: Day?

    @Option(help: "table, csv, json, markdown, html or xlsx (a workbook, with --output).")
    var format: ReportFormatChoice = .text(.table)

    @Option(help: ArgumentHelp("With --format xlsx: write the workbook to FILE, replacing it atomically.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Add the run-rate forecast (outturn, underspend, flag) to Table 2.")
    var forecast = false

    @Option(name: .customLong("forecast-threshold"),
            help: ArgumentHelp("Flag a forecast underspend above this whole percent of the total allocation, 0-100 (default 10; implies --forecast).",
                               valueName: "PERCENT"),
            transform: Report.parseThreshold)
    var forecastThreshold: Int?

    func validate() throws {
        _ = try replay.day(common)
        try SinceDate.check(since, asOf: common.day, asOfGiven: common.asOf != nil)
        switch (format, output) {
        case (.workbook, nil):
            throw ValidationError("--format xlsx writes a workbook, not text: name its file with --output FILE.xlsx")
        case (.text(let text), _?):
            throw ValidationError("--output is for --format xlsx; --format \(text.rawValue) goes to standard output (redirect it with >)")
        default:
            break
        }
    }

    func run() throws {
        let grants = try common.loadGrants(asRecordedOn: try replay.day(common))
        try period.checkFunder(in: grants)
        let options = ReportOptions(forecastColumns: forecast || forecastThreshold != nil,
                                    thresholdPercent: forecastThreshold,
                                    folder: common.shownLocation, asRecorded: replay.asRecorded,
                                    arrangement: arrangement.arrangement, since: try sinceBoard(grants))
        let chosen = period.period(for: grants, asOf: common.day)
        switch format {
        case .text(let text):
            print(Report.render(grants, period: chosen, funder: period.funder, format: text, options: options), terminator: "")
        case .workbook:
            // validate() has made sure of --output.
            let path = output ?? ""
            let report = Report.output(grants, period: chosen, funder: period.funder, options: options)
            let document = BoardWorkbook(output: report).document()
            try writeWorkbook(document, to: path)
            let funders = report.reports.count, sheets = document.sheets.count
            print("\(path): Tables 1 and 2 of \(chosen.year) at \(chosen.quarter), \(funders) funder\(funders == 1 ? "" : "s") (\(sheets) sheet\(sheets == 1 ? "" : "s"))")
        }
    }

    static func render(_ grants: Grants, period: ReportPeriod, funder: FunderID?, format: ReportFormat,
                       options: ReportOptions = ReportOptions()) -> String {
        output(grants, period: period, funder: funder, options: options).render(format)
    }

    static func output(_ grants: Grants, period: ReportPeriod, funder: FunderID?, options: ReportOptions) -> ReportOutput {
        var reports = grants.reports(in: period)
        if let funder { reports = reports.filter { $0.funder.id == funder } }
        if !options.arrangement.isDefault {
            reports = reports.map { report in
                var arranged = report
                arranged.positions = options.arrangement.arrange(grants.standings(report)).map(\.position)
                return arranged
            }
        }
        return ReportOutput(reports: reports, period: period, options: options, grants: grants)
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

/// The text formats of `report`: those of every listing command, and the printable board paper.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown, html
}

/// What `report --format` takes: a text format, printed, or `xlsx`, a workbook written to --output.
enum ReportFormatChoice: ExpressibleByArgument, Equatable {
    case text(ReportFormat)
    case workbook

    init?(argument: String) {
        if argument == "xlsx" {
            self = .workbook
        } else if let text = ReportFormat(rawValue: argument) {
            self = .text(text)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) + ["xlsx"] }

    var defaultValueDescription: String {
        switch self {
        case .text(let text): return text.rawValue
        case .workbook: return "xlsx"
        }
    }
}

/// What a report shows beyond the board tables themselves.
struct ReportOptions {
    /// Forecast columns in Table 2 (table, markdown, csv, html); JSON carries the forecast always.
    var forecastColumns = false
    /// --forecast-threshold, for every funder; nil: each funder's own (funders.csv, 10 unless set).
    var thresholdPercent: Int?

    func threshold(for funder: Funder) -> Int { thresholdPercent ?? funder.thresholds.forecastPercent }
    /// The data folder as the user named it, for the board paper's heading.
    var folder = ""
    /// The figures are as recorded on the as-of date (`--as-recorded`), and the headings say so.
    var asRecorded = false
    /// The order and filter of the areas (`--sort`, `--only`); the totals are of the areas listed.
    var arrangement = AreaArrangement()

    /// `--since D1`: the board of D1 and the events since, beside the figures now.
    var since: SinceBoard?

    /// `as of D` or `as recorded on D`, for headings.
    func asOf(_ day: String) -> String { ReplayOptions.phrase(day, asRecorded: asRecorded) }
}
