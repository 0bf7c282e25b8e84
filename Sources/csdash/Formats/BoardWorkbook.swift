import GrantModel
import OfficeOpenXML

/// `report --format xlsx`: Tables 1 and 2 of each funder, a sheet each, with the board report's
/// heading, headers, comments and totals; the same columns in the same order as the table and
/// CSV outputs (the forecast columns under --forecast, Paid to Date where the folder records
/// payments). Amounts are numbers in the funder's currency format and percentages numbers in a
/// percent format, so that the columns sum.
struct BoardWorkbook {
    var output: ReportOutput

    func document() -> WorkbookDocument {
        var sheets: [SheetDocument] = []
        for report in output.reports {
            for table in output.boardTables(report) {
                let name = WorkbookCells.sheetName("\(table.title) \(report.funder.id)", unlike: sheets.map(\.name))
                sheets.append(sheet(named: name, table, heading: heading(report)))
            }
        }
        if sheets.isEmpty {
            var empty = SheetDocument(name: "Report")
            empty.put(row: 1, [.text("No funder allocates money in \(output.period.year).", .title)])
            sheets.append(empty)
        }
        return WorkbookDocument(sheets: sheets, title: "Community safety \(output.period.year) at \(output.period.quarter): Tables 1 and 2")
    }

    private func heading(_ report: FunderReport) -> String {
        "\(report.funder.name): community safety \(output.period.year) at \(output.period.quarter), \(output.options.asOf("\(output.period.asOf)"))"
            + (report.funder.thresholds.nonStandardNote.map { " (\($0))" } ?? "")
    }

    /// Row 1 the heading, row 2 the table's title, row 3 its headers (kept in view), then a row
    /// per area and the totals in bold.
    private func sheet(named name: String, _ table: BoardTable, heading: String) -> SheetDocument {
        var sheet = SheetDocument(name: name)
        sheet.put(row: 1, [.text(heading, .title)])
        sheet.put(row: 2, [.text(table.title, .bold)])
        sheet.put(row: 3, table.columns.map { WrittenCell(.text($0.header), CellStyle(.bold, wraps: true)) })
        sheet.frozenRows = 3
        for (index, values) in table.values.enumerated() {
            sheet.put(row: 4 + index, values.map { cell($0, table.currency, .normal) })
        }
        sheet.put(row: 4 + table.values.count, table.totalValues.map { cell($0, table.currency, .bold) })
        var headerLines = 1
        for (index, column) in table.columns.enumerated() {
            let isComment = index == table.columns.count - 1 && column.header == "Comments"
            let width = index == 0 ? 26 : isComment ? 60 : 16
            sheet.columnWidths[index + 1] = Double(width)
            headerLines = max(headerLines, (column.header.count + width - 3) / (width - 2))
        }
        // Wrapped headers get the lines they need: not every spreadsheet fits a row to its text.
        sheet.rowHeights[3] = Double(15 * headerLines)
        sheet.printsLandscape = true
        return sheet
    }

    private func cell(_ value: BoardValue, _ currency: Currency, _ emphasis: CellStyle.Emphasis) -> WrittenCell {
        switch value {
        case .text(let text): return WrittenCell(text.isEmpty ? .empty : .text(text), CellStyle(emphasis))
        case .money(let money?): return WorkbookCells.money(money, currency, emphasis)
        case .money(nil): return WrittenCell(.text(BoardTables.unknown), CellStyle(emphasis))
        case .percent(let percent?): return WorkbookCells.percent(percent, emphasis)
        case .percent(nil): return WrittenCell(.empty, CellStyle(emphasis))
        }
    }
}
