/// Why a workbook could not be read or written, and where: `FILE: error: …` for the file as a
/// whole, `FILE:Sheet1: error: …` for a sheet, `FILE:Sheet1!C7: error: …` for a cell.
public struct WorkbookError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The file is not there or cannot be read (as a missing data folder: no input).
        case unreadable
        /// The file is there but is not a workbook csdash can read, or breaks a limit.
        case invalid
        /// A workbook to be written breaks a rule of the format (a sheet name, a cell too long).
        case unwritable
    }

    public var kind: Kind
    public var file: String
    public var sheet: String?
    /// The cell, as `C7`, when the problem is one cell's.
    public var cell: CellReference?
    public var message: String

    public init(_ kind: Kind = .invalid, file: String, sheet: String? = nil, cell: CellReference? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.message = message
    }

    /// `FILE`, `FILE:Sheet1` or `FILE:Sheet1!C7` (a sheet name quoted as Excel quotes it).
    public var location: String {
        guard let sheet else { return file }
        guard let cell else { return "\(file):\(CellReference.quoted(sheet: sheet))" }
        return "\(file):\(CellReference.quoted(sheet: sheet))!\(cell)"
    }

    public var description: String { "\(location): error: \(message)" }
}
