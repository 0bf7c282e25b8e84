import Foundation
import GrantModel
import GrantStore

/// `csdash report` in each format: Tables 1 and 2 of the 6 December 2016 board report for every funder allocating that year.
struct ReportOutput {
    var reports: [FunderReport]
    var period: ReportPeriod
    var options = ReportOptions()
    /// The data, for what the board paper shows beyond the tables (outstanding returns).
    var grants: Grants?

    func render(_ format: ReportFormat) -> String {
        switch format {
        case .table: return table()
        case .markdown: return markdown()
        case .csv: return csv()
        case .json: return json().render() + "\n"
        case .html: return HTMLBoardPaper(reports: reports, period: period, options: options, grants: grants).render()
        }
    }

    /// Tables 1 and 2 of a funder, Table 2 with the forecast columns when asked for.
    func boardTables(_ report: FunderReport) -> [BoardTable] {
        [BoardTables.allocation(report),
         withSince(withPaid(BoardTables.spend(report, forecastThresholdPercent: options.forecastColumns ? options.threshold(for: report.funder) : nil), report), report)]
    }

    /// The threshold of the JSON's top level: the option, else the one every funder shown shares.
    private var sharedThreshold: Int {
        let each = Set(reports.map { options.threshold(for: $0.funder) })
        return each.count == 1 ? each.first! : options.thresholdPercent ?? Forecast.defaultThresholdPercent
    }

    private func heading(_ report: FunderReport) -> String {
        "\(report.funder.name.terminalSafe): community safety \(period.year) at \(period.quarter), \(options.asOf("\(period.asOf)"))"
            + (report.funder.thresholds.nonStandardNote.map { " (\($0))" } ?? "")
            + arrangementNote(report)
    }

    /// `; sorted by % spend, largest first; 3 of 7 areas: payment held`; nothing for every area in
    /// areas.csv order.
    private func arrangementNote(_ report: FunderReport) -> String {
        let arrangement = options.arrangement
        var note = ""
        if let sort = arrangement.sortPhrase { note += "; \(sort)" }
        let total = grants?.allocatedAreas(of: report.funder.id, in: period.year).count ?? report.positions.count
        if let filter = arrangement.filterPhrase(shown: report.positions.count, of: total) { note += "; \(filter)" }
        return note
    }

    func table() -> String {
        if reports.isEmpty { return "No funder allocates money in \(period.year).\n" }
        return reports.map { report in
            let tables = boardTables(report).map(ReportOutput.safe)
            let body = tables.map { "\($0.title)\n\n" + TextTable($0).render() }.joined(separator: "\n")
            return heading(report) + "\n\n" + body
        }.joined(separator: "\n\n")
    }

    func markdown() -> String {
        if reports.isEmpty { return "No funder allocates money in \(period.year).\n" }
        return reports.map { report in
            let tables = boardTables(report).map(ReportOutput.safe)
            let body = tables.map { "### \($0.title)\n\n" + MarkdownTable.render($0) }.joined(separator: "\n")
            return "## \(heading(report))\n\n" + body
        }.joined(separator: "\n")
    }

    /// One row per area (and a totals row per funder), every figure of both tables, amounts in
    /// plain pounds so a spreadsheet reads them as numbers (amounts, percentages: number cells;
    /// every other cell is text, guarded by `SpreadsheetCSV`). The forecast columns, when asked
    /// for, come last so that the columns before them keep their places.
    func csv() -> String {
        let quarters = Quarter.allCases
        let forecastHeader: [SpreadsheetCell] = options.forecastColumns ? ["forecast_outturn", "forecast_underspend", "forecast_flagged"] : []
        let header: [SpreadsheetCell] = [
            "funder_id", "area_id", "name", "year", "quarter", "as_of", "allocation", "carry_forward", "total",
            "planned", "remainder", "pct_allocated",
        ] + quarters.map { .text("spend_\($0)") } + [
            "pct_spend", "carried_from", "no_return", "behind_profile", "payment_held", "comment",
        ] + forecastHeader + paidCSVHeader().map(SpreadsheetCell.text) + sinceCSVHeader().map(SpreadsheetCell.text)
        var rows: [[SpreadsheetCell]] = [header]
        func amount(_ money: Money?) -> SpreadsheetCell { .number(money?.plainAmount() ?? "") }
        // A percentage past 999 is written `>999`: not a number, so it is written as text.
        func percent(_ value: Int?) -> SpreadsheetCell { .number(ReportOutput.csvPercent(value)) }
        func flag(_ value: Bool) -> SpreadsheetCell { .text(String(value)) }
        for report in reports {
            let common: [SpreadsheetCell] = [.text(report.funder.id)]
            let period: [SpreadsheetCell] = [.text("\(period.year)"), .text("\(period.quarter)"), .text("\(period.asOf)")]
            for position in report.positions {
                let forecast = position.forecast(thresholdPercent: options.thresholdPercent)
                let forecastCells: [SpreadsheetCell] = options.forecastColumns
                    ? [amount(forecast?.outturn), amount(forecast?.underspend), .text(forecast.map { String($0.isFlagged) } ?? "")] : []
                rows.append(common + [.text(position.area.id), .text(position.area.name)] + period + [
                    amount(position.allocation.allocation), amount(position.allocation.carryForward),
                    amount(position.total), amount(position.planned), amount(position.remainder),
                    percent(position.percentAllocated),
                ] + quarters.map { amount(position.spendByQuarter[$0]) } + [
                    percent(position.percentSpend),
                    .text(position.figures.carriedFrom.map { "\($0)" } ?? ""),
                    flag(position.figures.isNoReturn), flag(position.isBehindProfile),
                    flag(position.isPaymentWithheld), .text(position.comment),
                ] + forecastCells + paidCSVCells(position, report).map(SpreadsheetCell.number) + sinceCSVCells(position))
            }
            let totals = report.totals
            let forecastTotals = report.forecastTotals(thresholdPercent: options.thresholdPercent)
            let forecastTotalCells: [SpreadsheetCell] = options.forecastColumns
                ? [amount(forecastTotals.outturn), amount(forecastTotals.underspend), ""] : []
            rows.append(common + ["", "Total"] + period + [
                amount(totals.allocation), amount(totals.carryForward), amount(totals.total),
                amount(totals.planned), amount(totals.remainder), "",
            ] + quarters.map { amount(totals.spendByQuarter[$0]) } + ["", "", "", "", "", ""] + forecastTotalCells
                + paidCSVCells(nil, report).map(SpreadsheetCell.number) + sinceCSVCells(nil))
        }
        return SpreadsheetCSV.write(rows)
    }

    func json() -> JSONValue {
        .object([
            ("as_of", .string("\(period.asOf)")),
            ("as_recorded", .bool(options.asRecorded)),
            ("year", .string("\(period.year)")),
            ("quarter", .string("\(period.quarter)")),
            ("forecast_threshold_pct", .int(sharedThreshold)),
            ("funders", .array(reports.map(funderJSON))),
        ] + sinceTopMembers())
    }

    private func funderJSON(_ report: FunderReport) -> JSONValue {
        let totals = report.totals
        let forecastTotals = report.forecastTotals(thresholdPercent: options.thresholdPercent)
        return .object([
            ("funder_id", .string(report.funder.id)),
            ("name", .string(report.funder.name)),
            ("behind_profile_points", .int(report.funder.thresholds.behindProfilePoints)),
            ("forecast_threshold_pct", .int(options.threshold(for: report.funder))),
            ("areas", .array(report.positions.map(areaJSON))),
            ("totals", .object([
                ("allocation", .money(totals.allocation)),
                ("carry_forward", .money(totals.carryForward)),
                ("total", .money(totals.total)),
                ("planned", .money(totals.planned)),
                ("remainder", .money(totals.remainder)),
                ("spend", quarterly { totals.spendByQuarter[$0].map(JSONValue.money) ?? .null }),
                ("forecast_outturn", .money(forecastTotals.outturn)),
                ("forecast_underspend", .money(forecastTotals.underspend)),
            ] + paidTotalMembers(report))),
        ])
    }

    private func areaJSON(_ position: AreaPosition) -> JSONValue {
        let forecast = position.forecast(thresholdPercent: options.thresholdPercent)
        return .object([
            ("area_id", .string(position.area.id)),
            ("name", .string(position.area.name)),
            ("allocation", .money(position.allocation.allocation)),
            ("carry_forward", .money(position.allocation.carryForward)),
            ("total", .money(position.total)),
            ("planned", .money(position.planned)),
            ("remainder", .money(position.remainder)),
            ("pct_allocated", .percent(position.planned, of: position.total)),
            ("spend", quarterly { position.spendByQuarter[$0].map(JSONValue.money) ?? .null }),
            ("pct_spend", .percent(position.spend, of: position.total)),
            ("carried_from", .text(position.figures.carriedFrom.map { "\($0)" })),
            ("no_return", .bool(position.figures.isNoReturn)),
            ("return_status", quarterly { .string(position.statuses[$0]?.name ?? "") }),
            ("behind_profile", .bool(position.isBehindProfile)),
            ("payment_held", .bool(position.isPaymentWithheld)),
            // The old name of payment_held, kept for one release so that scripts can move over.
            ("payment_withheld", .bool(position.isPaymentWithheld)),
            ("forecast_outturn", .money(forecast?.outturn)),
            ("forecast_underspend", .money(forecast?.underspend)),
            ("forecast_flagged", forecast.map { .bool($0.isFlagged) } ?? .null),
            ("comment", .string(position.comment)),
        ] + paymentMembers(position) + sinceMembers(position))
    }

    /// A whole percent for a spreadsheet: the number, or `>999` past any meaning (as the tables).
    static func csvPercent(_ value: Int?) -> String {
        guard let value else { return "" }
        return value > Percent.largestShown ? ">\(Percent.largestShown)" : String(value)
    }

    private func quarterly(_ value: (Quarter) -> JSONValue) -> JSONValue {
        .object(Quarter.allCases.map { ("\($0)", value($0)) })
    }

    /// Text bound for a terminal or a Markdown viewer never carries a raw control character.
    static func safe(_ table: BoardTable) -> BoardTable {
        var table = table
        table.rows = table.rows.map { $0.map(\.terminalSafe) }
        return table
    }
}

/// A GitHub-flavoured Markdown table, with `|` in cells escaped.
enum MarkdownTable {
    static func render(_ table: BoardTable) -> String {
        render(columns: table.columns, rows: table.rows + [table.totals.enumerated().map { $0.offset == 0 ? "**\($0.element)**" : $0.element }])
    }

    static func render(columns: [BoardTable.Column], rows: [[String]]) -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        var lines = [line(columns.map(\.header))]
        lines.append("|" + columns.map { $0.alignment == .right ? "---:|" : "---|" }.joined())
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }
}
