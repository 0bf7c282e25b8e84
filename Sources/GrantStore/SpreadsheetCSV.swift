/// One cell of a CSV written for people: text, or a number csdash computed.
public enum SpreadsheetCell: Hashable, Sendable, ExpressibleByStringLiteral {
    case text(String)
    /// An amount, a percentage or a count of days, as csdash writes it (`-1.00`, `57`). Written
    /// bare so that a spreadsheet reads it as a number; anything else is guarded as text.
    case number(String)

    public init(stringLiteral value: String) { self = .text(value) }
}

/// Every CSV csdash writes for people (report, returns, the 360Giving CSV): RFC 4180 as `CSVWriter`
/// writes it, with each text cell that a spreadsheet would run as a formula written with a leading
/// `'` (OWASP's advice on CSV injection). The data folder's own files do not come here: they keep
/// their bytes (`CSVWriter`).
public enum SpreadsheetCSV {
    public static func write(_ rows: [[SpreadsheetCell]]) -> String {
        CSVWriter.text(rows.map { $0.map(written) })
    }

    /// The text of one cell as it goes into the file.
    public static func written(_ cell: SpreadsheetCell) -> String {
        switch cell {
        case .text(let text): return guarded(text)
        case .number(let text): return isPlainNumber(text) ? text : guarded(text)
        }
    }

    /// `text` with a leading `'` when it begins with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return: a spreadsheet shows the rest as text and drops the quote.
    public static func guarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `-?[0-9]+(.[0-9]+)?`: what csdash writes for a number; nothing else goes out bare.
    static func isPlainNumber(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
