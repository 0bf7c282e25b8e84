import GrantModel
import GrantStore

/// What `report --since D1` shows: in Table 2 a column pair after the % spend, % spend on D1 and
/// its change since; in CSV the same figures and the standings, last, so that every other column
/// keeps its place; in JSON a `since` object per area and the events of the window.
extension ReportOutput {
    /// Table 2 with `% Spend on D1` and `Change since D1` after its `% Spend at Q`.
    func withSince(_ table: BoardTable, _ report: FunderReport) -> BoardTable {
        guard let since = options.since,
              let spendColumn = table.columns.firstIndex(where: { $0.header.hasPrefix("% Spend at") }) else { return table }
        let movements = report.positions.map(since.movement)
        var table = table
        table.insertColumn(.init(header: "% Spend on \(since.day)", alignment: .right), at: spendColumn + 1,
                           values: movements.map { .percent($0.then?.percentSpend) }, total: .text(""))
        table.insertColumn(.init(header: "Change since \(since.day)", alignment: .right), at: spendColumn + 2,
                           values: movements.map { .text(AreaMovement.pointsText($0.percentSpendChange)) }, total: .text(""))
        return table
    }

    func sinceCSVHeader() -> [String] {
        options.since == nil ? [] : ["since", "pct_spend_then", "pct_spend_change", "pct_allocated_then",
                                     "pct_allocated_change", "status_then", "status_now", "standing_then", "standing_now"]
    }

    /// The percentages are numbers, the statuses and standings text; nil: the totals row, which has none.
    func sinceCSVCells(_ position: AreaPosition?) -> [SpreadsheetCell] {
        guard let since = options.since else { return [] }
        guard let position else { return [.text("\(since.day)")] + Array(repeating: "", count: 8) }
        let movement = since.movement(position)
        let then = movement.then
        return [.text("\(since.day)"),
                .number(ReportOutput.csvPercent(movement.then?.percentSpend)), .number(movement.percentSpendChange.map(String.init) ?? ""),
                .number(ReportOutput.csvPercent(movement.then?.percentAllocated)), .number(movement.percentAllocatedChange.map(String.init) ?? ""),
                .text(then.map(ReportOutput.quarterStatus) ?? ""), .text(ReportOutput.quarterStatus(position)),
                .text(movement.standingThen?.words ?? ""), .text(movement.standingNow.words)]
    }

    /// The area's `since` object: the board of D1 (its period), % spend and % allocated then and
    /// their change, the standing then and now, and whether anything moved.
    func sinceMembers(_ position: AreaPosition) -> [(String, JSONValue)] {
        guard let since = options.since else { return [] }
        let movement = since.movement(position)
        let then = movement.then
        return [("since", .object([
            ("date", .string("\(since.day)")),
            ("year", .text(then.map { "\($0.period.year)" })),
            ("quarter", .text(then.map { "\($0.period.quarter)" })),
            ("pct_spend_then", .percent(then?.spend, of: then?.total ?? .zero)),
            ("pct_spend_change", .int(movement.percentSpendChange)),
            ("pct_allocated_then", .percent(then?.planned, of: then?.total ?? .zero)),
            ("pct_allocated_change", .int(movement.percentAllocatedChange)),
            ("status_then", .text(then.map(ReportOutput.quarterStatus))),
            ("status_now", .string(ReportOutput.quarterStatus(position))),
            ("standing_then", .text(movement.standingThen?.words)),
            ("standing_now", .string(movement.standingNow.words)),
            ("moved", .bool(movement.hasMoved)),
        ]))]
    }

    /// The return status of the report quarter by its contract name: `received`, `overdue`...
    static func quarterStatus(_ position: AreaPosition) -> String {
        position.statuses[position.period.quarter]?.name ?? ""
    }

    /// The top level's `since` date and `changes` (the events of the funders shown), when asked.
    func sinceTopMembers() -> [(String, JSONValue)] {
        guard let since = options.since else { return [] }
        let shown = Set(reports.map(\.funder.id))
        let events = since.changes.events.filter { shown.contains($0.funderID) }
        return [("since", .string("\(since.day)")), ("changes", .array(events.map(ChangesOutput.json)))]
    }
}
