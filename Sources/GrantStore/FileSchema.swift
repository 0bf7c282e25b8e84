import GrantModel

/// The columns of one file of data format v1.
public struct FileSchema: Sendable {
    public var fileName: String
    public var required: [String]
    public var optional: [String]
    /// `projects.csv`, `decisions.csv` and `reserves.csv` may be absent.
    public var mayBeAbsent: Bool

    public var columns: [String] { required + optional }

    public static let funders = FileSchema(
        fileName: "funders.csv", required: ["funder_id", "name", "currency", "return_due_days"],
        optional: ["notes", "org_id", "prefix_360g"], mayBeAbsent: false)
    public static let areas = FileSchema(
        fileName: "areas.csv", required: ["area_id", "funder_id", "name"],
        optional: ["kind", "part_of", "contact", "notes", "org_id", "geo_code"], mayBeAbsent: false)
    public static let allocations = FileSchema(
        fileName: "allocations.csv", required: ["area_id", "year", "allocation"],
        optional: ["carry_forward", "source", "decision_ref", "notes"], mayBeAbsent: false)
    public static let returns = FileSchema(
        fileName: "returns.csv", required: ["area_id", "year", "quarter"],
        optional: ["received", "planned", "spend", "notes", "review", "reviewed", "query"], mayBeAbsent: false)
    public static let projects = FileSchema(
        fileName: "projects.csv", required: ["area_id", "year", "project_id", "title", "theme", "budget"],
        optional: ["spend", "notes"], mayBeAbsent: true)
    public static let decisions = FileSchema(
        fileName: "decisions.csv",
        required: ["decision_ref", "funder_id", "date", "title", "amount", "first_year"],
        optional: ["area_id", "years", "source", "match_funding", "match_partner", "notes"], mayBeAbsent: true)
    public static let reserves = FileSchema(
        fileName: "reserves.csv", required: ["funder_id", "reserve", "balance", "as_of"],
        optional: ["notes"], mayBeAbsent: true)

    public static let payments = FileSchema(
        fileName: "payments.csv", required: ["area_id", "year", "quarter", "amount"],
        optional: ["paid", "ref", "notes"], mayBeAbsent: true)

    public static let all: [FileSchema] = [.funders, .areas, .allocations, .returns, .projects, .decisions, .reserves,
                                           .payments]

    /// Header problems: duplicated names and missing required columns, with a hint when a column
    /// looks like a misspelling of a missing one (`Area ID` for `area_id`).
    func check(_ table: CSVTable) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: Set<String> = []
        for field in table.header {
            if field.value.isEmpty {
                problems.append(Diagnostic(path: table.path, line: field.line, column: field.column,
                                           message: "a column has no name in the header row: name it, or delete the empty column"))
            } else if !seen.insert(field.value).inserted {
                problems.append(Diagnostic(path: table.path, line: field.line, column: field.column,
                                           message: "column \"\(field.value.terminalSafe)\" appears twice in the header row: each column may appear once, so rename or remove one"))
            }
        }
        let headerLine = table.header.first?.line ?? 1
        for name in required where table.columnIndex[name] == nil {
            var message = "missing required column \"\(name)\""
            if let lookalike = lookalike(of: name, in: table) {
                message += " (is \"\(lookalike.value.terminalSafe)\" meant to be \"\(name)\"? column names are exact)"
            } else {
                message += "; the header must name: \(required.joined(separator: ", "))"
            }
            problems.append(Diagnostic(path: table.path, line: headerLine, column: 1, message: message))
        }
        return problems
    }

    /// A header name that is probably `name` mistyped: the same letters and digits (`Area ID`), or
    /// an unknown column within two edits of it (`alocation`).
    private func lookalike(of name: String, in table: CSVTable) -> CSVField? {
        let target = FileSchema.normalized(name)
        if let same = table.header.first(where: { FileSchema.normalized($0.value) == target }) { return same }
        return table.header.first { field in
            let candidate = FileSchema.normalized(field.value)
            return !columns.contains(field.value) && !candidate.isEmpty && abs(candidate.count - target.count) <= 2
                && EditDistance.between(candidate, target) <= 2
        }
    }

    private static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
