import GrantModel

/// The board paper's "Ready to release / held" section: the report year's quarters whose
/// instalment may be released (accepted returns, with the scheduled amount) and those held (an
/// overdue or queried return, and why), by the as-of date.
extension HTMLBoardPaper {
    func readyAndHeld(_ report: FunderReport) -> String {
        let heading = "<h2>Ready to release / held, \(HTML.escape("\(period.year)")), \(options.asOf(period.asOf.longDescription))</h2>"
        let rows = (grants?.paymentRows(asOf: period.asOf) { $0 == .ready || $0.name == "held" } ?? []).filter {
            $0.funderID == report.funder.id && $0.year == period.year
        }
        guard !rows.isEmpty else { return heading + "\n<p>No instalment is ready to release or held.</p>" }
        let currency = report.funder.currency
        let lines = rows.map { row -> String in
            let cells = [
                "<th scope=\"row\">\(HTML.escape(row.area.name))</th>",
                "<td>\(row.quarter)</td>",
                "<td class=\"\(row.status == .ready ? "due" : "overdue")\">\(row.status == .ready ? "ready" : "HELD")</td>",
                "<td>\(HTML.escape(PaymentsOutput.reason(row)))</td>",
                "<td class=\"num\">\(row.amount.map { HTML.escape($0.formatted(in: currency)) } ?? "")</td>",
            ]
            return "<tr>" + cells.joined() + "</tr>"
        }
        let header = ["Local Authority", "Quarter", "Payment", "Why held", "Instalment"].map { name in
            "<th scope=\"col\"\(name == "Instalment" ? " class=\"num\"" : "")>\(name)</th>"
        }.joined()
        return """
            \(heading)
            <table class="returns">
            <thead><tr>\(header)</tr></thead>
            <tbody>
            \(lines.joined(separator: "\n"))
            </tbody>
            </table>
            <p class="note">Funding is paid out on receipt of satisfactory monitoring information: an \
            overdue or queried return holds its quarter's payment.</p>
            """
    }
}
