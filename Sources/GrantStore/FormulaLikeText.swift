extension RowReader {
    /// The first characters with which a spreadsheet takes a typed value for a formula. (`-` is
    /// left out: `-` starts a negative number and a bulleted note far more often than an attack;
    /// csdash's own CSV output guards it all the same.)
    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "@")]

    /// Warns about each of the text `columns` whose value begins with `=`, `+` or `@`: opened in a
    /// spreadsheet, the file would run it (a `=HYPERLINK(...)` that sends data away). csdash's CSV
    /// output writes such a value as text, but the folder's own file keeps it as it is.
    mutating func warnIfFormulaLike(_ columns: [String]) {
        for column in columns {
            let first = withText(column) { $0.first }
            guard let first, RowReader.formulaStarts.contains(first), !RowReader.isTelephoneNumber(text(column)) else { continue }
            let start = Character(Unicode.Scalar(first))
            warn(column, "\(column) \(quoted(text(column))) begins with \(start), so a spreadsheet opening this file would run it as a formula: if it is text, start it with something else (csdash's own CSV output writes it with a leading ')")
        }
    }

    /// `+44 121 303 1234`: a contact's number, which a spreadsheet cannot run as anything harmful.
    static func isTelephoneNumber(_ text: String) -> Bool {
        text.hasPrefix("+") && text.dropFirst().contains(where: \.isNumber)
            && text.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || " ()-".contains($0)) }
    }
}
