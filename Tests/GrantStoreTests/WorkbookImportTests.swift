import Foundation
import GrantModel
import GrantStore
import OfficeOpenXML
import Testing

/// `csdash import` of an .xlsx workbook (`ReturnFile`): a filled return form, or a table on the
/// first sheet, checked as a CSV return file is, with every problem at its sheet and cell.
struct WorkbookImportTests {
    typealias Scratch = ReturnWorkbookTests.ScratchWorkbook
    static let today = d("2026-12-04")
    static let money = CellStyle(format: .money(symbol: "£"))
    static let date = CellStyle(format: .date)

    /// A return form as `csdash template` lays one out: the area's name, its key, the cells to fill.
    static func form(name: String = "Solihull MBC", areaID: String = "solihull", year: String = "2016/17", quarter: String = "Q2",
                     received: WrittenCell? = WrittenCell(.date(CalendarDate(year: 2016, month: 12, day: 5)!), date),
                     planned: WrittenCell? = WrittenCell(.number("214454"), money),
                     spend: WrittenCell? = WrittenCell(.number("160000"), money), notes: String = "") -> WorkbookDocument {
        var sheet = SheetDocument(name: "Return form")
        sheet.put(row: 4, column: 3, [.text(name)])
        sheet.put(row: 5, column: 3, [.text(areaID)])
        sheet.put(row: 6, column: 3, [.text(year)])
        sheet.put(row: 7, column: 3, [.text(quarter)])
        for (row, cell) in [(20, received), (21, planned), (22, spend)] {
            if let cell { sheet.put(row: row, column: 3, [cell]) }
        }
        if !notes.isEmpty { sheet.put(row: 23, column: 3, [.text(notes)]) }
        let rows = ["area_name": 4, "area_id": 5, "year": 6, "quarter": 7, "received": 20, "planned": 21, "spend": 22, "notes": 23]
        return WorkbookDocument(sheets: [sheet], definedNames: rows.sorted { $0.value < $1.value }.map { name, row in
            NamedCell(name: name, target: SheetCell(sheet: "Return form", cell: CellReference(column: 3, row: row)!))
        })
    }

    static func read(_ document: WorkbookDocument, name: String = "solihull-q2.xlsx") throws -> Result<[ReturnEdit], WriteError> {
        let file = try Scratch(document, name: name)
        let grants = try #require(try DataFolder.load(sampleDataPath).grants)
        var warnings: [Diagnostic] = []
        do throws(WriteError) {
            return .success(try ReturnFile.edits(from: file.path, for: grants, today: today, warnings: &warnings))
        } catch {
            // The scratch file's path, as messages give it, made the name alone.
            guard case .invalid(let problems) = error else { return .failure(error) }
            return .failure(.invalid(problems.map { problem in
                var named = problem
                named.path = problem.path.replacingOccurrences(of: file.folder.path + "/", with: "")
                return named
            }))
        }
    }

    /// The lines a refused workbook gives.
    static func refusal(_ document: WorkbookDocument, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        switch try read(document) {
        case .success(let edits):
            Issue.record("expected a refusal, got \(edits)", sourceLocation: sourceLocation)
            return []
        case .failure(.invalid(let problems)): return problems.map(\.description)
        case .failure(let other):
            Issue.record("expected .invalid, got \(other)", sourceLocation: sourceLocation)
            return []
        }
    }

    @Test func aFilledFormIsOneEdit() throws {
        let edits = try Self.read(Self.form(spend: .text(" £ 160,000.00 "), notes: "late, sorry")).get()
        #expect(edits == [ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q2,
                                     fields: ["received": "2016-12-05", "planned": "214454", "spend": "160000", "notes": "late, sorry"])])
    }

    @Test func aFormForAnotherAreaThanItSaysIsRefused() throws {
        #expect(try Self.refusal(Self.form(name: "Dudley MBC")) == [
            "solihull-q2.xlsx:'Return form'!C4: error: the form is for \"Dudley MBC\" but its area_id solihull is Solihull MBC in this data folder: a form for one area is not a return of another; make the form again with csdash template --area solihull",
        ])
    }

    @Test func aFormForAQuarterThatDoesNotExistIsRefused() throws {
        let noAllocation = try Self.refusal(Self.form(year: "2014/15"))
        #expect(noAllocation == [
            "solihull-q2.xlsx:'Return form'!C6: error: Solihull MBC has no allocation for 2014/15 in this data folder, so there is no such return: check the year, or make the form again with csdash template",
        ], "\(noAllocation)")
        #expect(try Self.refusal(Self.form(quarter: "Q5")) == [
            "solihull-q2.xlsx:'Return form'!C7: error: quarter \"Q5\" is not a quarter: write Q1, Q2, Q3 or Q4",
        ])
    }

    @Test func anEmptyFormIsRefusedClearly() throws {
        #expect(try Self.refusal(Self.form(received: nil, planned: WrittenCell(.empty, Self.money), spend: nil)) == [
            "solihull-q2.xlsx:'Return form'!C20: error: the form is empty: nothing is filled in at received, planned, spend, notes; fill in the return, save the workbook, and import it again",
        ])
    }

    @Test func aFormWithNotesButNoDateIsRefused() throws {
        #expect(try Self.refusal(Self.form(received: nil, planned: nil, spend: nil, notes: "to follow")) == [
            "solihull-q2.xlsx:'Return form'!C20: error: received is empty: fill in the date the return was made, e.g. 05/12/2016",
        ])
    }

    @Test func everyProblemOfAFilledFormIsAtItsCell() throws {
        #expect(try Self.refusal(Self.form(received: .text("31/11/2016"), spend: .text("(1,234)"))) == [
            "solihull-q2.xlsx:'Return form'!C20: error: received \"31/11/2016\" is not a date that exists: November 2016 has 30 days",
            "solihull-q2.xlsx:'Return form'!C22: error: spend \"(1,234)\" is negative (a figure in brackets is negative, as Excel's Accounting format writes it): amounts may not be negative; write zero or more",
        ])
    }

    @Test func aTableOnTheFirstSheetIsAnEditPerRow() throws {
        let edits = try Self.read(ReturnWorkbookTests.table(), name: "q.xlsx").get()
        #expect(edits == [
            ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q2,
                       fields: ["received": "2016-12-05", "planned": "214454", "spend": "160000", "notes": ""]),
            ReturnEdit(areaID: "dudley", year: fy("2016/17"), quarter: .q3,
                       fields: ["received": "2017-01-06", "planned": "176000", "spend": "0", "notes": "x"]),
        ])
    }

    @Test func aTableRowsProblemsAreAtTheirCells() throws {
        var sheet = SheetDocument(name: "Returns")
        sheet.put(row: 1, ["area_id", "year", "quarter", "received", "spend", "officer"].map { WrittenCell.text($0) })
        sheet.put(row: 2, [.text("solihull"), .text("2016/17"), .text("Q2"), .text("2016-12-05"), .text("€5"), .text("Ann")])
        sheet.put(row: 3, [.text("atlantis"), .text("2016/17"), .text("Q2"), .text("2016-12-05"), .text("5"), .text("Bob")])
        #expect(try Self.refusal(WorkbookDocument(sheets: [sheet])) == [
            "solihull-q2.xlsx:Returns!E2: error: spend \"€5\" is in € but this funder's currency is GBP (£): write the amount in £, or with no symbol",
            "solihull-q2.xlsx:Returns!A3: error: area_id \"atlantis\" is not an area of this data folder",
        ])
    }
}
