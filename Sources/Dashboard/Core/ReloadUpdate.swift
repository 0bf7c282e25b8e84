import GrantModel

/// Reading the folder again after a change on disk: whether a read is under way, and whether a
/// change was seen that no read has taken in yet.
struct FolderReads: Hashable, Sendable {
    var inFlight = false
    var wanted = false
}

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

    /// The files changed on disk: read them again, but not over another read (one read, once it
    /// is done, takes in every change seen meanwhile), a save (whose outcome is the folder as the
    /// save left it) or the complete load behind a first look (which reads the files as they are).
    mutating func readFolderIfWanted() -> [Effect] {
        guard folderReads.wanted, !folderReads.inFlight, saves.isEmpty, unread.isEmpty else { return [] }
        folderReads = FolderReads(inFlight: true, wanted: false)
        return [.reloadFolder]
    }
}
