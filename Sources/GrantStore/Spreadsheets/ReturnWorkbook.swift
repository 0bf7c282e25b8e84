import GrantModel
import OfficeOpenXML

/// Returns read from an .xlsx workbook, as rows of text cells keyed by returns.csv's column
/// names, each cell with where it came from, so that the checks of a CSV return file can run on
/// them and point at `FILE:Sheet1!C7`. A workbook is either
/// - a **return form** (`csdash template`): found by its defined names `area_id`, `year`,
///   `quarter` and, where defined, `received`, `planned`, `spend`, `notes`; one row; or
/// - a **table** on its first sheet: a header row of returns.csv's column names (the first row
///   with anything in it), one return a row.
/// Text is trimmed; a number reads as plain decimal text (`214454`, `0.5`), a day in a date cell
/// as `2016-12-05`, whichever date system the workbook uses; blank rows and columns with neither
/// a name nor a value are left out.
public struct ReturnWorkbook: Sendable {
    public enum Layout: Hashable, Sendable {
        case form
        case table
    }

    /// The workbook as messages name it.
    public var file: String
    public var layout: Layout
    /// The columns read, in order: a table's header cells, or a form's named cells.
    public var columns: [WorkbookText]
    public var rows: [WorkbookRow]
    /// The area's name as a form shows it (its `area_name` cell), for checking that the form is
    /// the area's it says; nil for a table or a form without one.
    public var formAreaName: WorkbookText?

    public var columnNames: [String] { columns.map(\.text) }

    /// The form names that say a workbook is a return form, and those an area fills in.
    public static let formKeyNames = ["area_id", "year", "quarter"]
    public static let formInputNames = ["received", "planned", "spend", "notes"]
    /// The name of the cell showing the area's name on a form.
    public static let formAreaNameName = "area_name"

    /// Reads the workbook at `path` (`file`: how messages name it, default `path`). A file that is
    /// not there or cannot be read is `.noFolder(.unreadable)` (no input, exit 66); anything else
    /// wrong is `.invalid` with every problem found, each at its sheet and cell where it has one.
    public static func read(path: String, file: String? = nil,
                            limits: WorkbookLimits = .standard) throws(WriteError) -> ReturnWorkbook {
        let name = file ?? path
        do {
            var workbook = try Workbook.open(path: path, file: name, limits: limits)
            let present = formKeyNames.filter { workbook.definedName($0) != nil }
            if present.isEmpty { return try table(&workbook) }
            guard present.count == formKeyNames.count else {
                let missing = formKeyNames.filter { !present.contains($0) }
                throw WriteError.invalid([Diagnostic(path: name, message: "looks like a return form (it names \(present.joined(separator: ", "))) but has no cell named \(missing.joined(separator: ", ")): make a new one with csdash template")])
            }
            return try form(&workbook)
        } catch let error as WorkbookError {
            if error.kind == .unreadable { throw .noFolder(.unreadable(path: name, reason: error.message)) }
            throw .invalid([Diagnostic(path: error.location, message: error.message)])
        } catch let error as WriteError {
            throw error
        } catch {
            throw .invalid([Diagnostic(path: name, message: "\(error)")])
        }
    }
}

/// A cell's text and where it is.
public struct WorkbookText: Hashable, Sendable {
    public var text: String
    public var location: CellLocation

    public init(text: String, location: CellLocation) {
        self.text = text
        self.location = location
    }
}

/// One return: its cells by column name. A column the row has no value in is there, empty, at
/// the cell where the value would be.
public struct WorkbookRow: Hashable, Sendable {
    public var cells: [String: WorkbookText]

    public init(cells: [String: WorkbookText]) { self.cells = cells }

    /// The cell's text, empty when the row has no such column.
    public func text(_ column: String) -> String { cells[column]?.text ?? "" }
}

/// `FILE:Sheet1!C7`, `FILE:'Return form'!C7`: where a value of a workbook is.
public struct CellLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var sheet: String
    public var cell: CellReference

    public init(file: String, sheet: String, cell: CellReference) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
    }

    public var description: String { "\(file):\(CellReference.quoted(sheet: sheet))!\(cell)" }

    /// A problem at this cell, printed as `FILE:Sheet1!C7: error: message` (the location stands in
    /// the diagnostic's path, with no line or column).
    public func diagnostic(_ message: String, severity: Diagnostic.Severity = .error) -> Diagnostic {
        Diagnostic(path: description, severity: severity, message: message)
    }
}
