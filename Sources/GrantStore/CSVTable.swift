import GrantModel

/// A CSV file read into a header and rows, with columns found by name: the file's scan, and which
/// of its records are the header and the data rows (blank ones left out).
public struct CSVTable: Sendable {
    /// One reference to share: every row reader of a table holds the table.
    private let storage: Storage

    private final class Storage: Sendable {
        let path: String
        let scan: CSVScan
        let header: [CSVField]
        /// The header row's fields as the file has them: more than `header` by the empty columns
        /// to its right that a spreadsheet saves (`namedHeader`).
        let headerWidth: Int
        let rowCount: Int
        /// The scan's record of each data row: from `firstRowRecord` on, one after another, when no
        /// blank record stands among them (as is usual); else as `rowRecords` lists them.
        let firstRowRecord: Int
        let rowRecords: [Int]?
        let columnIndex: [String: Int]
        let columns: ColumnNames

        init(path: String, scan: CSVScan, header: [CSVField], headerWidth: Int, rowRecords: [Int]) {
            self.path = path
            self.scan = scan
            self.header = header
            self.headerWidth = max(headerWidth, header.count)
            rowCount = rowRecords.count
            let first = rowRecords.first ?? 0
            firstRowRecord = first
            // In order, so one after another when the last is as far from the first as their count.
            let oneAfterAnother = rowRecords.isEmpty || rowRecords[rowRecords.count - 1] - first == rowRecords.count - 1
            self.rowRecords = oneAfterAnother ? nil : rowRecords
            var columnIndex: [String: Int] = [:]
            for (index, field) in header.enumerated() where columnIndex[field.value] == nil {
                columnIndex[field.value] = index
            }
            self.columnIndex = columnIndex
            columns = ColumnNames(header)
        }
    }

    /// The path as shown in diagnostics (the data folder as the user named it, plus the file name).
    public var path: String { storage.path }
    public var header: [CSVField] { storage.header }
    public var columnIndex: [String: Int] { storage.columnIndex }
    public var columnNames: [String] { header.map(\.value) }
    var headerWidth: Int { storage.headerWidth }

    /// The data rows made whole, on each access: code that reads every field of a large file
    /// reads the rows through a `RowReader` instead.
    public var records: [CSVRecord] { (0..<rowCount).map { scan.record(record(ofRow: $0)) } }

    @inline(__always)
    var scan: CSVScan { storage.scan }
    var rowCount: Int { storage.rowCount }

    /// The scan's record of data row `row`.
    @inline(__always)
    func record(ofRow row: Int) -> Int { storage.rowRecords?[row] ?? storage.firstRowRecord + row }

    /// The first column named `name` (as `columnIndex[name]`).
    @inline(__always)
    func column(_ name: String) -> Int? { storage.columns.index(of: name, guess: 0) }

    /// `rowRecords`: the scan's record of each data row, in order. `headerWidth`: the fields of
    /// the header row in the file, when `header` leaves out empty columns at its end.
    init(path: String, scan: CSVScan, header: [CSVField], headerWidth: Int = 0, rowRecords: [Int]) {
        storage = Storage(path: path, scan: scan, header: header, headerWidth: headerWidth, rowRecords: rowRecords)
    }

    /// A table built in memory: `rows` written as CSV (`CSVWriter`), the first of them the header.
    init(path: String, writing rows: [[String]]) {
        let scan = CSVWriter.scan(writing: rows)
        let header = rows.isEmpty ? [] : CSVTable.headerFields(scan, 0)
        self.init(path: path, scan: scan, header: header, rowRecords: Array(rows.indices.dropFirst()))
    }

    /// Reads `bytes`; a file with no header row, or one the reader refuses, is a diagnostic.
    public static func parse(path: String, bytes: [UInt8]) -> Result<CSVTable, Diagnostic> {
        switch CSVReader.scan(bytes) {
        case .failure(let failure):
            return .failure(Diagnostic(path: path, line: failure.line, column: failure.column, message: failure.message))
        case .success(let scan):
            let meaningful = (0..<scan.recordCount).filter { !scan.isBlank($0) }
            guard let header = meaningful.first else { return .failure(empty(path)) }
            let rows = Array(meaningful.dropFirst())
            return .success(CSVTable(path: path, scan: scan, header: namedHeader(scan, header, rows: rows),
                                     headerWidth: scan.fieldCount(header), rowRecords: rows))
        }
    }

    /// A scanned record read as a header row: its names trimmed of spaces and tabs.
    static func headerFields(_ scan: CSVScan, _ record: Int) -> [CSVField] {
        let first = scan.firstEntry(record)
        return (first..<first + scan.fieldCount(record)).map { entry in
            let place = scan.position(record, entry: entry)
            return CSVField(value: scan.trimmedValue(entry), line: place.line, column: place.column)
        }
    }

    /// The header row without the columns at its end that have neither a name nor a value in any
    /// of `rows`: Excel saves a sheet as wide as anything ever typed in it, so a CSV it writes may
    /// end every line with empty fields. A column with no name but with a value stays, to be
    /// reported.
    static func namedHeader(_ scan: CSVScan, _ record: Int, rows: [Int]) -> [CSVField] {
        var header = headerFields(scan, record)
        while let last = header.last, last.value.isEmpty {
            let column = header.count - 1
            let holdsValue = rows.contains { row in
                column < scan.fieldCount(row) && !scan.trimmedValue(scan.firstEntry(row) + column).isEmpty
            }
            if holdsValue { break }
            header.removeLast()
        }
        return header
    }

    /// Whether any of `rows` has a value in the columns between `header`'s end and `width`: the
    /// nameless columns `namedHeader` left out, having found no value there in the rows it saw.
    static func leftOutColumnsHoldValues(_ scan: CSVScan, header: [CSVField], width: Int, rows: [Int]) -> Bool {
        guard header.count < width else { return false }
        return rows.contains { row in
            let end = min(width, scan.fieldCount(row))
            return end > header.count && (header.count..<end).contains { !scan.trimmedValue(scan.firstEntry(row) + $0).isEmpty }
        }
    }

    private static func empty(_ path: String) -> Diagnostic {
        Diagnostic(path: path, line: 1, column: 1, message: "the file is empty: it needs a header row naming its columns")
    }
}

/// A header's names, for finding a column without hashing its name: compared by length first,
/// since strings of different lengths are slow to tell apart.
struct ColumnNames {
    private let names: [String]
    private let lengths: [Int]
    /// False for a name that an earlier column has: only the first column of a name is found.
    private let isFirstOfName: [Bool]

    init(_ header: [CSVField]) {
        names = header.map(\.value)
        lengths = names.map(\.utf8.count)
        var seen: Set<String> = []
        isFirstOfName = names.map { seen.insert($0).inserted }
    }

    /// The first column named `name`. Readers of a row ask for its columns in much the same order
    /// on every row, mostly the header's, so `guess` (the column after the last one found) is
    /// tried before the header is searched.
    @inline(__always)
    func index(of name: String, guess: Int) -> Int? {
        let length = name.utf8.count
        func isColumn(_ index: Int) -> Bool {
            index < names.count && lengths[index] == length && isFirstOfName[index] && names[index] == name
        }
        if isColumn(guess) { return guess }
        for index in names.indices where isColumn(index) { return index }
        return nil
    }
}
