import Foundation
import GrantModel
import GrantStore

/// `csdash report` in each format: seed 002's Tables 1 and 2 for every funder allocating that year.
struct ReportOutput {
    var reports: [FunderReport]
    var period: ReportPeriod

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: return table()
        case .markdown: return markdown()
        case .csv: return csv()
        case .json: return json().render() + "\n"
        }
    }

    private func heading(_ report: FunderReport) -> String {
        "\(report.funder.name.terminalSafe): community safety \(period.year) at \(period.quarter), as of \(period.asOf)"
    }

    func table() -> String {
        if reports.isEmpty { return "No funder allocates money in \(period.year).\n" }
        return reports.map { report in
            let tables = [BoardTables.allocation(report), BoardTables.spend(report)].map(ReportOutput.safe)
            let body = tables.map { "\($0.title)\n\n" + TextTable($0).render() }.joined(separator: "\n")
            return heading(report) + "\n\n" + body
        }.joined(separator: "\n\n")
    }

    func markdown() -> String {
        if reports.isEmpty { return "No funder allocates money in \(period.year).\n" }
        return reports.map { report in
            let tables = [BoardTables.allocation(report), BoardTables.spend(report)].map(ReportOutput.safe)
            let body = tables.map { "### \($0.title)\n\n" + MarkdownTable.render($0) }.joined(separator: "\n")
            return "## \(heading(report))\n\n" + body
        }.joined(separator: "\n")
    }

    /// One row per area (and a totals row per funder), every figure of both tables, amounts in
    /// plain pounds so a spreadsheet reads them as numbers.
    func csv() -> String {
        let quarters = Quarter.allCases
        var rows: [[String]] = [[
            "funder_id", "area_id", "name", "year", "quarter", "as_of", "allocation", "carry_forward", "total",
            "planned", "remainder", "pct_allocated",
        ] + quarters.map { "spend_\($0)" } + [
            "pct_spend", "carried_from", "no_return", "behind_profile", "payment_withheld", "comment",
        ]]
        func amount(_ money: Money?) -> String { money?.plainAmount() ?? "" }
        for report in reports {
            let common = [report.funder.id]
            for position in report.positions {
                rows.append(common + [
                    position.area.id, position.area.name, "\(period.year)", "\(period.quarter)", "\(period.asOf)",
                    amount(position.allocation.allocation), amount(position.allocation.carryForward),
                    amount(position.total), amount(position.planned), amount(position.remainder),
                    position.percentAllocated.map(String.init) ?? "",
                ] + quarters.map { amount(position.spendByQuarter[$0]) } + [
                    position.percentSpend.map(String.init) ?? "",
                    position.figures.carriedFrom.map { "\($0)" } ?? "",
                    String(position.figures.isNoReturn), String(position.isBehindProfile),
                    String(position.isPaymentWithheld), position.comment,
                ])
            }
            let totals = report.totals
            rows.append(common + [
                "", "Total", "\(period.year)", "\(period.quarter)", "\(period.asOf)",
                amount(totals.allocation), amount(totals.carryForward), amount(totals.total),
                amount(totals.planned), amount(totals.remainder), "",
            ] + quarters.map { amount(totals.spendByQuarter[$0]) } + ["", "", "", "", "", ""])
        }
        return CSVText.write(rows)
    }

    func json() -> JSONValue {
        .object([
            ("as_of", .string("\(period.asOf)")),
            ("year", .string("\(period.year)")),
            ("quarter", .string("\(period.quarter)")),
            ("funders", .array(reports.map(funderJSON))),
        ])
    }

    private func funderJSON(_ report: FunderReport) -> JSONValue {
        let totals = report.totals
        return .object([
            ("funder_id", .string(report.funder.id)),
            ("name", .string(report.funder.name)),
            ("areas", .array(report.positions.map(areaJSON))),
            ("totals", .object([
                ("allocation", .money(totals.allocation)),
                ("carry_forward", .money(totals.carryForward)),
                ("total", .money(totals.total)),
                ("planned", .money(totals.planned)),
                ("remainder", .money(totals.remainder)),
                ("spend", quarterly { totals.spendByQuarter[$0].map(JSONValue.money) ?? .null }),
            ])),
        ])
    }

    private func areaJSON(_ position: AreaPosition) -> JSONValue {
        .object([
            ("area_id", .string(position.area.id)),
            ("name", .string(position.area.name)),
            ("allocation", .money(position.allocation.allocation)),
            ("carry_forward", .money(position.allocation.carryForward)),
            ("total", .money(position.total)),
            ("planned", .money(position.planned)),
            ("remainder", .money(position.remainder)),
            ("pct_allocated", .int(position.percentAllocated)),
            ("spend", quarterly { position.spendByQuarter[$0].map(JSONValue.money) ?? .null }),
            ("pct_spend", .int(position.percentSpend)),
            ("carried_from", .text(position.figures.carriedFrom.map { "\($0)" })),
            ("no_return", .bool(position.figures.isNoReturn)),
            ("return_status", quarterly { .string(position.statuses[$0]?.name ?? "") }),
            ("behind_profile", .bool(position.isBehindProfile)),
            ("payment_withheld", .bool(position.isPaymentWithheld)),
            ("comment", .string(position.comment)),
        ])
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
