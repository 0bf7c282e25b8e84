import GrantModel

extension HTMLBoardPaper {
    /// "Since the last board": the funder's events after `--since`, oldest first, as
    /// `csdash changes` lists them; nothing without --since.
    func sinceSection(_ report: FunderReport) -> String? {
        guard let since = options.since, let grants else { return nil }
        let from = "<time datetime=\"\(since.day)\">\(since.day.longDescription)</time>"
        let heading = "<h2>Since the last board (\(from))</h2>"
        let events = since.events(of: report.funder.id)
        guard !events.isEmpty else {
            return heading + "\n<p>Nothing changed after \(since.day.longDescription) up to \(period.asOf.longDescription).</p>"
        }
        let output = ChangesOutput(changes: since.changes, grants: grants)
        let lines = events.map { event -> String in
            let cells = output.cells(event)
            return "<tr><td><time datetime=\"\(event.date)\">\(event.date.longDescription)</time></td>"
                + cells[1...].map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>"
        }
        let header = ChangesOutput.columns.map { "<th scope=\"col\">\(HTML.escape($0.header))</th>" }.joined()
        return """
            \(heading)
            <table class="changes">
            <thead><tr>\(header)</tr></thead>
            <tbody>
            \(lines.joined(separator: "\n"))
            </tbody>
            </table>
            """
    }
}
