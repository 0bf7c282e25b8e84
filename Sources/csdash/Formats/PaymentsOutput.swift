import GrantModel
import GrantStore

/// `csdash payments` in each format: one line per allocated area-year and quarter.
struct PaymentsOutput {
    var rows: [PaymentRow]
    /// Every row of the funders and years listed, whatever their status.
    var everyRow: [PaymentRow]
    var grants: Grants
    var asOf: Day

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: return table()
        case .markdown: return markdown()
        case .csv: return SpreadsheetCSV.write(csvRows())
        case .json: return JSONValue.array(rows.map(json)).render() + "\n"
        }
    }

    private static let columns: [BoardTable.Column] = [
        .init(header: "Funder", alignment: .left), .init(header: "Area", alignment: .left),
        .init(header: "Year", alignment: .left), .init(header: "Quarter", alignment: .left),
        .init(header: "Payment", alignment: .left), .init(header: "Why", alignment: .left),
        .init(header: "Amount", alignment: .right), .init(header: "Paid", alignment: .left),
        .init(header: "Ref", alignment: .left), .init(header: "Review", alignment: .left),
    ]

    /// Why a payment is held or pending, in words: `overdue 37 days`, `queried: …`, `awaiting review`.
    static func reason(_ row: PaymentRow) -> String {
        switch row.status {
        case .held(.overdue(let days)): return "return overdue \(days) day\(days == 1 ? "" : "s")"
        case .held(.queried(let query)): return "queried: \(query)"
        case .pending where row.review == .awaiting: return "awaiting review"
        case .pending: return "return not in yet"
        case .paid, .ready: return ""
        }
    }

    private func currency(_ row: PaymentRow) -> Currency { grants.funder(row.funderID)?.currency ?? .gbp }

    private func cells(_ row: PaymentRow) -> [String] {
        let cells: [String] = [
            grants.funder(row.funderID)?.name ?? row.funderID, row.area.name, "\(row.year)", "\(row.quarter)",
            row.status.name, PaymentsOutput.reason(row), row.amount.map { $0.formatted(in: currency(row)) } ?? "",
            row.paid.map { "\($0)" } ?? "", row.ref, row.review?.rawValue ?? "",
        ]
        return cells.map(\.terminalSafe)
    }

    private var title: String { "Payments as of \(asOf)" }

    /// Per funder and year listed: what was paid, and what may be released, against the total
    /// allocation; from `everyRow` (the rows before --status chose among them), so that a list of
    /// the held quarters still says what was paid.
    private var summary: String {
        var lines: [String] = []
        var seen: Set<String> = []
        for row in rows where seen.insert("\(row.funderID) \(row.year)").inserted {
            let all = everyRow.filter { $0.funderID == row.funderID && $0.year == row.year }
            let total = Set(all.map(\.area.id)).compactMap { grants.allocation(for: $0, in: row.year)?.total }.sum()
            let paid = all.filter { $0.paid != nil }.compactMap(\.amount).sum()
            let ready = all.filter { $0.status == .ready }.compactMap(\.amount).sum()
            let held = all.filter { $0.status.name == "held" }.count
            let currency = currency(row), name = (grants.funder(row.funderID)?.name ?? row.funderID).terminalSafe
            lines.append("\(name) \(row.year): paid \(paid.formatted(in: currency)) of \(total.formatted(in: currency)) total allocation; "
                         + "ready to release \(ready.formatted(in: currency)); \(held) held")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func table() -> String {
        if rows.isEmpty { return "No payments match (as of \(asOf)).\n" }
        return "\(title)\n\n" + TextTable(columns: PaymentsOutput.columns, rows: rows.map(cells)).render() + "\n" + summary
    }

    func markdown() -> String {
        if rows.isEmpty { return "No payments match (as of \(asOf)).\n" }
        return "## \(title)\n\n" + MarkdownTable.render(columns: PaymentsOutput.columns, rows: rows.map(cells)) + "\n" + summary
    }

    /// For people, so through the spreadsheet-safe writer: the amount is a number, the rest text.
    func csvRows() -> [[SpreadsheetCell]] {
        let header: [SpreadsheetCell] = ["funder_id", "area_id", "year", "quarter", "status", "amount", "paid", "ref", "review_status",
                                         "area_name", "reason"]
        return [header] + rows.map { row -> [SpreadsheetCell] in
            [.text(row.funderID), .text(row.area.id), .text("\(row.year)"), .text("\(row.quarter)"), .text(row.status.name),
             .number(row.amount?.plainAmount() ?? ""), .text(row.paid.map { "\($0)" } ?? ""), .text(row.ref),
             .text(row.review?.rawValue ?? ""), .text(row.area.name), .text(PaymentsOutput.reason(row))]
        }
    }

    private func json(_ row: PaymentRow) -> JSONValue {
        .object([
            ("funder_id", .string(row.funderID)),
            ("area_id", .string(row.area.id)),
            ("year", .string("\(row.year)")),
            ("quarter", .string("\(row.quarter)")),
            ("status", .string(row.status.name)),
            ("amount", .money(row.amount)),
            ("paid", .text(row.paid.map { "\($0)" })),
            ("ref", .text(row.ref.isEmpty ? nil : row.ref)),
            ("review_status", .text(row.review?.rawValue)),
            // Why it is held or pending, after the contract's fields: as the CSV has it.
            ("reason", .text(PaymentsOutput.reason(row).isEmpty ? nil : PaymentsOutput.reason(row))),
        ])
    }
}
