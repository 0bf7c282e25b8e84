import GrantModel

/// New rows of allocations.csv (next year's, from `csdash rollover`), written through the one
/// write path (`DataFileWrite`): the rows the file has, unknown columns and order kept, and these
/// appended. A year already allocated to an area is never written over: the whole change is
/// refused when allocations.csv (as it is under the lock) has a row of one of the keys.
public enum AllocationsWriter {
    public static func append(_ allocations: [Allocation], to folder: String, command: String, dryRun: Bool = false,
                              lockTimeout: Double = FolderLock.defaultTimeout) throws(WriteError) -> ReturnsWriter.Outcome {
        let file = FileSchema.allocations.fileName
        return try DataFileWrite.perform(file: file, in: folder, command: command, dryRun: dryRun,
                                         lockTimeout: lockTimeout) { current throws(WriteError) in
            guard let table = current.table, let original = current.bytes else { throw .invalid(current.folder.errors) }
            let taken = allocations.filter { current.folder.grants?.allocation(for: $0.areaID, in: $0.year) != nil }
            if !taken.isEmpty {
                let keys = taken.map { "\($0.areaID.terminalSafe) \($0.year)" }.joined(separator: ", ")
                throw .refused(path: DataFolder.filePath(folder, file),
                               reason: "already has \(keys): a rollover adds rows, it does not change them; nothing was written")
            }
            var header = table.columnNames
            var rows = table.records.map { record in
                let values = record.fields.map(\.value)
                return values + Array(repeating: "", count: max(0, header.count - values.count))
            }
            var changes: [FieldChange] = []
            for allocation in allocations {
                let values = fields(of: allocation)
                for column in FileSchema.allocations.columns where !header.contains(column) && !(values[column] ?? "").isEmpty {
                    header.append(column)
                    rows = rows.map { $0 + [""] }
                }
                rows.append(header.map { values[$0] ?? "" })
                let key = "\(allocation.areaID) \(allocation.year)"
                for column in FileSchema.allocations.columns where column != "area_id" && column != "year" {
                    guard let value = values[column], !value.isEmpty else { continue }
                    changes.append(FieldChange(file: file, key: key, field: column, old: "", new: value))
                }
            }
            return DataFileWrite.Edited(bytes: CSVWriter.file(header: header, rows: rows, like: original), changes: changes)
        }
    }

    /// The row's text as allocations.csv writes it; a carry forward left unknown stays empty.
    static func fields(of allocation: Allocation) -> [String: String] {
        ["area_id": allocation.areaID, "year": "\(allocation.year)", "allocation": allocation.allocation.plainAmount(),
         "carry_forward": allocation.statedCarryForward?.plainAmount() ?? "", "source": allocation.source,
         "decision_ref": allocation.decisionRef ?? "", "notes": allocation.notes]
    }
}
