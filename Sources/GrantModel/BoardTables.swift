/// Tables 1 and 2 of the Strategic Policing and Crime Board report of 6 December 2016,
/// as cells of text: the one layout that the report formats and the
/// dashboard's board screen both show.
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
        let rows = report.positions.map { position in
            leadingCells(position, currency) + [
                money(position.planned, currency), money(position.remainder, currency),
                percent(position.percentAllocated), position.comment,
            ]
        }
        let totals = report.totals
        let totalRow = leadingTotals(totals, currency) + [money(totals.planned, currency), money(totals.remainder, currency), "", ""]
        return BoardTable(title: "Table 1", columns: columns, rows: rows, totals: totalRow)
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
        let rows = report.positions.enumerated().map { index, position in
            leadingCells(position, currency)
                + quarters.map { money(position.spendByQuarter[$0], currency) }
                + [percent(position.percentSpend)]
                + (forecasts.map { forecastCells($0[index], currency) } ?? [])
                + [forecastComment(position, forecasts?[index])]
        }
        let totals = report.totals
        var totalRow = leadingTotals(totals, currency) + quarters.map { money(totals.spendByQuarter[$0], currency) } + [""]
        if let threshold {
            let sums = report.forecastTotals(thresholdPercent: threshold)
            totalRow += [money(sums.outturn, currency), money(sums.underspend, currency),
                         sums.flaggedCount == 0 ? "" : "\(flagMark) \(sums.flaggedCount) flagged"]
        }
        return BoardTable(title: "Table 2", columns: columns, rows: rows, totals: totalRow + [""])
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
    public static func forecastCells(_ forecast: Forecast?, _ currency: Currency) -> [String] {
        guard let forecast else { return [unknown, unknown, ""] }
        return [money(forecast.outturn, currency), money(forecast.underspend, currency), flag(forecast)]
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

    private static func leadingCells(_ position: AreaPosition, _ currency: Currency) -> [String] {
        [position.area.name, position.allocation.allocation.formatted(in: currency),
         position.allocation.carryForward.formatted(in: currency), position.total.formatted(in: currency)]
    }

    private static func leadingTotals(_ totals: Totals, _ currency: Currency) -> [String] {
        ["Total", totals.allocation.formatted(in: currency), totals.carryForward.formatted(in: currency),
         totals.total.formatted(in: currency)]
    }

    public static func money(_ value: Money?, _ currency: Currency) -> String {
        value?.formatted(in: currency) ?? unknown
    }

    public static func percent(_ value: Int?) -> String {
        value.map { Percent.text($0) } ?? ""
    }
}
