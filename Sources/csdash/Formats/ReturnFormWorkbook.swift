import GrantModel
import GrantStore
import OfficeOpenXML

/// `csdash template`: one area's quarterly monitoring return as a one-sheet form. It shows who
/// and what the return is for (funder, area, year, quarter, due date), the area's money for the
/// year, the figures of its last received return and its projects with their budgets; the area
/// fills in the shaded cells (received date, cumulative planned and spend, notes). Workbook-level
/// names mark the cells that `import` reads (`ReturnWorkbook`): `area_id`, `year`, `quarter`,
/// filled in, and `received`, `planned`, `spend`, `notes`; and `area_name`.
struct ReturnFormWorkbook {
    static let sheetName = "Return"

    var grants: Grants
    var area: Area
    var funder: Funder
    var allocation: Allocation
    var year: FinancialYear
    var quarter: Quarter
    var asOf: Day

    /// The fixed places of the named cells (column B); the projects follow below them.
    enum Row {
        static let areaName = 4, areaID = 5, year = 6, quarter = 7, due = 8
        static let allocation = 10, carryForward = 11, total = 12
        static let lastReturn = 14, lastReceived = 15, lastPlanned = 16, lastSpend = 17
        static let inputsHeading = 19, received = 20, planned = 21, spend = 22, notes = 23
        static let projectsHeading = 25
    }

    func document() -> WorkbookDocument {
        var sheet = SheetDocument(name: ReturnFormWorkbook.sheetName)
        sheet.columnWidths = [1: 34, 2: 22, 3: 48, 4: 14]
        let currency = funder.currency
        sheet.put(row: 1, [.text("Quarterly monitoring return: community safety \(year) \(quarter)", .title)])
        sheet.put(row: 2, [.text(funder.name, .bold)])
        label(&sheet, Row.areaName, "Area", .text(area.name, .bold))
        label(&sheet, Row.areaID, "Area id", .text(area.id), note: "the data's name for the area: leave as it is")
        label(&sheet, Row.year, "Financial year", .text("\(year)"))
        label(&sheet, Row.quarter, "Quarter", .text("\(quarter)"), note: year.months(of: quarter))
        let due = year.dueDay(of: quarter, dueDays: funder.returnDueDays)
        label(&sheet, Row.due, "Return due by", WorkbookCells.date(due), note: "\(funder.returnDueDays) days after the quarter ends")
        label(&sheet, Row.allocation, "Allocation \(year)", WorkbookCells.money(allocation.allocation, currency))
        label(&sheet, Row.carryForward, "Carry forward from \(year.previous)", WorkbookCells.money(allocation.carryForward, currency))
        label(&sheet, Row.total, "Total allocation", WorkbookCells.money(allocation.total, currency, .bold))
        lastReturn(&sheet)
        inputs(&sheet)
        projects(&sheet)
        let names = [
            (ReturnWorkbook.formAreaNameName, Row.areaName), ("area_id", Row.areaID), ("year", Row.year), ("quarter", Row.quarter),
            ("received", Row.received), ("planned", Row.planned), ("spend", Row.spend), ("notes", Row.notes),
        ].map { NamedCell(name: $0.0, target: SheetCell(sheet: ReturnFormWorkbook.sheetName, cell: CellReference(column: 2, row: $0.1)!)) }
        return WorkbookDocument(sheets: [sheet], definedNames: names, title: "\(area.name): return for \(year) \(quarter)")
    }

    private func label(_ sheet: inout SheetDocument, _ row: Int, _ text: String, _ value: WrittenCell, note: String? = nil) {
        sheet.put(row: row, [.text(text), value] + (note.map { [.text($0)] } ?? []))
    }

    private func lastReturn(_ sheet: inout SheetDocument) {
        guard let last = grants.lastReceivedReturn(for: area.id, before: quarter, of: year, asOf: asOf), let received = last.received else {
            label(&sheet, Row.lastReturn, "Last return received", .text("none before this one", .bold))
            return
        }
        func figure(_ money: Money?) -> WrittenCell { money.map { WorkbookCells.money($0, funder.currency) } ?? .text("not stated") }
        label(&sheet, Row.lastReturn, "Last return received", .text("\(last.year) \(last.quarter)", .bold))
        label(&sheet, Row.lastReceived, "Received", WorkbookCells.date(received))
        label(&sheet, Row.lastPlanned, "Planned to date", figure(last.planned))
        label(&sheet, Row.lastSpend, "Spend to date", figure(last.spend))
    }

    /// The cells to fill in, shaded; with the figures already recorded when this quarter's
    /// return has arrived, so that a correction starts from them.
    private func inputs(_ sheet: inout SheetDocument) {
        let recorded = grants.monitoringReturn(for: area.id, in: year, quarter: quarter)
        let arrived = recorded?.isReceived(asOf: asOf) == true ? recorded : nil
        let heading = arrived?.received.map { "This return (received \($0.longDescription): correct any figure that is wrong)" }
            ?? "This return: please fill in the shaded cells"
        sheet.put(row: Row.inputsHeading, [.text(heading, .bold)])
        let money = CellStyle(format: .money(symbol: funder.currency.symbol), isInput: true)
        func amount(_ value: Money?) -> WrittenCell {
            value.map { WorkbookCells.money($0, funder.currency, isInput: true) } ?? WrittenCell(.empty, money)
        }
        let received = arrived?.received.map { WorkbookCells.date($0, isInput: true) }
            ?? WrittenCell(.empty, CellStyle(format: .date, isInput: true))
        label(&sheet, Row.received, "Date of this return", received, note: "the day you send it, e.g. 5 Dec 2016")
        label(&sheet, Row.planned, "Planned to date (\(funder.currency.symbol))", amount(arrived?.planned),
              note: "money committed to activities, 1 April to the quarter's end")
        label(&sheet, Row.spend, "Spend to date (\(funder.currency.symbol))", amount(arrived?.spend),
              note: "money spent, 1 April to the quarter's end")
        let notes = arrived.map { $0.notes }.flatMap { $0.isEmpty ? nil : $0 }
        label(&sheet, Row.notes, "Notes", WrittenCell(notes.map(WrittenValue.text) ?? .empty, CellStyle(format: .text, isInput: true, wraps: true)),
              note: "anything the office should know")
    }

    private func projects(_ sheet: inout SheetDocument) {
        let projects = grants.projects(for: area.id, in: year)
        sheet.put(row: Row.projectsHeading, [.text("Projects \(year)", .bold)])
        guard !projects.isEmpty else {
            sheet.put(row: Row.projectsHeading + 1, [.text("No projects recorded for \(year).")])
            return
        }
        sheet.put(row: Row.projectsHeading + 1, ["Project", "Budget", "Theme", "Project id"].map { .text($0, .bold) })
        for (index, project) in projects.enumerated() {
            sheet.put(row: Row.projectsHeading + 2 + index, [
                .text(project.title), WorkbookCells.money(project.budget, funder.currency), .text(project.theme), .text(project.projectID),
            ])
        }
        sheet.put(row: Row.projectsHeading + 2 + projects.count,
                  [.text("Total budget", .bold), WorkbookCells.money(projects.map(\.budget).sum(), funder.currency, .bold)])
    }
}
