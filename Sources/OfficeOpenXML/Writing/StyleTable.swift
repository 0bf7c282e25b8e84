/// The cell styles a document uses, numbered in order of first use (0 is the plain default), and
/// styles.xml describing them: fonts (regular, bold, a larger bold title), the input cells' pale
/// fill and box, and the number formats (money by its symbol, percent, date, text).
struct StyleTable {
    private(set) var styles: [CellStyle] = [CellStyle()]
    private var numbers: [CellStyle: Int] = [CellStyle(): 0]

    /// The style's number (the `s` of a cell), adding it when new.
    mutating func index(of style: CellStyle) -> Int {
        if let known = numbers[style] { return known }
        styles.append(style)
        numbers[style] = styles.count - 1
        return styles.count - 1
    }

    /// Custom number formats are numbered from 164, as Excel numbers them.
    private var customFormats: [(id: Int, code: String)] {
        var found: [String] = []
        for style in styles {
            guard let code = StyleTable.customCode(style.format), !found.contains(code) else { continue }
            found.append(code)
        }
        return found.enumerated().map { (164 + $0.offset, $0.element) }
    }

    private static func customCode(_ format: CellStyle.Format) -> String? {
        switch format {
        case .money(let symbol): return "\"\(symbol.replacingOccurrences(of: "\"", with: ""))\"#,##0.00"
        case .date: return "d mmm yyyy"
        case .general, .percent, .text: return nil
        }
    }

    private func formatID(_ format: CellStyle.Format, _ custom: [(id: Int, code: String)]) -> Int {
        switch format {
        case .general: return 0
        case .percent: return 9
        case .text: return 49
        case .money, .date: return custom.first { $0.code == StyleTable.customCode(format) }?.id ?? 0
        }
    }

    var xml: String {
        let custom = customFormats
        var xml = XMLWriting.declaration + "<styleSheet xmlns=\"\(XMLWriting.mainNamespace)\">"
        if !custom.isEmpty {
            xml += "<numFmts count=\"\(custom.count)\">"
            for format in custom { xml += "<numFmt numFmtId=\"\(format.id)\" formatCode=\"\(XMLWriting.escape(format.code))\"/>" }
            xml += "</numFmts>"
        }
        xml += "<fonts count=\"3\">"
            + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        xml += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF2CC\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        let thin = "<left style=\"thin\"><color rgb=\"FF7F7F7F\"/></left><right style=\"thin\"><color rgb=\"FF7F7F7F\"/></right>"
            + "<top style=\"thin\"><color rgb=\"FF7F7F7F\"/></top><bottom style=\"thin\"><color rgb=\"FF7F7F7F\"/></bottom><diagonal/>"
        xml += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>\(thin)</border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(styles.count)\">"
        for style in styles { xml += cellFormat(style, custom) }
        xml += "</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        xml += "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>"
        return xml
    }

    private func cellFormat(_ style: CellStyle, _ custom: [(id: Int, code: String)]) -> String {
        let font: Int
        switch style.emphasis {
        case .normal: font = 0
        case .bold: font = 1
        case .title: font = 2
        }
        let format = formatID(style.format, custom)
        var xml = "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"\(style.isInput ? 2 : 0)\" borderId=\"\(style.isInput ? 1 : 0)\" xfId=\"0\""
        if format != 0 { xml += " applyNumberFormat=\"1\"" }
        if font != 0 { xml += " applyFont=\"1\"" }
        if style.isInput { xml += " applyFill=\"1\" applyBorder=\"1\"" }
        guard style.wraps else { return xml + "/>" }
        return xml + " applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    }
}
