/// Made-up projects.csv files for the minimal folder (`DataFolderFixture`: areas bham and
/// solihull, funder wm in GBP), with every kind of thing a block's end may fall inside or between:
/// quoted fields holding commas, quotes and line ends (LF and CRLF), blank rows, a byte-order
/// mark (and U+FEFF starting a row), long and non-ASCII texts; rows with bad fields, unknown
/// areas, too few or too many fields, amounts too large to total; keys repeated within a run or
/// met again after it; and, now and then, something the reader refuses or a header with a
/// problem.
struct MadeUpProjects {
    var numbers: SplitMix64

    mutating func file() -> [UInt8] {
        let lineEnd = numbers.oneIn(3) ? "\r\n" : "\n"
        var lines: [String] = []
        while numbers.oneIn(6) { lines.append(numbers.pick(["", ",,", " "])) }
        var header = ["area_id", "year", "project_id", "title", "theme", "budget", "spend", "notes"]
        if numbers.oneIn(5) { header.append("extra") }
        if numbers.oneIn(40) { header[2] = numbers.pick(["projectid", "title"]) }
        lines.append(header.joined(separator: ","))
        let hugeAmounts = numbers.oneIn(4)
        var groups: [String] = []
        for _ in 0..<numbers.next(7) {
            // A group (an area and year) is met again now and then; a row repeats a project_id.
            let group = !groups.isEmpty && numbers.oneIn(10)
                ? numbers.pick(groups)
                : "\(numbers.pick(["bham", "bham", "solihull", " solihull", "bhma", "\u{FEFF}bham"])),\(numbers.pick(["2016/17", "2017/18", "2016/18"]))"
            groups.append(group)
            for item in 1...(1 + numbers.next(8)) {
                let id = numbers.oneIn(15) ? "P\(max(item - 1, 1))" : "P\(item)"
                var fields = [group, id, title(), theme(), budget(huge: hugeAmounts), spend(huge: hugeAmounts), notes()]
                if header.count == 9 { fields.append(numbers.pick(["", "x", "\"y\nz\""])) }
                if numbers.oneIn(40) { fields.removeLast() }
                if numbers.oneIn(40) { fields.append("stray") }
                lines.append(fields.joined(separator: ","))
                if numbers.oneIn(10) { lines.append(numbers.pick(["", ",,,,,,,", "  "])) }
            }
        }
        if numbers.oneIn(30) {
            lines.append(numbers.pick(["bham,2016/17,P9,\"never closed,Youth,1,,", "bham,2016/17,P\"9,T,Youth,1,,",
                                       "bham,2016/17,P9,T\r,Youth,1,,"]))
        }
        var text = lines.joined(separator: lineEnd)
        if !numbers.oneIn(4) { text += lineEnd }
        var bytes = Array(text.utf8)
        if numbers.oneIn(5) { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        if numbers.oneIn(40) { bytes.insert(0xFF, at: numbers.next(bytes.count + 1)) }
        return bytes
    }

    private mutating func title() -> String {
        numbers.pick(["Youth diversion", "\"Diversion, north\"", "\"Line one\nline two\"", "\"The \"\"Hub\"\"\"",
                      "\"CR\r\nLF\"", "Café", " Youth ", "e\u{301}", "\"\"", "A title long enough to be shared"])
    }

    private mutating func theme() -> String {
        numbers.oneIn(30) ? "" : numbers.pick(["Youth", "Community engagement", "\"Exploitation\""])
    }

    private mutating func budget(huge: Bool) -> String {
        if huge && numbers.oneIn(2) { return "999999999999999" }
        return numbers.oneIn(25) ? numbers.pick(["12O", "", "-5", "€5"]) : numbers.pick(["300", "1,200.50", "£1,200", "0.5"])
    }

    private mutating func spend(huge: Bool) -> String {
        if huge && numbers.oneIn(2) { return "999999999999999" }
        return numbers.oneIn(40) ? "€5" : numbers.pick(["", "50", "50.5", "\"1,000\""])
    }

    private mutating func notes() -> String {
        numbers.pick(["", "", "note", "\"multi\nline, note\"", "\"a\"\"b\"", "\"\r\n\""])
    }
}
