import GrantModel
import GrantStore

/// `csdash changes` in each format: one line per event.
struct ChangesOutput {
    var changes: Changes
    var grants: Grants

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: return table()
        case .markdown: return markdown()
        case .csv: return SpreadsheetCSV.write(csvRows())
        case .json: return JSONValue.array(changes.events.map(ChangesOutput.json)).render() + "\n"
        }
    }

    var title: String {
        "Changes since \(changes.since.longDescription), as of \(changes.asOf.longDescription)"
    }

    private var nothing: String { "Nothing changed after \(changes.since.longDescription) up to \(changes.asOf.longDescription).\n" }

    static let columns: [BoardTable.Column] = [
        .init(header: "Date", alignment: .left), .init(header: "Event", alignment: .left),
        .init(header: "Area", alignment: .left), .init(header: "Period", alignment: .left),
        .init(header: "Detail", alignment: .left),
    ]

    /// Date, event, area (the funder's name for an event of a whole funder), period, detail.
    func cells(_ event: ChangeEvent) -> [String] {
        let who = event.areaID.map { grants.area($0)?.name ?? $0 } ?? grants.funder(event.funderID)?.name ?? event.funderID
        let cells = ["\(event.date)", event.kind.words, who, ChangesOutput.period(event), event.detail]
        return cells.map(\.terminalSafe)
    }

    /// `2016/17 Q2`, `2017/18` for a decision, empty for a reserve.
    static func period(_ event: ChangeEvent) -> String {
        [event.year.map { "\($0)" }, event.quarter.map { "\($0)" }].compactMap { $0 }.joined(separator: " ")
    }

    func table() -> String {
        if changes.events.isEmpty { return nothing }
        return "\(title)\n\n" + TextTable(columns: ChangesOutput.columns, rows: changes.events.map(cells)).render()
    }

    func markdown() -> String {
        if changes.events.isEmpty { return nothing }
        return "## \(title)\n\n" + MarkdownTable.render(columns: ChangesOutput.columns, rows: changes.events.map(cells))
    }

    /// The JSON's fields as columns, then the area's name; every cell is text (`SpreadsheetCSV`
    /// guards those a spreadsheet would run as a formula).
    func csvRows() -> [[SpreadsheetCell]] {
        let header: [SpreadsheetCell] = ["date", "kind", "funder_id", "area_id", "year", "quarter", "detail", "area_name"]
        return [header] + changes.events.map { event -> [SpreadsheetCell] in
            [.text("\(event.date)"), .text(event.kind.rawValue), .text(event.funderID), .text(event.areaID ?? ""),
             .text(event.year.map { "\($0)" } ?? ""), .text(event.quarter.map { "\($0)" } ?? ""), .text(event.detail),
             .text(event.areaID.flatMap { grants.area($0)?.name } ?? "")]
        }
    }

    static func json(_ event: ChangeEvent) -> JSONValue {
        .object([
            ("date", .string("\(event.date)")),
            ("kind", .string(event.kind.rawValue)),
            ("funder_id", .string(event.funderID)),
            ("area_id", .text(event.areaID)),
            ("year", .text(event.year.map { "\($0)" })),
            ("quarter", .text(event.quarter.map { "\($0)" })),
            ("detail", .string(event.detail)),
        ])
    }
}
