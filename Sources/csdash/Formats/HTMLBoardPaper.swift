import GrantModel

/// `csdash report --format html`: one self-contained, printable board paper. Per funder: a
/// heading with the year, quarter, as-of date and data folder; the board report's Tables 1 and 2 with
/// their headers and comments; the outstanding returns of the year, most overdue first; and a
/// bar per area of planned and spent against the total allocation. Inline CSS only, no scripts,
/// no external files; every piece of data is escaped.
struct HTMLBoardPaper {
    var reports: [FunderReport]
    var period: ReportPeriod
    var options: ReportOptions
    var grants: Grants?

    func render() -> String {
        var body: [String] = []
        if reports.isEmpty {
            body.append("<p>No funder allocates money in \(HTML.escape("\(period.year)")).</p>")
        }
        for report in reports { body.append(section(report)) }
        let title = "Community Safety Grant \(period.year) at \(period.quarter), \(options.asOf("\(period.asOf)"))"
            + (reports.count == 1 ? ": \(reports[0].funder.name)" : "")
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="csdash \(CSDash.version)">
            <title>\(HTML.escape(title))</title>
            <style>
            \(HTMLBoardPaper.css)
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    private func section(_ report: FunderReport) -> String {
        let output = ReportOutput(reports: [report], period: period, options: options, grants: grants)
        let tables = output.boardTables(report)
        var parts: [String] = []
        let time = "<time datetime=\"\(period.asOf)\">\(period.asOf.longDescription)</time>"
        parts.append("""
            <header>
            <p class="kicker">Community Safety Grant \(HTML.escape("\(period.year)"))</p>
            <h1>\(HTML.escape(report.funder.name))</h1>
            <p class="meta">Position at the end of \(period.quarter) \(HTML.escape("\(period.year)")) \
            (cumulative), \(options.asOf(time))</p>
            <p class="meta">Data folder: <code>\(HTML.escape(options.folder))</code></p>
            </header>
            """)
        if let note = report.funder.thresholds.nonStandardNote {
            parts.append("<p class=\"meta\">This funder judges areas \(HTML.escape(note)).</p>")
        }
        parts.append("<h2>\(tables[0].title)</h2>")
        parts.append(table(tables[0]))
        parts.append("<h2>\(tables[1].title)</h2>")
        parts.append(table(tables[1]))
        parts.append("<p class=\"note\">Please note that the amounts above are cumulative</p>")
        if options.forecastColumns {
            parts.append("""
                <p class="note">Forecast outturn: spend at \(period.quarter) / \(period.quarter.rawValue) \
                quarter\(period.quarter == .q1 ? "" : "s") x 4; where an earlier quarter's figures stand in for a \
                missing return, that quarter's spend / its quarters x 4 (the comment says which). Forecast underspend: total allocation less \
                the outturn (negative: a forecast overspend). Flagged (!) when the underspend is above \
                \(options.threshold(for: report.funder))% of the total allocation.</p>
                """)
        }
        if let changes = sinceSection(report) { parts.append(changes) }
        parts.append(outstanding(report))
        parts.append(readyAndHeld(report))
        parts.append(bars(report))
        return "<section class=\"funder\">\n" + parts.joined(separator: "\n") + "\n</section>"
    }

    private func table(_ table: BoardTable) -> String {
        func cellClass(_ column: BoardTable.Column, _ text: String) -> String {
            var classes: [String] = []
            if column.alignment == .right { classes.append("num") }
            if column.header.hasPrefix("Forecast Flag") && text.hasPrefix(BoardTables.flagMark) { classes.append("flag") }
            return classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        }
        func row(_ cells: [String], total: Bool) -> String {
            let items = zip(table.columns, cells).enumerated().map { index, pair in
                let (column, text) = pair
                let tag = index == 0 ? "th" : "td"
                let scope = index == 0 ? " scope=\"row\"" : ""
                return "<\(tag)\(scope)\(cellClass(column, text))>\(HTML.escape(text))</\(tag)>"
            }
            return "<tr\(total ? " class=\"total\"" : "")>" + items.joined() + "</tr>"
        }
        let header = table.columns.map { column in
            "<th scope=\"col\"\(column.alignment == .right ? " class=\"num\"" : "")>\(HTML.escape(column.header))</th>"
        }.joined()
        return """
            <table class="board">
            <thead><tr>\(header)</tr></thead>
            <tbody>
            \(table.rows.map { row($0, total: false) }.joined(separator: "\n"))
            </tbody>
            <tfoot>
            \(row(table.totals, total: true))
            </tfoot>
            </table>
            """
    }

    /// The funder's due and overdue returns of the report year, most overdue first.
    private func outstanding(_ report: FunderReport) -> String {
        let heading = "<h2>Outstanding returns, \(HTML.escape("\(period.year)")), \(options.asOf(period.asOf.longDescription))</h2>"
        let rows = (grants?.returnRows(asOf: period.asOf, including: \.isOutstanding) ?? []).filter {
            $0.funderID == report.funder.id && $0.year == period.year
        }.mostOverdueFirst()
        guard !rows.isEmpty else {
            return heading + "\n<p>No returns are outstanding.</p>"
        }
        let lines = rows.map { row -> String in
            let overdue = row.status.daysOverdue
            let status = overdue == nil ? "due" : "OVERDUE"
            let cells = [
                "<th scope=\"row\">\(HTML.escape(row.area.name))</th>",
                "<td>\(row.quarter)</td>",
                "<td class=\"\(overdue == nil ? "due" : "overdue")\">\(status)</td>",
                "<td><time datetime=\"\(row.due)\">\(row.due.longDescription)</time></td>",
                "<td class=\"num\">\(overdue.map(String.init) ?? "")</td>",
                "<td>\(grants?.isPaymentHeld(row, asOf: period.asOf) == true ? "held" : "")</td>",
                "<td>\(HTML.escape(row.area.contact))</td>",
            ]
            return "<tr>" + cells.joined() + "</tr>"
        }
        let header = ["Local Authority", "Quarter", "Status", "Due", "Days Overdue", "Payment", "Contact"].map { name in
            "<th scope=\"col\"\(name == "Days Overdue" ? " class=\"num\"" : "")>\(name)</th>"
        }.joined()
        return """
            \(heading)
            <table class="returns">
            <thead><tr>\(header)</tr></thead>
            <tbody>
            \(lines.joined(separator: "\n"))
            </tbody>
            </table>
            <p class="note">A return is due \(report.funder.returnDueDays) days after its quarter ends. \
            Funding is paid out on receipt of a satisfactory return: an overdue return holds payment.</p>
            """
    }

    /// A bar per area: planned and spent against the total allocation, as CSS widths.
    private func bars(_ report: FunderReport) -> String {
        let currency = report.funder.currency
        let areas = report.positions.map { position -> String in
            func line(_ label: String, _ kind: String, _ amount: Money?, _ percent: Int?) -> String {
                let value = amount.map { $0.formatted(in: currency) } ?? BoardTables.unknown
                let share = percent.map { " (\(Percent.text($0)))" } ?? ""
                let over = BarShare.isOver(amount, position.total)
                return """
                    <div class="bar-line"><span class="bar-label">\(label)</span>\
                    <div class="track"><div class="fill \(kind)\(over ? " over" : "")" style="width: \(HTMLBoardPaper.width(amount, of: position.total))"></div></div>\
                    <span class="bar-value">\(HTML.escape(value + share))\(over ? " over" : "")</span></div>
                    """
            }
            return """
                <div class="area">
                <div class="area-head"><span class="area-name">\(HTML.escape(position.area.name))</span> \
                <span class="area-total">\(HTML.escape(position.total.formatted(in: currency))) total</span></div>
                \(line("planned", "planned", position.planned, position.percentAllocated))
                \(line("spent", "spend", position.spend, position.percentSpend))
                </div>
                """
        }
        return """
            <h2>Planned and spent against the total allocation, \(period.quarter)</h2>
            <div class="bars">
            \(areas.joined(separator: "\n"))
            </div>
            """
    }

    /// `87.04%`: the part of the total, floored to a hundredth of a percent and capped at 100%;
    /// `0%` with no figure, `100%` for any part of a £0 total (it is over).
    static func width(_ part: Money?, of total: Money) -> String {
        let basisPoints = BarShare.steps(part, of: total, in: 10_000)
        let fraction = basisPoints % 100
        return "\(basisPoints / 100)" + (fraction == 0 ? "" : "." + (fraction < 10 ? "0" : "") + "\(fraction)") + "%"
    }

    static let css = """
        :root { color-scheme: light; }
        body { font-family: "Helvetica Neue", Arial, sans-serif; color: #111; background: #fff; margin: 2rem auto;
          max-width: 78rem; padding: 0 1rem; line-height: 1.35; }
        header { margin-bottom: 1rem; }
        .kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; margin: 0; color: #444; }
        h1 { font-size: 1.6rem; margin: .1rem 0 .3rem; }
        h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; padding-bottom: .15rem; border-bottom: 1px solid #888; }
        .meta { margin: .1rem 0; }
        table { border-collapse: collapse; width: 100%; font-size: .88rem; font-variant-numeric: tabular-nums; }
        th, td { border: 1px solid #777; padding: .3rem .45rem; text-align: left; vertical-align: top; }
        thead th { background: #e6e6e6; vertical-align: bottom; }
        .num { text-align: right; white-space: nowrap; }
        tr.total th, tr.total td { font-weight: bold; background: #f2f2f2; }
        td.flag, td.overdue { font-weight: bold; }
        .note { font-size: .85rem; font-style: italic; margin: .4rem 0; }
        .bars { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: .8rem 2rem; }
        .area { break-inside: avoid; page-break-inside: avoid; }
        .area-head { display: flex; justify-content: space-between; font-weight: bold; margin-bottom: .2rem; }
        .bar-line { display: grid; grid-template-columns: 4.2rem 1fr 10rem; gap: .5rem; align-items: center;
          font-size: .85rem; margin: .15rem 0; }
        .bar-value { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .track { height: .85rem; border: 1px solid #444; background: #fff; }
        .fill { height: 100%; }
        .fill.planned { background: #8fa9cf; }
        .fill.spend { background: #2e5e3a; }
        .fill.over { background: repeating-linear-gradient(45deg, #8b1a1a 0 4px, #d88 4px 8px); }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
          @page { size: A4 landscape; margin: 12mm; }
          section.funder + section.funder { break-before: page; page-break-before: always; }
          table { break-inside: auto; }
          tr, .area { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          h2 { break-after: avoid; page-break-after: avoid; }
          thead th, tr.total th, tr.total td, .fill { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}

/// Text made safe inside HTML elements and quoted attributes.
enum HTML {
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text.terminalSafe {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
