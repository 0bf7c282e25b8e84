import GrantModel

/// An import file as a table of returns.csv's columns, for `ReturnFile` to check as it checks
/// any: a CSV file (UTF-8, or Windows-1252 when its bytes are not UTF-8), or an .xlsx workbook
/// (`ReturnWorkbook`); and how a problem found in the table is put where it is in the file.
struct ReturnSource {
    var table: CSVTable
    /// The workbook the table was made from; nil for a CSV file.
    var workbook: ReturnWorkbook?
    /// The cell each field of a workbook's table came from, by its line and column in the table.
    private var cells: [Place: CellLocation] = [:]

    private struct Place: Hashable {
        var line: Int
        var column: Int
    }

    /// Names that say a file is a workbook; so does a zip archive's or an OLE file's signature.
    static let workbookExtensions: Set<String> = ["xlsx", "xlsm", "xltx", "xltm", "xls"]
    private static let workbookSignatures: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0xD0, 0xCF, 0x11, 0xE0]]

    /// The file at `path`, read as a workbook or as CSV. A CSV file read as Windows-1252 adds one
    /// warning to `warnings`, naming the encoding.
    static func read(_ path: String, warnings: inout [Diagnostic]) throws(WriteError) -> ReturnSource {
        let name = path.split(separator: "/").last ?? ""
        if let dot = name.lastIndex(of: "."), workbookExtensions.contains(name[name.index(after: dot)...].lowercased()) {
            return ReturnSource(try ReturnWorkbook.read(path: path))
        }
        var bytes: [UInt8]
        switch FileBytes.read(path) {
        case .success(let read): bytes = read
        // Not there or not readable: no input (exit 66), as for a missing data folder.
        case .failure(let problem): throw .noFolder(.unreadable(path: path, reason: problem.reason))
        }
        if workbookSignatures.contains(where: { bytes.starts(with: $0) }) { return ReturnSource(try ReturnWorkbook.read(path: path)) }
        if !Windows1252.isUTF8(bytes) {
            bytes = Windows1252.utf8(bytes)
            warnings.append(Diagnostic(path: path, severity: .warning,
                                       message: "read as Windows-1252 (the file is not UTF-8); save as \"CSV UTF-8\" to avoid this"))
        }
        switch CSVTable.parse(path: path, bytes: bytes) {
        case .failure(let problem): throw .invalid([problem])
        case .success(let table): return ReturnSource(table: table, workbook: nil)
        }
    }

    private init(table: CSVTable, workbook: ReturnWorkbook?) {
        self.table = table
        self.workbook = workbook
    }

    /// A workbook's returns written as a table, each field remembered with its cell. A form's
    /// notes cell left empty leaves the return's notes as they are, as a file with no notes
    /// column does: the office's notes on a return are not the area's to clear.
    init(_ workbook: ReturnWorkbook) {
        let columns = workbook.columns.filter { column in
            !(workbook.layout == .form && column.text == "notes" && workbook.rows.allSatisfy { $0.text("notes").isEmpty })
        }
        let names = columns.map(\.text)
        self.init(table: CSVTable(path: workbook.file, writing: [names] + workbook.rows.map { row in names.map(row.text) }),
                  workbook: workbook)
        let scan = table.scan
        for record in 0..<scan.recordCount {
            for (index, column) in columns.enumerated() {
                let place = scan.position(record, entry: scan.firstEntry(record) + index)
                cells[Place(line: place.line, column: place.column)] =
                    record == 0 ? column.location : workbook.rows[record - 1].cells[column.text]?.location
            }
        }
    }

    /// `problem` where it is in the file: in a workbook, at its sheet and cell, or the workbook
    /// as a whole when the problem is not one cell's.
    func locate(_ problem: Diagnostic) -> Diagnostic {
        guard let workbook, problem.path == table.path, problem.line > 0 else { return problem }
        let cell = cells[Place(line: problem.line, column: problem.column)]
        return Diagnostic(path: cell?.description ?? workbook.file, severity: problem.severity, message: problem.message)
    }
}
