import Foundation
import GrantModel

/// The one path by which returns are written, for `record`, `import` and the dashboard alike:
/// take the lock, re-read the folder under it (so someone else's change since loading is never
/// overwritten), apply the edits to returns.csv keeping unknown columns and row order, validate
/// the whole folder as it will be, replace the file atomically, and log every changed field.
/// An edit made against values someone saw (`ReturnEdit.expected`) is refused, whole, when any of
/// them has changed since: the dashboard then asks its user instead of overwriting.
public enum ReturnsWriter {
    /// What a change did (or, for a dry run, would do).
    public struct Outcome: Sendable {
        public var changes: [FieldChange]
        /// Edits that reverse this change, for undo.
        public var undo: [ReturnEdit]
        /// Warnings the change brings (those the folder already had are left out).
        public var warnings: [Diagnostic]
        /// The folder as it is after the change (as it would be, for a dry run).
        public var folder: LoadedFolder
    }

    public static func apply(_ edits: [ReturnEdit], to folder: String, command: String, dryRun: Bool = false,
                             lockTimeout: Double = FolderLock.defaultTimeout) throws(WriteError) -> Outcome {
        let lock = try FolderLock.acquire(in: folder, timeout: lockTimeout)
        defer { lock.release() }
        let before: LoadedFolder
        do { before = try DataFolder.load(folder) } catch { throw .noFolder(error) }
        if !before.errors.isEmpty { throw .invalid(before.errors) }
        let path = DataFolder.filePath(folder, FileSchema.returns.fileName)
        let original = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        guard let table = before.tables[FileSchema.returns.fileName] else { throw .invalid(before.errors) }

        var editor = ReturnsTableEditor(table: table)
        let conflicts = editor.conflicts(with: edits, grants: before.grants)
        if !conflicts.isEmpty { throw .conflict(AuditHistory.attributing(conflicts, in: folder)) }
        for edit in edits { editor.apply(edit) }
        guard !editor.changes.isEmpty else { return Outcome(changes: [], undo: [], warnings: [], folder: before) }

        let bytes = editor.serialized(like: original)
        let after: LoadedFolder
        do { after = try DataFolder.load(folder, replacing: [FileSchema.returns.fileName: bytes]) } catch { throw .noFolder(error) }
        if !after.errors.isEmpty { throw .invalid(after.errors) }
        if !dryRun {
            try AtomicFile.replace(path, with: bytes)
            try AuditLog.append(editor.changes, in: folder, command: command)
        }
        let known = Set(before.warnings.map(\.message))
        return Outcome(changes: editor.changes, undo: editor.undo,
                       warnings: after.warnings.filter { !known.contains($0.message) }, folder: after)
    }
}

/// Applies edits to the rows of returns.csv in memory, noting each field that changes.
struct ReturnsTableEditor {
    private(set) var header: [String]
    private(set) var rows: [[String]]
    private(set) var changes: [FieldChange] = []
    private(set) var undo: [ReturnEdit] = []

    init(table: CSVTable) {
        header = table.columnNames
        rows = table.records.map { record in
            // Rows with too few fields were refused by validation; pad defensively all the same.
            let values = record.fields.map(\.value)
            return values.count >= table.header.count ? values : values + Array(repeating: "", count: table.header.count - values.count)
        }
    }

    mutating func apply(_ edit: ReturnEdit) {
        // New columns in the order the format lists them (review, reviewed, query), not a dictionary's.
        let known = FileSchema.returns.columns
        let added = edit.fields.keys.sorted { (known.firstIndex(of: $0) ?? known.count, $0) < (known.firstIndex(of: $1) ?? known.count, $1) }
        for column in added where !header.contains(column) {
            header.append(column)
            rows = rows.map { $0 + [""] }
        }
        let index = rows.firstIndex { matches($0, edit) }
        let file = FileSchema.returns.fileName
        if edit.removesRow {
            guard let index else { return }
            let removed = rows.remove(at: index)
            for (column, value) in zip(header, removed) where !value.isEmpty && !isKeyColumn(column) {
                changes.append(FieldChange(file: file, key: edit.key, field: column, old: value, new: ""))
            }
            let restored = Dictionary(uniqueKeysWithValues: zip(header, removed).filter { !isKeyColumn($0.0) })
            undo.append(ReturnEdit(areaID: edit.areaID, year: edit.year, quarter: edit.quarter, fields: restored,
                                   expected: restored.mapValues { _ in "" }))
            return
        }
        if let index {
            var previous: [String: String] = [:], written: [String: String] = [:]
            for (column, value) in edit.fields.sorted(by: { $0.key < $1.key }) {
                let position = header.firstIndex(of: column)!
                let old = rows[index][position]
                guard old != value else { continue }
                previous[column] = old
                written[column] = value
                rows[index][position] = value
                changes.append(FieldChange(file: file, key: edit.key, field: column, old: old, new: value))
            }
            if !previous.isEmpty {
                // An undo puts back only what still holds what this change wrote.
                undo.insert(ReturnEdit(areaID: edit.areaID, year: edit.year, quarter: edit.quarter, fields: previous,
                                       expected: written), at: 0)
            }
        } else if edit.fields.values.contains(where: { !$0.isEmpty }) {
            // A missing row already means "not received": an empty new row would change nothing.
            var row = Array(repeating: "", count: header.count)
            row[header.firstIndex(of: "area_id")!] = edit.areaID
            row[header.firstIndex(of: "year")!] = "\(edit.year)"
            row[header.firstIndex(of: "quarter")!] = "\(edit.quarter)"
            for (column, value) in edit.fields.sorted(by: { $0.key < $1.key }) {
                row[header.firstIndex(of: column)!] = value
                if !value.isEmpty { changes.append(FieldChange(file: file, key: edit.key, field: column, old: "", new: value)) }
            }
            rows.append(row)
            let inserted = Dictionary(uniqueKeysWithValues: zip(header, row).filter { !isKeyColumn($0.0) && !$0.1.isEmpty })
            undo.insert(ReturnEdit(areaID: edit.areaID, year: edit.year, quarter: edit.quarter, fields: [:], removesRow: true,
                                   expected: inserted), at: 0)
        }
    }

    func isKeyColumn(_ column: String) -> Bool { ["area_id", "year", "quarter"].contains(column) }

    /// Rows are matched by meaning, not text: `2016-17` and `q2` name the same return as `2016/17 Q2`.
    func matches(_ row: [String], _ edit: ReturnEdit) -> Bool {
        func value(_ column: String) -> String {
            guard let index = header.firstIndex(of: column), index < row.count else { return "" }
            return row[index].trimmingSpaces()
        }
        guard value("area_id") == edit.areaID, Quarter(value("quarter")) == edit.quarter,
              case .success(let year) = FinancialYear.parse(value("year")) else { return false }
        return year == edit.year
    }

    /// The file's text, keeping its byte-order mark and its line ends (CRLF from Excel stays CRLF).
    func serialized(like original: [UInt8]) -> [UInt8] {
        var text = CSVText.write([header] + rows)
        if original.firstIndex(of: 0x0A).map({ $0 > 0 && original[$0 - 1] == 0x0D }) == true {
            // Only the row ends become CRLF: a line break inside a quoted value stays LF, as Excel
            // writes it (replacing every LF would rewrite each multi-line note of every row).
            text = ([header] + rows).map { String(CSVText.write([$0]).dropLast()) + "\r\n" }.joined()
        }
        let bom: [UInt8] = original.starts(with: [0xEF, 0xBB, 0xBF]) ? [0xEF, 0xBB, 0xBF] : []
        return bom + Array(text.utf8)
    }
}
