import GrantModel

/// What `report` says of review and payment: per area `paid` (money paid in the year by the
/// as-of date), `review_status` and `payment_status` by quarter, `paid` in the totals; and a
/// Paid column in Table 2 when the folder records payments.
extension ReportOutput {
    func paymentMembers(_ position: AreaPosition) -> [(String, JSONValue)] {
        guard let grants else { return [] }
        let area = position.area.id, year = period.year, asOf = period.asOf
        return [
            ("paid", .money(grants.paid(to: area, in: year, asOf: asOf))),
            ("review_status", quarterlyStatus { grants.reviewStatus(for: area, in: year, quarter: $0, asOf: asOf)?.rawValue }),
            ("payment_status", quarterlyStatus { grants.paymentStatus(for: area, in: year, quarter: $0, asOf: asOf).name }),
        ]
    }

    func paidTotalMembers(_ report: FunderReport) -> [(String, JSONValue)] {
        guard let grants else { return [] }
        return [("paid", .money(paidTotal(report, grants)))]
    }

    private func paidTotal(_ report: FunderReport, _ grants: Grants) -> Money {
        report.positions.map { grants.paid(to: $0.area.id, in: period.year, asOf: period.asOf) }.sum()
    }

    private func quarterlyStatus(_ name: (Quarter) -> String?) -> JSONValue {
        .object(Quarter.allCases.map { ("\($0)", .text(name($0))) })
    }

    /// Only a folder with payments.csv rows shows what was paid: without them a column of £0 would
    /// say that nothing was paid, when the folder does not record payments at all.
    var showsPaid: Bool { !(grants?.payments.isEmpty ?? true) }

    /// Table 2 with "Paid to Date" (by the as-of date) before its Comments.
    func withPaid(_ table: BoardTable, _ report: FunderReport) -> BoardTable {
        guard showsPaid, let grants else { return table }
        var table = table
        let paid = report.positions.map { BoardValue.money(grants.paid(to: $0.area.id, in: period.year, asOf: period.asOf)) }
        table.insertColumn(.init(header: "Paid to Date", alignment: .right), at: table.columns.count - 1,
                           values: paid, total: .money(paidTotal(report, grants)))
        return table
    }

    /// The CSV's `paid` column, last, when the folder records payments.
    func paidCSVHeader() -> [String] { showsPaid ? ["paid"] : [] }

    func paidCSVCells(_ position: AreaPosition?, _ report: FunderReport) -> [String] {
        guard showsPaid, let grants else { return [] }
        guard let position else { return [paidTotal(report, grants).plainAmount()] }
        return [grants.paid(to: position.area.id, in: period.year, asOf: period.asOf).plainAmount()]
    }
}
