/// Which cells show dates: a cell's style names a number format, built in (by number) or
/// written into styles.xml (by its format code), and a date format is what tells a date from
/// a number in a workbook.
enum NumberFormats {
    /// The built-in formats that show a day: 14 `m/d/yyyy` (the locale's short date), 15-17,
    /// and 22 `m/d/yyyy h:mm`. 18-21 and 45-47 show only a time of day.
    static let builtInDates: Set<Int> = [14, 15, 16, 17, 22]

    /// A format code shows a day when, outside quoted text, escaped characters and bracketed
    /// sections (colours, conditions, locales, elapsed hours), its first section has a day or a
    /// year in it: `dd/mm/yyyy`, `d mmm yyyy`, `[$-809]dd mmmm yyyy;@`, LibreOffice's `YYYY-MM-DD`.
    /// A month or minute alone (`mm:ss`) is a time; `0.00 "days"` is a number.
    static func isDate(code: String) -> Bool {
        if ["general", "standard"].contains(code.lowercased()) { return false }
        var inQuote = false, inBracket = false, escaped = false
        for character in code {
            if escaped {
                escaped = false
                continue
            }
            if inQuote {
                if character == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if character == "]" { inBracket = false }
                continue
            }
            switch character {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\", "_", "*": escaped = true
            case ";": return false
            case "d", "D", "y", "Y": return true
            default: continue
            }
        }
        return false
    }
}
