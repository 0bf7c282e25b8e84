import GrantModel

/// A data set held as the bytes its files would have, checked as a folder is (`DataFolder.load`):
/// how a store that is not a folder gets the same validation, message for message. `source`
/// names it in diagnostics, as a folder's path does.
public struct DataSetInMemory: Sendable {
    public var source: String
    /// File name (`returns.csv`) to its bytes; a file absent here is absent from the data set.
    public var files: [String: [UInt8]]

    public init(source: String, files: [String: [UInt8]]) {
        self.source = source
        self.files = files
    }

    /// Every file read and every check made, as `DataFolder.load` makes them. `unread`: files the
    /// data set has but were left out of `files` for now (a first look, `DataFolder.firstLook`);
    /// as there, the warnings wait for the complete load.
    public func load(unread: [String] = []) -> LoadedFolder {
        let requiredFiles = FileSchema.all.filter { !$0.mayBeAbsent }
        var read = DataFolder.FilesRead(requiredFiles: requiredFiles)
        for schema in FileSchema.all {
            let path = DataFolder.filePath(source, schema.fileName)
            if let bytes = files[schema.fileName] {
                read.readWhole(schema, at: path, replacement: bytes)
            } else if !schema.mayBeAbsent {
                read.unreadable.insert(schema.fileName)
                read.diagnostics.append(Diagnostic(path: path, message: "missing table: a data set needs \(requiredFiles.map(\.fileName).joined(separator: ", "))"))
            }
        }
        let validation = Validation(tables: read.tables, unreadable: read.unreadable, warnings: unread.isEmpty)
        read.tables[FileSchema.projects.fileName] = nil
        let diagnostics = read.diagnostics + validation.diagnostics
        let hasErrors = diagnostics.contains { $0.severity == .error }
        return LoadedFolder(grants: hasErrors ? nil : validation.grants, diagnostics: diagnostics, tables: read.tables,
                            unread: unread)
    }

    /// The rows of `file` after `edits`, checked with the whole data set as it will be: the
    /// same editing and the same refusals as `ReturnsWriter` (an invalid result, a checked edit
    /// whose fields changed), without the folder's lock and commit, which the caller's own
    /// transaction stands in for. `rows`: the edited file's header and rows, to write back.
    public func applying(_ edits: [ReturnEdit], to file: FileSchema) throws(WriteError) -> (outcome: ReturnsWriter.Outcome, rows: [[String]]) {
        let before = load()
        if !before.errors.isEmpty { throw .invalid(before.errors) }
        let path = DataFolder.filePath(source, file.fileName)
        let table = before.tables[file.fileName] ?? CSVTable(path: path, writing: [file.columns])
        var editor = ReturnsTableEditor(table: table)
        let conflicts = editor.conflicts(with: edits, grants: before.grants)
        if !conflicts.isEmpty { throw .conflict(conflicts) }
        editor.reserveCapacity(for: edits)
        for edit in edits { editor.apply(edit) }
        let changes = editor.changes.map { FieldChange(file: file.fileName, key: $0.key, field: $0.field, old: $0.old, new: $0.new) }
        guard !changes.isEmpty else { return (ReturnsWriter.Outcome(changes: [], undo: [], warnings: [], folder: before), []) }

        let bytes = editor.serialized(like: files[file.fileName] ?? [])
        var after = self
        after.files[file.fileName] = bytes
        let loaded = after.load()
        if !loaded.errors.isEmpty { throw .invalid(loaded.errors) }
        let rows: [[String]]
        switch CSVTable.parse(path: path, bytes: bytes) {
        case .success(let edited): rows = [edited.columnNames] + edited.records.map { $0.fields.map(\.value) }
        case .failure(let problem): throw .invalid([problem])
        }
        let known = Set(before.warnings.map(\.message))
        return (ReturnsWriter.Outcome(changes: changes, undo: editor.undo, warnings: loaded.warnings.filter { !known.contains($0.message) },
                                      folder: loaded), rows)
    }
}
