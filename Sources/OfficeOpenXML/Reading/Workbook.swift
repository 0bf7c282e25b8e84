import Foundation

/// An .xlsx workbook opened for reading: its sheets' names, its defined names and its date
/// system; a sheet's cells are read when asked for, so a large sheet that is never asked for costs
/// nothing. Everything is read within `WorkbookLimits`, and every problem is a `WorkbookError`
/// naming the file, and the sheet and cell where there is one.
public struct Workbook {
    public let file: String
    public let sheetNames: [String]
    public let definedNames: [DefinedName]
    public let dateSystem: DateSystem

    private var archive: PartArchive
    private let sheetParts: [String]
    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    private let limits: WorkbookLimits

    /// Reads the workbook at `path`; `file` is how messages name it (default: `path`).
    public static func open(path: String, file: String? = nil, limits: WorkbookLimits = .standard) throws(WorkbookError) -> Workbook {
        let name = file ?? path
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = errno == ENOENT || errno == ENOTDIR ? "does not exist" : "cannot be read (\(String(cString: strerror(errno))))"
            throw WorkbookError(.unreadable, file: name, message: reason)
        }
        // Only a regular file: a pipe would wait for a writer, and a device never ends.
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw WorkbookError(.unreadable, file: name, message: "is a folder, not a workbook")
        case S_IFIFO: throw WorkbookError(.unreadable, file: name, message: "is a pipe (FIFO), not a regular file")
        default: throw WorkbookError(.unreadable, file: name, message: "is not a regular file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw WorkbookError(.unreadable, file: name, message: "cannot be read (no permission?)")
        }
        defer { try? handle.close() }
        // One byte past the limit says that the file is too large, without reading all of it.
        let data: Data
        do {
            data = try handle.read(upToCount: limits.fileBytes + 1) ?? Data()
        } catch {
            throw WorkbookError(.unreadable, file: name, message: "cannot be read (\((error as NSError).localizedDescription))")
        }
        return try open(bytes: [UInt8](data), file: name, limits: limits)
    }

    public static func open(bytes: [UInt8], file: String, limits: WorkbookLimits = .standard) throws(WorkbookError) -> Workbook {
        guard bytes.count <= limits.fileBytes else {
            throw WorkbookError(file: file, message: "is larger than csdash reads of a workbook (\(WorkbookLimits.describe(bytes: limits.fileBytes)))")
        }
        var archive = try PartArchive(bytes: bytes, file: file, limits: limits)
        func parse<T>(_ part: String, _ parser: ([UInt8]) throws(XMLProblem) -> T) throws(WorkbookError) -> T? {
            guard let bytes = try archive.read(part) else { return nil }
            do {
                return try parser(bytes)
            } catch {
                throw WorkbookError(file: file, message: "has a part \(part) that is not well-formed XML: it \(error.message) (line \(error.line))")
            }
        }
        let packageLinks = try parse("_rels/.rels") { bytes throws(XMLProblem) in try PartParsers.relationships(bytes, base: "") } ?? []
        let workbookPart = packageLinks.first { $0.kind == "officeDocument" }?.target ?? "xl/workbook.xml"
        guard let workbook = try parse(workbookPart, PartParsers.workbook) else {
            throw WorkbookError(file: file, message: Workbook.notAWorkbook(archive))
        }
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPart.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let links = try parse(relsPart) { bytes throws(XMLProblem) in try PartParsers.relationships(bytes, base: folder) } ?? []
        var sheetParts: [String] = []
        for sheet in workbook.sheets {
            guard let target = links.first(where: { $0.id == sheet.relationshipID })?.target else {
                throw WorkbookError(file: file, sheet: sheet.name, message: "is listed in the workbook but has no part: the workbook is damaged")
            }
            sheetParts.append(target)
        }
        guard !workbook.sheets.isEmpty else { throw WorkbookError(file: file, message: "has no sheets") }
        let strings = try links.first { $0.kind == "sharedStrings" }.flatMap { link throws(WorkbookError) in
            try parse(link.target, PartParsers.sharedStrings)
        } ?? []
        let styles = try links.first { $0.kind == "styles" }.flatMap { link throws(WorkbookError) in
            try parse(link.target, PartParsers.dateStyles)
        } ?? []
        return Workbook(file: file, sheetNames: workbook.sheets.map(\.name), definedNames: workbook.definedNames,
                        dateSystem: workbook.dateSystem, archive: archive, sheetParts: sheetParts,
                        sharedStrings: strings, dateStyles: styles, limits: limits)
    }

    /// The sheet at `index` (0 is the first), its cells read now.
    public mutating func worksheet(at index: Int) throws(WorkbookError) -> Worksheet {
        let name = sheetNames[index]
        guard let bytes = try archive.read(sheetParts[index]) else {
            throw WorkbookError(file: file, sheet: name, message: "has no part \(sheetParts[index]) in the file: the workbook is damaged")
        }
        let parser = SheetParser(name: name, sharedStrings: sharedStrings, dateStyles: dateStyles, dateSystem: dateSystem,
                                 limits: limits, file: file)
        return try parser.parse(bytes)
    }

    /// The sheet named `name` (compared as Excel does, without regard to case), or nil.
    public mutating func worksheet(named name: String) throws(WorkbookError) -> Worksheet? {
        guard let index = sheetNames.firstIndex(where: { $0.lowercased() == name.lowercased() }) else { return nil }
        return try worksheet(at: index)
    }

    /// A name of the whole workbook (names are compared without regard to case, as Excel does),
    /// else one of a sheet's; nil when the workbook has no such name.
    public func definedName(_ name: String) -> DefinedName? {
        let matching = definedNames.filter { $0.name.lowercased() == name.lowercased() }
        return matching.first { $0.sheetIndex == nil } ?? matching.first
    }

    /// Why a zip archive without a workbook part is not a workbook: named after what it is, when
    /// that is plain (a Word document, a presentation, an OpenDocument spreadsheet).
    private static func notAWorkbook(_ archive: PartArchive) -> String {
        if archive.contains("word/document.xml") { return "is a Word document, not an .xlsx workbook" }
        if archive.contains("ppt/presentation.xml") { return "is a PowerPoint presentation, not an .xlsx workbook" }
        if archive.contains("content.xml") && archive.contains("mimetype") {
            return "is an OpenDocument file (.ods?), not an .xlsx workbook: save it as Excel 2007-365 (.xlsx)"
        }
        return "is a zip archive without a workbook part (xl/workbook.xml): not an .xlsx workbook"
    }
}
