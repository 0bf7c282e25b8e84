import Foundation
import Testing

/// Readers of .xlsx that are not csdash's: LibreOffice, headless (from Debian's packages), and
/// openpyxl (in the venv that scripts/ensure-deps.sh --with-tmux makes), driven through
/// Tests/Fixtures/xlsx/workbooks.py.
enum SpreadsheetClients {
    static let python = packageRoot.appendingPathComponent(".build/test-venv/bin/python")
    static let script = packageRoot.appendingPathComponent("Tests/Fixtures/xlsx/workbooks.py")

    /// workbooks.py with `arguments`; fails the test when it fails.
    static func openpyxl(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        try #require(FileManager.default.isExecutableFile(atPath: python.path),
                     "no \(python.path): run scripts/ensure-deps.sh --with-tmux, which makes the venv with openpyxl",
                     sourceLocation: sourceLocation)
        let result = try run(python, [script.path] + arguments)
        try #require(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        return result
    }

    /// What openpyxl reads of each workbook: `workbooks.py dump`, by path.
    static func dump(_ paths: [String]) throws -> [String: [String: Any]] {
        let output = try openpyxl(["dump"] + paths).stdout
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [String: Any]])
    }

    /// A sheet of a dump as rows of cell text (numbers as JSON writes them), and the number
    /// format and boldness of each cell by reference.
    static func sheet(_ dumped: [String: Any], _ name: String) throws -> (rows: [[String]], formats: [String: String], bold: Set<String>) {
        let sheets = try #require(dumped["sheets"] as? [String: [[Any]]])
        let cells = try #require(sheets[name], "no sheet \(name): \(sheets.keys.sorted())")
        var rows: [[String]] = [], formats: [String: String] = [:], bold: Set<String> = []
        for cell in cells {
            let reference = try #require(cell[0] as? String)
            let text = cell[1] as? String ?? number(cell[1]).map { "\($0)" } ?? (isNull(cell[1]) ? "" : "\(cell[1])")
            formats[reference] = cell[2] as? String
            if cell[3] as? Bool == true { bold.insert(reference) }
            let letters = reference.prefix { $0.isLetter }, row = try #require(Int(reference.dropFirst(letters.count)))
            let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
            while rows.count < row { rows.append([]) }
            while rows[row - 1].count < column { rows[row - 1].append("") }
            rows[row - 1][column - 1] = text
        }
        return (rows, formats, bold)
    }

    static func soffice(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        let path = try #require(["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                "LibreOffice (soffice) is not installed: run scripts/ensure-deps.sh --with-tmux", sourceLocation: sourceLocation)
        return URL(fileURLWithPath: path)
    }

    /// Every sheet of a workbook to its own CSV, `NAME-SHEET.csv`: comma, double quote, UTF-8,
    /// cells as stored (not as shown), all sheets (the last option, -1).
    static let everySheetAsCSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    /// Saved again as Excel 2007-365 (.xlsx), as a person who opens the file in LibreOffice does.
    static let excelWorkbook = "xlsx:Calc MS Excel 2007 XML"

    /// One LibreOffice run converting `files` into `outdir`, with a profile of its own in `work`
    /// so that no other LibreOffice is disturbed.
    static func libreOffice(_ files: [String], to filter: String, outdir: URL, work: URL,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let converted = try run(try soffice(sourceLocation: sourceLocation),
                                ["-env:UserInstallation=file://\(work.path)/profile", "--headless", "--convert-to", filter,
                                 "--outdir", outdir.path] + files,
                                environment: ["HOME": work.path])
        try #require(converted.status == 0, "\(converted)", sourceLocation: sourceLocation)
    }

    /// A CSV LibreOffice wrote, as rows of cells.
    static func csv(_ url: URL) throws -> [[String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.isEmpty ? [] : SpreadsheetSafeCSVTests.cells(text)
    }
}
