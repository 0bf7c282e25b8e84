/// What a file's first bytes say it is, so that a file that is not an .xlsx workbook is named for
/// what it is: a password-protected workbook or an old .xls (both OLE compound files), a CSV
/// renamed, or something else altogether.
enum FileSignature {
    /// D0 CF 11 E0 A1 B1 1A E1: an OLE compound file. Excel writes an encrypted .xlsx as one,
    /// as it wrote every .xls before 2007.
    static let compoundFile: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// `PK\3\4`, a zip archive's first local file header; `PK\5\6` an empty archive.
    static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    static func check(_ bytes: [UInt8], file: String) throws(WorkbookError) {
        if bytes.isEmpty { throw WorkbookError(file: file, message: "is empty, not an .xlsx workbook") }
        if bytes.starts(with: compoundFile) {
            throw WorkbookError(file: file, message: "is password-protected or old .xls: csdash reads .xlsx workbooks without a password; in Excel, remove the password (File > Info > Protect Workbook) or save as Excel Workbook (.xlsx)")
        }
        if bytes.starts(with: zip) { return }
        if looksLikeText(bytes) {
            throw WorkbookError(file: file, message: "is a text file (a CSV renamed?), not an .xlsx workbook: give it a .csv name to import it as CSV, or save it from the spreadsheet as Excel Workbook (.xlsx)")
        }
        throw WorkbookError(file: file, message: "is not an .xlsx workbook (not a zip archive)")
    }

    /// No NUL and no other C0 control but tab, line feed, carriage return and form feed in the
    /// first few kilobytes: UTF-8, Windows-1252 or Latin-1 text.
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(4096).allSatisfy { $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
    }
}
