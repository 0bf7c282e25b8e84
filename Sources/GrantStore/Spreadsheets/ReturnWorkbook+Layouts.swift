import GrantModel
import OfficeOpenXML

/// Reading the two layouts of `ReturnWorkbook`: a form by its defined names, a table by its header.
extension ReturnWorkbook {
    static func form(_ workbook: inout Workbook) throws -> ReturnWorkbook {
        var sheets: [String: Worksheet] = [:]
        var problems: [Diagnostic] = []
        func cell(named name: String) throws -> WorkbookText? {
            guard let defined = workbook.definedName(name) else { return nil }
            guard let target = defined.cell, let index = workbook.sheetNames.firstIndex(where: { $0.lowercased() == target.sheet.lowercased() }) else {
                problems.append(Diagnostic(path: workbook.file, message: "the name \(name) stands for \(defined.formula.terminalSafe), not one cell of a sheet of this workbook"))
                return nil
            }
            let sheetName = workbook.sheetNames[index]
            if sheets[sheetName] == nil { sheets[sheetName] = try workbook.worksheet(at: index) }
            let location = CellLocation(file: workbook.file, sheet: sheetName, cell: target.cell)
            return try text(sheets[sheetName]?[target.cell], at: location, problems: &problems)
        }
        var columns: [WorkbookText] = []
        var row: [String: WorkbookText] = [:]
        for name in formKeyNames + formInputNames {
            guard let found = try cell(named: name) else { continue }
            columns.append(WorkbookText(text: name, location: found.location))
            row[name] = found
        }
        let areaName = try cell(named: formAreaNameName)
        guard problems.isEmpty else { throw WriteError.invalid(problems) }
        return ReturnWorkbook(file: workbook.file, layout: .form, columns: columns, rows: [WorkbookRow(cells: row)],
                              formAreaName: areaName)
    }

    static func table(_ workbook: inout Workbook) throws -> ReturnWorkbook {
        let sheet = try workbook.worksheet(at: 0)
        var problems: [Diagnostic] = []
        func location(_ reference: CellReference) -> CellLocation {
            CellLocation(file: workbook.file, sheet: sheet.name, cell: reference)
        }
        var rows = sheet.rows[...]
        while let first = rows.first, first.allSatisfy({ $0.value.text.trimmed.isEmpty }) { rows = rows.dropFirst() }
        guard let headerCells = rows.popFirst() else {
            throw WriteError.invalid([Diagnostic(path: "\(workbook.file):\(CellReference.quoted(sheet: sheet.name))", message: "is empty: \(noReturns)")])
        }
        var columnByNumber: [Int: WorkbookText] = [:]
        var columns: [WorkbookText] = []
        for cell in headerCells {
            guard let name = try text(cell.value, at: location(cell.reference), problems: &problems), !name.text.isEmpty else { continue }
            if let earlier = columns.first(where: { $0.text == name.text }) {
                problems.append(name.location.diagnostic("the column \(name.text.terminalSafe) appears twice (first at \(earlier.location.cell))"))
                continue
            }
            columns.append(name)
            columnByNumber[cell.reference.column] = name
        }
        let missing = formKeyNames.filter { key in !columns.contains { $0.text == key } }
        guard missing.isEmpty else {
            let header = "\(workbook.file):\(CellReference.quoted(sheet: sheet.name))"
            throw WriteError.invalid(problems + [Diagnostic(path: header, message: "has no column \(missing.joined(separator: ", ")) in its first row (\(headerCells[0].reference.row)): \(noReturns)")])
        }
        var records: [WorkbookRow] = []
        for cells in rows {
            var record: [String: WorkbookText] = [:]
            var blank = true
            for cell in cells {
                guard let read = try text(cell.value, at: location(cell.reference), problems: &problems), !read.text.isEmpty else { continue }
                blank = false
                guard let column = columnByNumber[cell.reference.column] else {
                    problems.append(read.location.diagnostic("holds \"\(String(read.text.prefix(40)).terminalSafe)\" in a column with no name in the header row (row \(headerCells[0].reference.row)): name the column or clear it"))
                    continue
                }
                record[column.text] = read
            }
            guard !blank, let rowNumber = cells.first?.reference.row else { continue }
            for (number, column) in columnByNumber where record[column.text] == nil {
                if let reference = CellReference(column: number, row: rowNumber) {
                    record[column.text] = WorkbookText(text: "", location: location(reference))
                }
            }
            records.append(WorkbookRow(cells: record))
        }
        guard problems.isEmpty else { throw WriteError.invalid(problems) }
        return ReturnWorkbook(file: workbook.file, layout: .table, columns: columns, rows: records, formAreaName: nil)
    }

    static let noReturns = "a return workbook is either a form made by csdash template, or a table whose first row holds returns.csv's column names (area_id, year, quarter, received, planned, spend, notes)"

    /// A cell's value as trimmed text; an error value is a problem (and nil).
    private static func text(_ value: CellValue?, at location: CellLocation, problems: inout [Diagnostic]) throws -> WorkbookText? {
        guard let value else { return WorkbookText(text: "", location: location) }
        if case .error(let code) = value {
            problems.append(location.diagnostic("holds the error \(code.terminalSafe), not a value: correct the cell"))
            return nil
        }
        return WorkbookText(text: value.text.trimmed, location: location)
    }
}

private extension String {
    /// Without white space at either end: spaces, tabs, line breaks typed with Alt+Enter, and the
    /// no-break spaces that text pasted from a web page or a PDF brings.
    var trimmed: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
