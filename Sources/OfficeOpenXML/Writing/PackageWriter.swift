import Foundation
import ZIPFoundation

extension WorkbookDocument {
    /// The .xlsx file's bytes. `file` names the workbook in errors: a sheet name Excel would
    /// refuse, a defined name that is no name or points at no sheet, a cell too long.
    public func xlsx(file: String) throws(WorkbookError) -> [UInt8] {
        try check(file: file)
        var strings = SharedStringTable(), styles = StyleTable()
        var parts: [(name: String, xml: String)] = []
        for (index, sheet) in sheets.enumerated() {
            let xml = try SheetXML.make(sheet, selected: index == 0, file: file, strings: &strings, styles: &styles)
            parts.append(("xl/worksheets/sheet\(index + 1).xml", xml))
        }
        parts.insert(contentsOf: [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties),
            ("docProps/app.xml", appProperties),
            ("xl/workbook.xml", workbookXML),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles.xml),
            ("xl/sharedStrings.xml", strings.xml),
        ], at: 0)
        return try zip(parts, file: file)
    }

    private func check(file: String) throws(WorkbookError) {
        func refuse(_ message: String) -> WorkbookError { WorkbookError(.unwritable, file: file, message: message) }
        guard !sheets.isEmpty else { throw refuse("would have no sheets; a workbook needs one") }
        var seen: Set<String> = []
        for sheet in sheets {
            if let problem = WorkbookDocument.sheetNameProblem(sheet.name) { throw refuse("cannot have a sheet named \"\(sheet.name)\": \(problem)") }
            guard seen.insert(sheet.name.lowercased()).inserted else { throw refuse("would have two sheets named \"\(sheet.name)\"") }
        }
        var names: Set<String> = []
        for named in definedNames {
            guard WorkbookDocument.isValidName(named.name) else { throw refuse("cannot define the name \"\(named.name)\": not a name Excel allows") }
            guard names.insert(named.name.lowercased()).inserted else { throw refuse("would define the name \"\(named.name)\" twice") }
            guard seen.contains(named.target.sheet.lowercased()) else {
                throw refuse("would define \(named.name) on the sheet \"\(named.target.sheet)\", which it does not have")
            }
        }
    }

    /// Excel's rules: 1 to 31 characters, none of `[ ] : * ? / \`, no quote at either end.
    static func sheetNameProblem(_ name: String) -> String? {
        if name.isEmpty || name.count > 31 { return "a sheet name has 1 to 31 characters" }
        if let bad = name.first(where: { "[]:*?/\\".contains($0) }) { return "a sheet name cannot hold \(bad)" }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "a sheet name cannot begin or end with '" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 }) { return "a sheet name cannot hold a control character" }
        return nil
    }

    /// A letter or underscore, then letters, digits, `_` and `.`; not a cell reference (`AB12`) or `R`/`C`.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_", name.count <= 255 else { return false }
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else { return false }
        return CellReference(name) == nil && !["r", "c"].contains(name.lowercased())
    }

    // MARK: Parts

    private var workbookXML: String {
        var xml = XMLWriting.declaration
            + "<workbook xmlns=\"\(XMLWriting.mainNamespace)\" xmlns:r=\"\(XMLWriting.relationshipNamespace)\">"
            + "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(XMLWriting.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        if !definedNames.isEmpty {
            xml += "<definedNames>"
            for named in definedNames.sorted(by: { $0.name.lowercased() < $1.name.lowercased() }) {
                xml += "<definedName name=\"\(XMLWriting.escape(named.name))\">\(XMLWriting.escape(named.target.description))</definedName>"
            }
            xml += "</definedNames>"
        }
        return xml + "</workbook>"
    }

    private var workbookRelationships: String {
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        var xml = XMLWriting.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in sheets.indices {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(type)worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(type)styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(sheets.count + 2)\" Type=\"\(type)sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    private var packageRelationships: String {
        XMLWriting.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>"
    }

    private var contentTypes: String {
        let main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml = XMLWriting.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(main).sheet.main+xml\"/>"
        for index in sheets.indices {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"\(main).worksheet+xml\"/>"
        }
        return xml + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(main).styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(main).sharedStrings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>"
    }

    private var coreProperties: String {
        XMLWriting.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>\(XMLWriting.escape(EscapedText.encode(title)))</dc:title><dc:creator>csdash</dc:creator></cp:coreProperties>"
    }

    private var appProperties: String {
        XMLWriting.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>csdash</Application></Properties>"
    }

    /// The parts deflated into a zip archive, every entry dated the same (1 January 2000), so
    /// that the same document makes the same bytes.
    private func zip(_ parts: [(name: String, xml: String)], file: String) throws(WorkbookError) -> [UInt8] {
        let stamp = Date(timeIntervalSince1970: 946_684_800)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.xml.utf8)
                try archive.addEntry(with: part.name, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let bytes = archive.data else { throw WorkbookError(.unwritable, file: file, message: "could not be assembled") }
            return [UInt8](bytes)
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError(.unwritable, file: file, message: "could not be assembled: \(error)")
        }
    }
}
