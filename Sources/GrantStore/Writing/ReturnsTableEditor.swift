import GrantModel

/// Which return a row of returns.csv is, by meaning rather than text: `2016-17` and `q2` name
/// the same return as `2016/17 Q2`.
struct ReturnKey: Hashable {
    var areaID: AreaID
    var year: FinancialYear
    var quarter: Quarter

    init(areaID: AreaID, year: FinancialYear, quarter: Quarter) {
        self.areaID = areaID
        self.year = year
        self.quarter = quarter
    }

    init(_ edit: ReturnEdit) { self.init(areaID: edit.areaID, year: edit.year, quarter: edit.quarter) }

    /// From `ReturnEdit.key`'s text, `solihull 2016/17 Q2`, as the audit log writes it.
    init?(auditKey: String) {
        var words = auditKey.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count >= 3, let quarter = Quarter(words.removeLast()),
              case .success(let year) = FinancialYear.parse(words.removeLast()) else { return nil }
        self.init(areaID: words.joined(separator: " "), year: year, quarter: quarter)
    }
}

/// Applies edits to the rows of returns.csv in memory, noting each field that changes. Rows are
/// found through an index of their keys, so that an import of many rows stays linear.
struct ReturnsTableEditor {
    private(set) var header: [String]
    /// nil: a row removed (undoing an insert), left in place so that the index stays right.
    private var rows: [[String]?]
    private var rowOfKey: [ReturnKey: Int] = [:]
    private(set) var changes: [FieldChange] = []
    /// The undo edits, newest first (`undoFirst`, reversed) and then those kept in order.
    private var undoFirst: [ReturnEdit] = [], undoLast: [ReturnEdit] = []

    init(table: CSVTable) {
        header = table.columnNames
        rows = table.records.map { record in
            // Rows with too few fields were refused by validation; pad defensively all the same.
            // Fields past the header are the empty columns a spreadsheet saves: not written again.
            let values = record.fields.prefix(table.header.count).map(\.value)
            return values.count >= table.header.count ? values : values + Array(repeating: "", count: table.header.count - values.count)
        }
        rowOfKey.reserveCapacity(rows.count)
        for index in rows.indices {
            if let key = key(of: rows[index]!), rowOfKey[key] == nil { rowOfKey[key] = index }
        }
    }

    /// Room for `edits` made at once: an import of many rows would otherwise grow the index, the
    /// rows and the changes step by step, copying each many times.
    mutating func reserveCapacity(for edits: [ReturnEdit]) {
        rowOfKey.reserveCapacity(rows.count + edits.count)
        rows.reserveCapacity(rows.count + edits.count)
        changes.reserveCapacity(edits.reduce(0) { $0 + $1.fields.count })
        undoFirst.reserveCapacity(edits.count)
    }

    /// Edits that reverse the changes made, for undo.
    var undo: [ReturnEdit] { undoFirst.reversed() + undoLast }

    /// The text of `field` in the row of `key`; empty when the row or the column is not there.
    func value(_ field: String, of key: ReturnKey) -> String {
        guard let index = rowOfKey[key], let row = rows[index], let column = header.firstIndex(of: field), column < row.count else {
            return ""
        }
        return row[column]
    }

    mutating func apply(_ edit: ReturnEdit) {
        // New columns in the order the format lists them (review, reviewed, query), not a dictionary's.
        let known = FileSchema.returns.columns
        let added = edit.fields.keys.sorted { (known.firstIndex(of: $0) ?? known.count, $0) < (known.firstIndex(of: $1) ?? known.count, $1) }
        for column in added where !header.contains(column) {
            header.append(column)
            rows = rows.map { $0.map { $0 + [""] } }
        }
        let key = ReturnKey(edit)
        let index = rowOfKey[key]
        let file = FileSchema.returns.fileName, auditKey = edit.key
        if edit.removesRow {
            guard let index, let removed = rows[index] else { return }
            rows[index] = nil
            rowOfKey[key] = nil
            for (column, value) in zip(header, removed) where !value.isEmpty && !isKeyColumn(column) {
                changes.append(FieldChange(file: file, key: auditKey, field: column, old: value, new: ""))
            }
            let restored = Dictionary(uniqueKeysWithValues: zip(header, removed).filter { !isKeyColumn($0.0) })
            undoLast.append(ReturnEdit(areaID: edit.areaID, year: edit.year, quarter: edit.quarter, fields: restored,
                                       expected: restored.mapValues { _ in "" }))
            return
        }
        if let index, var row = rows[index] {
            var previous: [String: String] = [:], written: [String: String] = [:]
            for (column, value) in edit.fields.sorted(by: { $0.key < $1.key }) {
                let position = header.firstIndex(of: column)!
                let old = row[position]
                guard old != value else { continue }
                previous[column] = old
                written[column] = value
                row[position] = value
                changes.append(FieldChange(file: file, key: auditKey, field: column, old: old, new: value))
            }
            rows[index] = row
            if !previous.isEmpty {
                // An undo puts back only what still holds what this change wrote.
                undoFirst.append(ReturnEdit(areaID: edit.areaID, year: edit.year, quarter: edit.quarter, fields: previous,
                                            expected: written))
            }
        } else if edit.fields.values.contains(where: { !$0.isEmpty }) {
            // A missing row already means "not received": an empty new row would change nothing.
            var row = Array(repeating: "", count: header.count)
            row[header.firstIndex(of: "area_id")!] = edit.areaID
            row[header.firstIndex(of: "year")!] = "\(edit.year)"
            row[header.firstIndex(of: "quarter")!] = "\(edit.quarter)"
            for (column, value) in edit.fields.sorted(by: { $0.key < $1.key }) {
                row[header.firstIndex(of: column)!] = value
                if !value.isEmpty { changes.append(FieldChange(file: file, key: auditKey, field: column, old: "", new: value)) }
            }
            rowOfKey[key] = rows.count
            rows.append(row)
            // The row's other columns are empty: what it holds beyond its key is what the edit set.
            let inserted = edit.fields.filter { !isKeyColumn($0.key) && !$0.value.isEmpty }
            undoFirst.append(ReturnEdit(areaID: edit.areaID, year: edit.year, quarter: edit.quarter, fields: [:], removesRow: true,
                                        expected: inserted))
        }
    }

    func isKeyColumn(_ column: String) -> Bool { column == "area_id" || column == "year" || column == "quarter" }

    private func key(of row: [String]) -> ReturnKey? {
        func value(_ column: String) -> String {
            guard let index = header.firstIndex(of: column), index < row.count else { return "" }
            return row[index].trimmingSpaces()
        }
        guard let quarter = Quarter(value("quarter")), case .success(let year) = FinancialYear.parse(value("year")) else { return nil }
        return ReturnKey(areaID: value("area_id"), year: year, quarter: quarter)
    }

    /// The file's text, keeping its byte-order mark and its line ends (CRLF from Excel stays CRLF).
    func serialized(like original: [UInt8]) -> [UInt8] {
        CSVWriter.file(header: header, rows: rows.lazy.compactMap { $0 }, like: original)
    }
}

extension CSVWriter {
    /// A data file's text, keeping the byte-order mark and the line ends of `original`.
    static func file(header: [String], rows: some Sequence<[String]>, like original: [UInt8]) -> [UInt8] {
        let crlf = original.firstIndex(of: 0x0A).map({ $0 > 0 && original[$0 - 1] == 0x0D }) == true
        // Only the row ends become CRLF (`CSVWriter`): a line break inside a quoted value stays
        // LF, as Excel writes it (replacing every LF would rewrite each multi-line note of every row).
        var writer = CSVWriter(lineEnd: crlf ? .crlf : .lf, reservingCapacity: original.count + 64)
        writer.row(header)
        for row in rows { writer.row(row) }
        let bom: [UInt8] = original.starts(with: [0xEF, 0xBB, 0xBF]) ? [0xEF, 0xBB, 0xBF] : []
        return bom + writer.bytes
    }
}
