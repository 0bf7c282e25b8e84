import GrantModel

/// A CSV file read into a header and records, with columns found by name.
public struct CSVTable: Sendable {
    /// One reference to share: every row reader of a table holds the table.
    private var storage: Storage

    private final class Storage: Sendable {
        let path: String
        let header: [CSVField]
        let rows: CSVRows
        let columnIndex: [String: Int]
        /// The header's names and their lengths, for finding a column without hashing its name.
        let names: [String]
        let nameLengths: [Int]

        init(path: String, header: [CSVField], rows: CSVRows) {
            self.path = path
            self.header = header
            self.rows = rows
            var columnIndex: [String: Int] = [:]
            for (index, field) in header.enumerated() where columnIndex[field.value] == nil {
                columnIndex[field.value] = index
            }
            self.columnIndex = columnIndex
            let names = header.map(\.value)
            self.names = names
            nameLengths = names.map(\.utf8.count)
        }
    }

    /// The path as shown in diagnostics (the data folder as the user named it, plus the file name).
    public var path: String {
        get { storage.path }
        set { storage = Storage(path: newValue, header: header, rows: rows) }
    }
    public var header: [CSVField] {
        get { storage.header }
        set { storage = Storage(path: path, header: newValue, rows: rows) }
    }
    /// The data rows, blank ones left out, made whole on each access: code that reads every field
    /// of a large file reads `rows` instead.
    public var records: [CSVRecord] {
        get { rows.records }
        set { storage = Storage(path: path, header: header, rows: CSVRows(newValue)) }
    }
    @inline(__always)
    var rows: CSVRows { storage.rows }
    public var columnIndex: [String: Int] { storage.columnIndex }

    public init(path: String, header: [CSVField], records: [CSVRecord]) {
        self.init(path: path, header: header, rows: CSVRows(records))
    }

    init(path: String, header: [CSVField], rows: CSVRows) {
        storage = Storage(path: path, header: header, rows: rows)
    }

    /// The first column named `name` (as `columnIndex[name]`): compared by length first, since
    /// strings of different lengths are slow to tell apart.
    @inline(__always)
    func column(_ name: String) -> Int? {
        let length = name.utf8.count
        for index in storage.names.indices where storage.nameLengths[index] == length && storage.names[index] == name {
            return index
        }
        return nil
    }

    public var columnNames: [String] { header.map(\.value) }

    /// Reads `bytes`; a file with no header row, or one that cannot be tokenized, is a diagnostic.
    public static func parse(path: String, bytes: [UInt8]) -> Result<CSVTable, Diagnostic> {
        if let scan = CSVScan.make(bytes) {
            let meaningful = (0..<scan.recordCount).filter { !scan.isBlank($0) }
            guard let header = meaningful.first else { return .failure(empty(path)) }
            return .success(CSVTable(path: path, header: headerFields(scan, header),
                                     rows: CSVRows(scan: scan, records: meaningful.dropFirst().map(UInt32.init))))
        }
        // What the scan does not take, the tokenizer refuses, and says why.
        switch CSVTokenizer.records(from: bytes) {
        case .failure(let failure):
            return .failure(Diagnostic(path: path, line: failure.line, column: failure.column, message: failure.message))
        case .success(let records):
            let meaningful = records.drop { $0.isBlank }
            guard let header = meaningful.first else { return .failure(empty(path)) }
            let rows = meaningful.dropFirst().filter { !$0.isBlank }
            let trimmedHeader = header.fields.map { CSVField(value: $0.value.trimmingSpaces(), line: $0.line, column: $0.column) }
            return .success(CSVTable(path: path, header: trimmedHeader, records: Array(rows)))
        }
    }

    /// A scanned record read as a header row: its names trimmed, as the tokenizer's path trims them.
    static func headerFields(_ scan: CSVScan, _ record: Int) -> [CSVField] {
        let first = scan.firstEntry(record)
        return (first..<first + scan.fieldCount(record)).map { entry in
            let place = scan.position(record, entry: entry)
            return CSVField(value: scan.trimmedValue(entry), line: place.line, column: place.column)
        }
    }

    private static func empty(_ path: String) -> Diagnostic {
        Diagnostic(path: path, line: 1, column: 1, message: "the file is empty: it needs a header row naming its columns")
    }
}

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
