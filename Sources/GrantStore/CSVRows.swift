/// The data rows of a table, blank rows left out: offsets into a scanned file, or records given
/// whole (a table built in memory). Validation reads each field from here without making a
/// `CSVRecord` per row.
final class CSVRows: Sendable {
    private let scan: CSVScan?
    /// The scan's record for each row.
    private let scanRecords: [UInt32]
    private let built: [CSVRecord]

    init(scan: CSVScan, records: [UInt32]) {
        self.scan = scan
        scanRecords = records
        built = []
    }

    init(_ records: [CSVRecord]) {
        scan = nil
        scanRecords = []
        built = records
    }

    var count: Int { scan == nil ? built.count : scanRecords.count }

    var records: [CSVRecord] {
        guard let scan else { return built }
        return scanRecords.map { scan.record(Int($0)) }
    }

    /// Where one row's fields are, found once for all the reads of the row.
    struct Row {
        /// The scan's record, or the row itself for records given whole.
        let record: Int
        /// The scan's entry of the row's first field.
        let first: Int
        let fieldCount: Int
    }

    func row(_ index: Int) -> Row {
        guard let scan else { return Row(record: index, first: 0, fieldCount: built[index].fields.count) }
        let record = Int(scanRecords[index])
        return Row(record: record, first: scan.firstEntry(record), fieldCount: scan.fieldCount(record))
    }

    func line(_ row: Row) -> Int {
        guard let scan else { return built[row.record].line }
        return Int(scan.recordLines[row.record])
    }

    /// The field's value and where it starts; `column` must be below the row's field count.
    func field(_ row: Row, _ column: Int) -> CSVField {
        guard let scan else { return built[row.record].fields[column] }
        let place = scan.position(row.record, entry: row.first + column)
        return CSVField(value: scan.value(row.first + column), line: place.line, column: place.column)
    }

    func position(_ row: Row, _ column: Int) -> (line: Int, column: Int) {
        guard let scan else {
            let field = built[row.record].fields[column]
            return (field.line, field.column)
        }
        return scan.position(row.record, entry: row.first + column)
    }

    /// The value with spaces and tabs trimmed.
    func trimmedValue(_ row: Row, _ column: Int) -> String {
        guard let scan else { return built[row.record].fields[column].value.trimmingSpaces() }
        return scan.trimmedValue(row.first + column)
    }

    /// Calls `body` with the scan's bytes and offsets lent (nil for records given whole).
    func withView<Result>(_ body: (CSVScanView?) -> Result) -> Result {
        guard let scan else { return body(nil) }
        return scan.withView(body)
    }

    /// Calls `body` with the UTF-8 of the trimmed value, without making a `String` when the field
    /// is plain.
    func withTrimmedBytes<Result>(_ row: Row, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let scan, let result = scan.withView({ view in view.trimmedBytes(row.first + column).map(body) }) { return result }
        var text = trimmedValue(row, column)
        return text.withUTF8(body)
    }
}
