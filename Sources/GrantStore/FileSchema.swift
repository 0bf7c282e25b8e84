import GrantModel

/// The columns of one file of data format v1.
public struct FileSchema: Sendable {
    public var fileName: String
    public var requiredColumns: [Column]
    public var optionalColumns: [Column]
    /// `projects.csv`, `decisions.csv`, `reserves.csv` and `payments.csv` may be absent.
    public var mayBeAbsent: Bool
    /// What one row of the file is, for the README that `csdash init` writes.
    public var rowMeaning: String

    /// One column: its name, what it holds and a value as a user would type it.
    public struct Column: Sendable {
        public var name: String
        public var meaning: String
        public var example: String

        init(_ name: String, _ meaning: String, example: String) {
            self.name = name
            self.meaning = meaning
            self.example = example
        }
    }

    public var required: [String] { requiredColumns.map(\.name) }
    public var optional: [String] { optionalColumns.map(\.name) }
    public var columns: [String] { required + optional }

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
