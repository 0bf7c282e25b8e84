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

    func line(_ row: Int) -> Int {
        guard let scan else { return built[row].line }
        return Int(scan.recordLines[Int(scanRecords[row])])
    }

    func fieldCount(_ row: Int) -> Int {
        guard let scan else { return built[row].fields.count }
        return scan.fieldCount(Int(scanRecords[row]))
    }

    /// The field's value and where it starts; `column` must be below `fieldCount(row)`.
    func field(_ row: Int, _ column: Int) -> CSVField {
        guard let scan else { return built[row].fields[column] }
        let record = Int(scanRecords[row])
        let place = scan.position(record, column)
        return CSVField(value: scan.value(record, column), line: place.line, column: place.column)
    }

    func position(_ row: Int, _ column: Int) -> (line: Int, column: Int) {
        guard let scan else {
            let field = built[row].fields[column]
            return (field.line, field.column)
        }
        return scan.position(Int(scanRecords[row]), column)
    }

    /// The value with spaces and tabs trimmed.
    func trimmedValue(_ row: Int, _ column: Int) -> String {
        guard let scan else { return built[row].fields[column].value.trimmingSpaces() }
        return scan.trimmedValue(Int(scanRecords[row]), column)
    }

    /// Calls `body` with the UTF-8 of the trimmed value, without making a `String` when the field
    /// is plain.
    func withTrimmedBytes<Result>(_ row: Int, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let scan {
            let record = Int(scanRecords[row])
            if let plain = scan.plainSpan(scan.span(record, column)), let trimmed = scan.trimmedSpan(plain) {
                return scan.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[trimmed])) }
            }
        }
        var text = trimmedValue(row, column)
        return text.withUTF8(body)
    }
}
