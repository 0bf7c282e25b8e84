import GrantModel

/// The outstanding list (`2`), as `a` scopes it and the sort and filter (`s`, `O`) arrange it.
extension DashboardState {
    /// The outstanding view's list: the selected funder's returns of the selected year (the ones
    /// the header counts), or every funder's of every year after `a`.
    public var listedOutstanding: [ReturnRow] {
        arrangement.isDefault ? outstandingInScope : shownLists.outstanding
    }

    /// The outstanding returns `a` chooses, in the order kept.
    var outstandingInScope: [ReturnRow] {
        outstanding.ofAllFunders ? outstandingRows : outstandingRows.filter { $0.funderID == funderID && $0.year == year }
    }
}
