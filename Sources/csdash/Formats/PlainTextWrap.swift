/// Words laid into lines (a line break in the text, as a query typed into a spreadsheet may
/// hold, is a space here) for plain-text mail: at most `width` characters where the words allow
/// (a word longer than a line stands alone, unbroken: a URL or a reference must stay whole).
enum PlainTextWrap {
    static func lines(_ text: String, width: Int = 72, indent: String = "") -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
            if line.isEmpty {
                line = indent + word
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = indent + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
