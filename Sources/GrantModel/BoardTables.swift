/// Tables 1 and 2 of the Strategic Policing and Crime Board report of 6 December 2016: the one
/// layout that the report formats and the dashboard's board screen both show. Each cell is a
/// value (`values`: money, a percentage, text) and the text it shows (`rows`), so that a format
/// that keeps numbers as numbers (a workbook) shows the same cells as the ones that print text.
public struct BoardTable: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case left, right }

    public struct Column: Hashable, Sendable {
        public var header: String
        public var alignment: Alignment

        public init(header: String, alignment: Alignment) {
            self.header = header
            self.alignment = alignment
        }
    }

    public var title: String
    public var columns: [Column]
    public var rows: [[String]]
    public var totals: [String]
    /// The cells of `rows` and `totals` as values, in the same places.
    public private(set) var values: [[BoardValue]]
    public private(set) var totalValues: [BoardValue]
    public let currency: Currency

    init(title: String, columns: [Column], values: [[BoardValue]], totalValues: [BoardValue], currency: Currency) {
        self.title = title
        self.columns = columns
        self.values = values
        self.totalValues = totalValues
        self.currency = currency
        rows = values.map { $0.map { $0.text(in: currency) } }
        totals = totalValues.map { $0.text(in: currency) }
    }

    /// Adds a column at `index`: a value for each row, and one for the totals.
    public mutating func insertColumn(_ column: Column, at index: Int, values columnValues: [BoardValue], total: BoardValue) {
        columns.insert(column, at: index)
        for (row, value) in columnValues.enumerated() {
            values[row].insert(value, at: index)
            rows[row].insert(value.text(in: currency), at: index)
        }
        totalValues.insert(total, at: index)
        totals.insert(total.text(in: currency), at: index)
    }
}

/// A cell of a board table.
public enum BoardValue: Hashable, Sendable {
    case text(String)
    /// nil: a figure the return did not state (`—`).
    case money(Money?)
    /// A whole percent; nil: no percent (no total to be a share of), shown empty.
    case percent(Int?)

    public func text(in currency: Currency) -> String {
        switch self {
        case .text(let text): return text
        case .money(let value): return BoardTables.money(value, currency)
        case .percent(let value): return BoardTables.percent(value)
        }
    }
}

public enum BoardTables {
    /// Shown where a return did not state a figure.
    public static let unknown = "—"

    /// Table 1: allocation, carry forward, total, planned, remainder, % allocated.
    public static func allocation(_ report: FunderReport) -> BoardTable {
        let period = report.period, currency = report.funder.currency
        let columns = leadingColumns(period) + [
            .init(header: "Planned Allocation as per \(period.quarter) Return", alignment: .right),
            .init(header: "Remainder to be Allocated", alignment: .right),
            .init(header: "% Allocated", alignment: .right),
            .init(header: "Comments", alignment: .left),
        ]
        let rows: [[BoardValue]] = report.positions.map { position in
            leadingCells(position) + [
                .money(position.planned), .money(position.remainder), .percent(position.percentAllocated), .text(position.comment),
            ]
        }
        let totals = report.totals
        let totalRow = leadingTotals(totals) + [.money(totals.planned), .money(totals.remainder), .text(""), .text("")]
        return BoardTable(title: "Table 1", columns: columns, values: rows, totalValues: totalRow, currency: currency)
    }

    /// Table 2: allocation, carry forward, total, cumulative spend each quarter, % spend; with a
    /// threshold, the run-rate forecast columns too (outturn, underspend, flag), before Comments.
    public static func spend(_ report: FunderReport, forecastThresholdPercent threshold: Int? = nil) -> BoardTable {
        let period = report.period, currency = report.funder.currency
        let quarters = period.quarter.throughThis
        let forecasts = threshold.map { report.forecasts(thresholdPercent: $0) }
        let columns = leadingColumns(period)
            + quarters.map { BoardTable.Column(header: "\($0) Spend", alignment: .right) }
            + [.init(header: "% Spend at \(period.quarter)", alignment: .right)]
            + (threshold.map { forecastColumns(thresholdPercent: $0) } ?? [])
            + [.init(header: "Comments", alignment: .left)]
        let rows: [[BoardValue]] = report.positions.enumerated().map { index, position in
            leadingCells(position)
                + quarters.map { .money(position.spendByQuarter[$0]) }
                + [.percent(position.percentSpend)]
                + (forecasts.map { forecastValues($0[index]) } ?? [])
                + [.text(forecastComment(position, forecasts?[index]))]
        }
        let totals = report.totals
        var totalRow: [BoardValue] = leadingTotals(totals) + quarters.map { .money(totals.spendByQuarter[$0]) } + [.text("")]
        if let threshold {
            let sums = report.forecastTotals(thresholdPercent: threshold)
            totalRow += [.money(sums.outturn), .money(sums.underspend),
                         .text(sums.flaggedCount == 0 ? "" : "\(flagMark) \(sums.flaggedCount) flagged")]
        }
        return BoardTable(title: "Table 2", columns: columns, values: rows, totalValues: totalRow + [.text("")], currency: currency)
    }

    /// The area's comment; beside a forecast from carried figures, which quarter it scales.
    public static func forecastComment(_ position: AreaPosition, _ forecast: Forecast?) -> String {
        guard let forecast, forecast.isFromCarriedFigures else { return position.comment }
        return position.comment + "; forecast from \(forecast.basis) figures"
    }

    /// Marks a flagged forecast in text that may be ASCII only.
    public static let flagMark = "!"

    public static func forecastColumns(thresholdPercent: Int) -> [BoardTable.Column] {
        [.init(header: "Forecast Outturn", alignment: .right),
         .init(header: "Forecast Underspend", alignment: .right),
         .init(header: "Forecast Flag (over \(thresholdPercent)%)", alignment: .left)]
    }

    /// Outturn, underspend (negative: overspend) and the flag: `! underspend 45%` above the
    /// threshold, `overspend 24%` for a forecast overspend, empty otherwise; `—` when the return
    /// does not state spend.
    private static func forecastValues(_ forecast: Forecast?) -> [BoardValue] {
        guard let forecast else { return [.money(nil), .money(nil), .text("")] }
        return [.money(forecast.outturn), .money(forecast.underspend), .text(flag(forecast))]
    }

    public static func flag(_ forecast: Forecast) -> String {
        let share = forecast.shareText.map { " \($0)" } ?? ""
        if forecast.isFlagged { return "\(flagMark) underspend\(share)" }
        if forecast.isOverspend { return "overspend\(share)" }
        return ""
    }

    private static func leadingColumns(_ period: ReportPeriod) -> [BoardTable.Column] {
        [
            .init(header: "Local Authority", alignment: .left),
            .init(header: "\(period.year) Allocation", alignment: .right),
            .init(header: "\(period.year.previous) Carry Forward", alignment: .right),
            .init(header: "\(period.year) Total Allocation", alignment: .right),
        ]
    }

    private static func leadingCells(_ position: AreaPosition) -> [BoardValue] {
        [.text(position.area.name), .money(position.allocation.allocation), .money(position.allocation.carryForward),
         .money(position.total)]
    }

    private static func leadingTotals(_ totals: Totals) -> [BoardValue] {
        [.text("Total"), .money(totals.allocation), .money(totals.carryForward), .money(totals.total)]
    }

    public static func money(_ value: Money?, _ currency: Currency) -> String {
        value?.formatted(in: currency) ?? unknown
    }

    public static func percent(_ value: Int?) -> String {
        value.map { Percent.text($0) } ?? ""
    }
}
