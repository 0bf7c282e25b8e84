import GrantModel

/// Whether a quarter's payment is held, as the payments view, the panes and the reports judge it:
/// its return overdue or queried on the as-of date and its instalment not paid. An overdue return
/// whose instalment has gone already holds nothing up.
extension DashboardState {
    func isPaymentHeld(_ areaID: AreaID, _ year: FinancialYear, _ quarter: Quarter) -> Bool {
        grants?.isPaymentHeld(for: areaID, in: year, quarter: quarter, asOf: asOf) ?? false
    }

    func isPaymentHeld(_ row: ReturnRow) -> Bool { grants?.isPaymentHeld(row, asOf: asOf) ?? false }
}
