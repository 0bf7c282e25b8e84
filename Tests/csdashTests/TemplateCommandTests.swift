import Foundation
import GrantStore
import OfficeOpenXML
import Testing

/// `csdash template`: a return form for one area's quarter, or a folder of them, read back with
/// csdash's own workbook reader (SpreadsheetClientTests opens them in LibreOffice and openpyxl).
@Suite struct TemplateCommandTests {
    /// A scratch folder for the forms; removed when released.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-template-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static func cells(_ path: String) throws -> [String: String] {
        var workbook = try Workbook.open(path: path)
        let sheet = try workbook.worksheet(at: 0)
        return Dictionary(uniqueKeysWithValues: sheet.cells.map { ($0.reference.description, $0.value.text) })
    }

    @Test func solihullsQ2FormShowsItsFiguresAndNamesItsCells() throws {
        let scratch = try Scratch()
        let form = scratch.path("solihull-q2.xlsx")
        let result = try csdash("template", "sample-data", "--area", "solihull", "--year", "2016/17", "--quarter", "Q2",
                                "--output", form, "--as-of", "2016-12-06")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "\(form): Solihull MBC 2016/17 Q2 return form\n")
        let workbook = try Workbook.open(path: form)
        #expect(workbook.sheetNames == ["Return"])
        let names = Dictionary(uniqueKeysWithValues: workbook.definedNames.map { ($0.name, $0.formula) })
        #expect(names == ["area_name": "Return!$B$4", "area_id": "Return!$B$5", "year": "Return!$B$6", "quarter": "Return!$B$7",
                          "received": "Return!$B$20", "planned": "Return!$B$21", "spend": "Return!$B$22", "notes": "Return!$B$23"])
        let cells = try Self.cells(form)
        #expect(cells["A1"] == "Quarterly monitoring return: community safety 2016/17 Q2")
        #expect(cells["A2"] == "West Midlands Police and Crime Commissioner")
        #expect(["B4", "B5", "B6", "B7", "C7", "B8"].map { cells[$0] } == ["Solihull MBC", "solihull", "2016/17", "Q2", "July to September 2016", "2016-10-30"])
        #expect(["B10", "B11", "B12"].map { cells[$0] } == ["214454", "0", "214454"], "allocation, carry forward, total")
        #expect(["B14", "B15", "B16", "B17"].map { cells[$0] } == ["2016/17 Q1", "2016-07-25", "214454", "133454"], "the last return received")
        #expect(["B20", "B21", "B22", "B23"].allSatisfy { cells[$0] == nil }, "the cells to fill in are empty")
        #expect(cells["A26"] == "No projects recorded for 2016/17.")

        let read = try ReturnWorkbook.read(path: form)
        #expect(read.layout == .form)
        #expect(read.rows.map { ["area_id", "year", "quarter", "received", "planned", "spend", "notes"].map($0.text) }
            == [["solihull", "2016/17", "Q2", "", "", "", ""]])
    }

    /// A return already in: its figures fill the cells, for a correction; projects and their total.
    @Test func aReceivedReturnsFormStartsFromItsFiguresAndListsTheProjects() throws {
        let scratch = try Scratch()
        let form = scratch.path("q1.xlsx")
        let result = try csdash("template", "sample-data", "--area", "solihull", "--year", "2016/17", "--quarter", "Q1", "--output", form)
        #expect(result.status == 0, "\(result)")
        let row = try #require(try ReturnWorkbook.read(path: form).rows.first)
        #expect(["received", "planned", "spend"].map(row.text) == ["2016-07-25", "214454", "133454"])
        #expect(try Self.cells(form)["A19"]?.hasPrefix("This return (received 25 Jul 2016: correct any figure") == true)

        let projects = scratch.path("wolverhampton.xlsx")
        let withProjects = try csdash("template", "sample-data", "--area", "wolverhampton", "--year", "2017/18", "--quarter", "Q1",
                                      "--output", projects)
        #expect(withProjects.status == 0, "\(withProjects)")
        let cells = try Self.cells(projects)
        #expect(["A26", "B26", "C26", "D26"].map { cells[$0] } == ["Project", "Budget", "Theme", "Project id"])
        #expect(cells["A41"] == "Total budget" && cells["A40"] != nil && cells["A42"] == nil, "14 projects, then their total")
        #expect(cells["B14"] == "2016/17 Q2", "the last return received is the year before's latest")
    }

    /// --all: one form per area with an outstanding or coming return, named for an email.
    @Test func allWritesAFolderOfFormsOnceOnly() throws {
        let scratch = try Scratch()
        let folder = scratch.path("forms")
        let result = try csdash("template", "sample-data", "--as-of", "2016-12-06", "--all", "--output", folder)
        #expect(result.status == 0, "\(result)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["birmingham-2016-17-Q3.xlsx", "coventry-2016-17-Q3.xlsx", "dudley-2016-17-Q3.xlsx", "sandwell-2016-17-Q3.xlsx",
                          "solihull-2016-17-Q2.xlsx", "walsall-2016-17-Q3.xlsx", "wolverhampton-2016-17-Q3.xlsx"])
        #expect(result.stdoutLines.contains("\(folder)/solihull-2016-17-Q2.xlsx: Solihull MBC 2016/17 Q2, overdue 37 days"), "\(result)")
        #expect(result.stdoutLines.contains("\(folder)/birmingham-2016-17-Q3.xlsx: Birmingham CC 2016/17 Q3, coming (not due yet)"), "\(result)")
        #expect(result.stdoutLines.dropLast().last == "7 return forms written to \(folder)")
        let dudley = try ReturnWorkbook.read(path: "\(folder)/dudley-2016-17-Q3.xlsx")
        #expect(dudley.rows.first.map { [$0.text("area_id"), $0.text("quarter")] } == ["dudley", "Q3"])

        let again = try csdash("template", "sample-data", "--as-of", "2016-12-06", "--all", "--output", folder)
        #expect(again.status == 73, "yesterday's forms are never mixed with today's: \(again)")
        #expect(again.stderr.contains("already holds files"), "\(again)")

        let mercia = try csdash("template", "sample-data", "--as-of", "2024-05-01", "--all", "--funder", "west-mercia",
                                "--output", scratch.path("mercia"))
        #expect(mercia.status == 0, "\(mercia)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("mercia")).sorted()
            == ["herefordshire-2023-24-Q1.xlsx", "shropshire-2023-24-Q1.xlsx", "telford-wrekin-2023-24-Q1.xlsx",
                "worcestershire-2023-24-Q1.xlsx", "worcs-districts-2023-24-Q1.xlsx"], "\(mercia)")
    }

    @Test(arguments: [
        (["--area", "nowhere"], "csdash: error: --area 'nowhere' is not an area_id in areas.csv"),
        (["--area", "solihull", "--year", "2030/31"], "csdash: error: solihull has no allocation in 2030/31 (allocations.csv), so no return is due for it"),
        (["--area", "solihull", "--quarter", "Q7"], "'Q7' is not a quarter: write Q1, Q2, Q3 or Q4"),
        (["--all", "--area", "solihull"], "--all writes every area's next return: leave out --area and --quarter"),
        ([], "name the area with --area A, or write every area's form with --all"),
        (["--all", "--funder", "west-mids"], "--funder 'west-mids' is not a funder_id"),
    ])
    func usageMistakesExit64(arguments: [String], message: String) throws {
        let scratch = try Scratch()
        let result = try csdash(["template", "sample-data", "--output", scratch.path("x.xlsx")] + arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("x.xlsx")))
    }

    @Test func aFileThatCannotBeWrittenExits73Or74() throws {
        let scratch = try Scratch()
        let missing = try csdash("template", "sample-data", "--area", "solihull", "--year", "2016/17", "--quarter", "Q2",
                                 "--output", scratch.path("no/such/folder/x.xlsx"))
        #expect(missing.status == 73, "\(missing)")
        #expect(missing.stderr.contains("\(scratch.path("no/such/folder/x.xlsx")): error: cannot create"), "\(missing)")
        try FileManager.default.createDirectory(atPath: scratch.path("taken.xlsx"), withIntermediateDirectories: true)
        let folder = try csdash("template", "sample-data", "--area", "solihull", "--year", "2016/17", "--quarter", "Q2",
                                "--output", scratch.path("taken.xlsx"))
        #expect(folder.status == 74, "\(folder)")
    }
}
