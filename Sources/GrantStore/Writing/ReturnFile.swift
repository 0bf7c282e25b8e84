import Foundation
import GrantModel

/// An area's return file for `csdash import`: the columns of returns.csv, one or more rows, as
/// CSV or as an .xlsx workbook (`ReturnSource`, and `edits(from:)` beside it), read and checked
/// against the folder it is to be merged into.
public enum ReturnFile {
    /// The columns of returns.csv that an import sets; the key columns only say which return.
    public static let editableColumns = ["received", "planned", "spend", "notes"]

    /// The edits `table` asks for, or every problem in it at its line and column (`edits(from:)`
    /// reads the file and puts them where they are in it).
    static func edits(in table: CSVTable, for grants: Grants, today: Day,
                      warnings: inout [Diagnostic]) throws(WriteError) -> [ReturnEdit] {
        let path = table.path
        var problems = FileSchema.returns.check(table)
        guard problems.isEmpty else { throw .invalid(problems) }
        let editable = editableColumns.filter { table.columnIndex[$0] != nil }
        let hasReceived = table.columnIndex["received"] != nil
        let ignored = table.header.filter { !FileSchema.returns.columns.contains($0.value) }
        if let first = ignored.first {
            let names = ignored.map { "\"\($0.value.terminalSafe)\"" }.joined(separator: ", ")
            warnings.append(Diagnostic(path: path, line: first.line, column: first.column, severity: .warning,
                                       message: "ignored \(ignored.count == 1 ? "column" : "columns") \(names): returns.csv has no such column (import sets \(editableColumns.joined(separator: ", ")))"))
        }
        var readers = RecordReaders()
        for funder in grants.funders { readers.currencyByFunder[funder.id] = funder.currency }
        for area in grants.areas { readers.funderByArea[area.id] = area.funderID }

        // The first line of each return, by its key rather than its text: an import of many rows
        // would otherwise build and hash every key's text (`ReturnEdit.key`) once more.
        var edits: [ReturnEdit] = [], firstLine: [ReturnKey: Int] = [:]
        edits.reserveCapacity(table.rowCount)
        firstLine.reserveCapacity(table.rowCount)
        guard table.rowCount > 0 else {
            throw .invalid([Diagnostic(path: path, line: 1, column: 1, message: "the file has a header but no returns")])
        }
        table.walkRows { row in
            let item = readers.monitoringReturn(&row, figuresNeedReceivedColumn: hasReceived)
            if let item, row.isValid, !hasReceived, grants.area(item.areaID) != nil {
                // The return's received date stays as it is: figures need it to be there already.
                let existing = grants.monitoringReturn(for: item.areaID, in: item.year, quarter: item.quarter)
                for column in ["planned", "spend"] where existing?.received == nil && !row.text(column).isEmpty {
                    row.fail(column, "\(column) is given but \(item.areaID.terminalSafe) \(item.year) \(item.quarter) has not been received, and this file has no received column: add one with the date the return arrived")
                }
            }
            if let received = item?.received, let message = FutureDates.problem(received: received, today: today) {
                row.fail("received", message)
            }
            problems += row.problems
            guard let item, row.isValid else { return }
            guard grants.area(item.areaID) != nil else {
                let place = row.location(of: "area_id")
                problems.append(Diagnostic(path: path, line: place.line, column: place.column,
                                           message: "area_id \"\(item.areaID.terminalSafe)\" is not an area of this data folder"))
                return
            }
            let edit = ReturnEdit.recording(areaID: item.areaID, year: item.year, quarter: item.quarter,
                                            received: item.received, planned: item.planned, spend: item.spend,
                                            note: editable.contains("notes") ? item.notes : nil)
            let key = ReturnKey(edit)
            if let line = firstLine[key] {
                let place = row.location(of: "area_id")
                problems.append(Diagnostic(path: path, line: place.line, column: place.column,
                                           message: "\(edit.key) appears twice in this file (first on line \(line))"))
                return
            }
            firstLine[key] = row.line
            // A file with every column the edit sets (notes are set only from a notes column) needs
            // no copy of the edit's fields without the others.
            if edit.fields.keys.allSatisfy(editable.contains) {
                edits.append(edit)
            } else {
                edits.append(ReturnEdit(areaID: edit.areaID, year: edit.year, quarter: edit.quarter,
                                        fields: edit.fields.filter { editable.contains($0.key) }))
            }
        }
        if problems.contains(where: { $0.severity == .error }) { throw .invalid(problems) }
        return edits
    }
}
