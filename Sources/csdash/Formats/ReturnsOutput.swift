import GrantModel
import GrantStore

/// `csdash returns` in each format: one line per allocated area-year and quarter.
struct ReturnsOutput {
    var rows: [ReturnRow]
    var grants: Grants
    var asOf: Day
    /// A chase list (outstanding or overdue only): who to chase and what it holds up, without
    /// the columns that are always empty for returns not yet in.
    var chase = false
    /// The statuses are as recorded on the as-of date (`--as-recorded`), and the title says so.
    var asRecorded = false

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
        .init(header: "Status", alignment: .left), .init(header: "Due", alignment: .left),
        .init(header: "Received", alignment: .left), .init(header: "Days late", alignment: .right),
        .init(header: "Days overdue", alignment: .right), .init(header: "Payment", alignment: .left),
        .init(header: "Contact", alignment: .left),
    ]

    private func cells(_ row: ReturnRow) -> [String] {
        let funderName: String = grants.funder(row.funderID)?.name ?? row.funderID
        let received: String = row.received.map { "\($0)" } ?? ""
        let daysLate: String = row.status.daysLate.map(String.init) ?? ""
        let daysOverdue: String = row.status.daysOverdue.map(String.init) ?? ""
        let payment: String = grants.isPaymentHeld(row, asOf: asOf) ? "held" : ""
        let cells: [String] = [funderName, row.area.name, "\(row.year)", "\(row.quarter)", row.status.name,
                               "\(row.due)", received, daysLate, daysOverdue, payment, row.area.contact]
        return cells.map(\.terminalSafe)
    }

    /// Chase lists leave out Received and Days late (always empty there).
    private var shownColumns: [Int] { chase ? [1, 2, 3, 4, 5, 8, 9, 10, 0] : Array(ReturnsOutput.columns.indices) }

    private func shown(_ row: ReturnRow) -> [String] {
        let all = cells(row)
        return shownColumns.map { all[$0] }
    }

    private var when: String { ReplayOptions.phrase("\(asOf)", asRecorded: asRecorded) }

    private var title: String { chase ? "Returns to chase \(when)" : "Returns \(when)" }

    func table() -> String {
        if rows.isEmpty { return "No returns match (\(when)).\n" }
        return "\(title)\n\n" + TextTable(columns: shownColumns.map { ReturnsOutput.columns[$0] }, rows: rows.map(shown)).render()
    }

    func markdown() -> String {
        if rows.isEmpty { return "No returns match (\(when)).\n" }
        return "## \(title)\n\n" + MarkdownTable.render(columns: shownColumns.map { ReturnsOutput.columns[$0] }, rows: rows.map(shown))
    }

    /// Days late and overdue are number cells; every other cell is text (`SpreadsheetCSV`).
    func csvRows() -> [[SpreadsheetCell]] {
        let header: [SpreadsheetCell] = ["funder_id", "area_id", "year", "quarter", "status", "due", "received", "days_late",
                                         "days_overdue", "area_name", "payment_held", "contact"]
        return [header] + rows.map { row -> [SpreadsheetCell] in
            let received: String = row.received.map { "\($0)" } ?? ""
            let daysLate: String = row.status.daysLate.map(String.init) ?? ""
            let daysOverdue: String = row.status.daysOverdue.map(String.init) ?? ""
            return [.text(row.funderID), .text(row.area.id), .text("\(row.year)"), .text("\(row.quarter)"), .text(row.status.name),
                    .text("\(row.due)"), .text(received), .number(daysLate), .number(daysOverdue), .text(row.area.name),
                    .text(String(grants.isPaymentHeld(row, asOf: asOf))), .text(row.area.contact)]
        }
    }

    private func json(_ row: ReturnRow) -> JSONValue {
        .object([
            ("funder_id", .string(row.funderID)),
            ("area_id", .string(row.area.id)),
            ("year", .string("\(row.year)")),
            ("quarter", .string("\(row.quarter)")),
            ("status", .string(row.status.name)),
            ("due", .string("\(row.due)")),
            ("received", .text(row.received.map { "\($0)" })),
            ("days_late", .int(row.status.daysLate)),
            ("days_overdue", .int(row.status.daysOverdue)),
            // What a chaser needs, after the contract's fields: as the CSV has them.
            ("payment_held", .bool(grants.isPaymentHeld(row, asOf: asOf))),
            ("contact", .text(row.area.contact.isEmpty ? nil : row.area.contact)),
        ])
    }
}
