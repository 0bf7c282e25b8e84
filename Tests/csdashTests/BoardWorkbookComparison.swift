import Foundation
import GrantStore

/// Compares a sheet of `report --format xlsx`, as some reader saw it (csdash's own, LibreOffice's
/// CSV, openpyxl), cell by cell with the rows of `report --format csv` for the same funder: every
/// amount, percentage, comment and the totals. The sheet is rows of cell text: row 1 the heading,
/// row 2 the table's title, row 3 its headers, then the areas and the totals.
struct BoardWorkbookComparison: Sendable {
    /// How the reader writes an amount and a percentage cell, made into the CSV's form (`1873187`,
    /// `87`); nil when the cell is not what it should be.
    var amount: @Sendable (String) -> String?
    var percent: @Sendable (String) -> String?

    /// The report CSV's rows as dictionaries by header name.
    static func csvRows(_ text: String) throws -> [[String: String]] {
        let records = try CSVReader.records(from: Array(text.utf8)).get().map { $0.fields.map(\.value) }
        guard let header = records.first else { return [] }
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// A decimal as the CSV writes it: no trailing zeros after the point, no point for a whole number.
    static func plain(_ text: String) -> String? {
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return "\(value)"
    }

    /// Every difference, as a sentence; empty when the sheet shows what the CSV says.
    func differences(sheet rows: [[String]], funder: String, csv: [[String: String]]) -> [String] {
        guard rows.count >= 4 else { return ["the sheet has \(rows.count) rows"] }
        let headers = rows[2]
        let expected = csv.filter { $0["funder_id"] == funder }
        let body = Array(rows.dropFirst(3))
        guard body.count == expected.count else { return ["\(body.count) rows for \(expected.count) in the CSV"] }
        var differences: [String] = []
        for (row, record) in zip(body, expected) {
            for (index, header) in headers.enumerated() {
                let cell = index < row.count ? row[index] : ""
                guard let column = Self.csvColumn(header) else { continue }
                var want = record[column] ?? "?"
                let got: String?
                switch column {
                case "name", "comment": got = cell
                case "pct_allocated", "pct_spend": got = cell.isEmpty ? "" : percent(cell)
                case "forecast_flagged":
                    if record["area_id"]?.isEmpty == true { continue }
                    got = want.isEmpty ? (cell.isEmpty ? "" : cell) : String(cell.hasPrefix("!"))
                default:
                    want = Self.plain(want) ?? want
                    got = cell == "—" || cell.isEmpty ? "" : amount(cell)
                }
                let matches = column == "comment" ? got.map { $0.hasPrefix(want) } ?? false : got == want
                if !matches { differences.append("\(record["name"] ?? "?") \(header): \(cell) where the CSV has \(want)") }
            }
        }
        return differences
    }

    /// The CSV column a header of Table 1 or 2 shows.
    static func csvColumn(_ header: String) -> String? {
        switch header {
        case "Local Authority": return "name"
        case "Remainder to be Allocated": return "remainder"
        case "% Allocated": return "pct_allocated"
        case "Comments": return "comment"
        case "Forecast Outturn": return "forecast_outturn"
        case "Forecast Underspend": return "forecast_underspend"
        case "Paid to Date": return "paid"
        default: break
        }
        if header.hasPrefix("Forecast Flag") { return "forecast_flagged" }
        if header.hasPrefix("Planned Allocation as per") { return "planned" }
        if header.hasPrefix("% Spend at") { return "pct_spend" }
        if header.hasSuffix(" Total Allocation") { return "total" }
        if header.hasSuffix(" Carry Forward") { return "carry_forward" }
        if header.hasSuffix(" Allocation") { return "allocation" }
        if header.hasSuffix(" Spend"), header.hasPrefix("Q") { return "spend_" + header.prefix(2) }
        return nil
    }
}
