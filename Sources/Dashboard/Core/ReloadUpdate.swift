import GrantModel

/// Files changed on disk: take the new data when it is valid, keeping the funder, year, view and
/// selection where they still exist; keep the last good data on screen when it is not.
extension DashboardState {
    mutating func reload(_ loaded: FolderContents, announce: Bool = true) {
        guard let newGrants = loaded.grants else {
            reloadProblems = loaded.errors
            if grants == nil {
                diagnostics = loaded.diagnostics
            } else {
                say("files changed but have \(loaded.errors.count) error\(loaded.errors.count == 1 ? "" : "s"): showing the last good data · ! lists them")
            }
            return
        }
        unread = loaded.unread
        let previousIndex = selectedIndex
        let selectedPayment = selectedPaymentRow?.key
        let wasShowingErrors = grants == nil
        grants = newGrants
        diagnostics = loaded.diagnostics
        reloadProblems = []
        if case .problems = mode { mode = .normal }
        if case .error(let shown) = screen { screen = shown.then }
        if funderID.flatMap(newGrants.funder) == nil {
            funderID = newGrants.funders(allocatingIn: year).first?.id ?? newGrants.funders.first?.id
        }
        if !funderYears.contains(year), !funderYears.isEmpty {
            takeTheFundersDefaultPeriod()
        }
        selectFirstAreaIfNeeded(previousIndex: previousIndex)
        if case .detail(let shown)? = screen.dashboard, !areas.contains(where: { $0.id == shown.areaID }) {
            screen.setDashboard(Screen(shown.from))
        }
        refreshOutstanding()
        refreshCaches()
        keepPaymentSelection(selectedPayment)
        keepSelectionVisible()
        formFollows(newGrants)
        if announce { say(wasShowingErrors ? "the data folder is valid again" : "reloaded: files changed on disk") }
    }
}
