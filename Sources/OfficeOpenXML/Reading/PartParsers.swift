/// The small parts of a workbook, each read into what csdash needs of it: the package's and the
/// workbook's relationships, workbook.xml (sheets, defined names, date system), styles.xml (which
/// cell styles show dates) and the shared strings.
enum PartParsers {
    /// Each relationship's id and its target, resolved against the folder of the part it belongs
    /// to (`worksheets/sheet1.xml` from xl/_rels/workbook.xml.rels is `xl/worksheets/sheet1.xml`),
    /// with its type's last word (`officeDocument`, `worksheet`, `styles`, `sharedStrings`).
    struct Relationship: Equatable {
        var id: String
        var target: String
        var kind: String
    }

    static func relationships(_ bytes: [UInt8], base: String) throws(XMLProblem) -> [Relationship] {
        var reader = XMLReader(bytes)
        var found: [Relationship] = []
        while let event = try reader.next() {
            guard case .start(let element) = event, element.name == "Relationship",
                  let id = element["Id"], let target = element["Target"], element["TargetMode"] != "External" else { continue }
            let kind = element["Type"].map { String($0.split(separator: "/").last ?? "") } ?? ""
            found.append(Relationship(id: id, target: resolve(target, base: base), kind: kind))
        }
        return found
    }

    /// A relationship target as a part name: absolute targets lose their `/`, relative ones are
    /// joined to `base` with `..` and `.` worked out.
    static func resolve(_ target: String, base: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(piece)
            }
        }
        return components.joined(separator: "/")
    }

    struct WorkbookPart {
        struct Sheet: Equatable {
            var name: String
            var relationshipID: String
        }

        var sheets: [Sheet] = []
        var definedNames: [DefinedName] = []
        var dateSystem = DateSystem.from1900
    }

    static func workbook(_ bytes: [UInt8]) throws(XMLProblem) -> WorkbookPart {
        var reader = XMLReader(bytes)
        var part = WorkbookPart()
        var pendingName: (name: String, sheet: Int?, hidden: Bool)?
        var formula = ""
        while let event = try reader.next() {
            switch event {
            case .start(let element) where element.name == "workbookPr":
                if let value = element["date1904"], value == "1" || value == "true" { part.dateSystem = .from1904 }
            case .start(let element) where element.name == "sheet":
                guard let name = element["name"], let id = element.attribute(localName: "id") else {
                    throw reader.problem("has a <sheet> without a name or a relationship id")
                }
                part.sheets.append(.init(name: name, relationshipID: id))
            case .start(let element) where element.name == "definedName":
                guard let name = element["name"] else { throw reader.problem("has a <definedName> without a name") }
                pendingName = (name, element["localSheetId"].flatMap { Int($0) }, element["hidden"] == "1")
                formula = ""
            case .text(let text) where pendingName != nil:
                formula += text
            case .end(let name) where name == "definedName":
                if let pending = pendingName {
                    part.definedNames.append(DefinedName(name: pending.name, sheetIndex: pending.sheet, formula: formula,
                                                         isHidden: pending.hidden))
                }
                pendingName = nil
            default:
                continue
            }
        }
        return part
    }

    /// For each cell style (the `s` of a cell, an index into `<cellXfs>`), whether it shows a date.
    static func dateStyles(_ bytes: [UInt8]) throws(XMLProblem) -> [Bool] {
        var reader = XMLReader(bytes)
        var customDates: [Int: Bool] = [:]
        var styles: [Bool] = []
        var inCellFormats = false
        while let event = try reader.next() {
            switch event {
            case .start(let element) where element.name == "numFmt":
                if let id = element["numFmtId"].flatMap({ Int($0) }), let code = element["formatCode"] {
                    customDates[id] = NumberFormats.isDate(code: code)
                }
            case .start(let element) where element.name == "cellXfs":
                inCellFormats = true
            case .end(let name) where name == "cellXfs":
                inCellFormats = false
            case .start(let element) where element.name == "xf" && inCellFormats:
                let id = element["numFmtId"].flatMap { Int($0) } ?? 0
                styles.append(customDates[id] ?? NumberFormats.builtInDates.contains(id))
            default:
                continue
            }
        }
        return styles
    }

    /// The shared strings, in order: each `<si>`'s text runs joined, phonetic guides left out.
    static func sharedStrings(_ bytes: [UInt8]) throws(XMLProblem) -> [String] {
        var reader = XMLReader(bytes)
        var strings: [String] = []
        var current = "", inItem = false, inText = false, phoneticDepth = 0
        while let event = try reader.next() {
            switch event {
            case .start(let element):
                switch element.name {
                case "si": inItem = true; current = ""
                case "rPh": phoneticDepth += 1
                case "t": inText = inItem && phoneticDepth == 0
                default: continue
                }
            case .end(let name):
                switch name {
                case "si": strings.append(EscapedText.decode(current)); inItem = false
                case "rPh": phoneticDepth -= 1
                case "t": inText = false
                default: continue
                }
            case .text(let text):
                if inText { current += text }
            }
        }
        return strings
    }
}

/// A workbook's name for a cell or a range: `received` for `'Return'!$C$14`.
public struct DefinedName: Hashable, Sendable {
    public var name: String
    /// The sheet (by position) the name belongs to; nil for a name of the whole workbook.
    public var sheetIndex: Int?
    /// What the name stands for, as written: `Return!$C$14`, `#REF!`, a formula.
    public var formula: String
    public var isHidden: Bool

    public init(name: String, sheetIndex: Int? = nil, formula: String, isHidden: Bool = false) {
        self.name = name
        self.sheetIndex = sheetIndex
        self.formula = formula
        self.isHidden = isHidden
    }

    /// The one cell the name stands for; nil when it is a range, a formula or `#REF!`.
    public var cell: SheetCell? {
        SheetCell(String(formula.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()))
    }
}
