import Cells

/// Keys on the outstanding list: moving, opening a return's area, scrolling the columns, and `a`
/// between the selected funder's year and every funder and year.
extension DashboardState {
    mutating func outstandingKey(_ key: Key) {
        if key == .character("a") {
            outstanding.ofAllFunders.toggle()
            outstanding.cursor = ListCursor()
            keepSelectionVisible()
            say(outstanding.ofAllFunders ? "Outstanding returns of every funder and year" : "Outstanding returns of \(funder?.name ?? "this funder"), \(year)")
            return
        }
        let count = listedOutstanding.count
        guard count > 0 else { return }
        switch key {
        case .enter: openOutstanding(outstanding.cursor.index)
        case .left, .character("h"): outstanding.columns.scroll(by: -1, last: OutstandingScreen.lastColumnOffset(self))
        case .right, .character("l"): outstanding.columns.scroll(by: 1, last: OutstandingScreen.lastColumnOffset(self))
        default:
            guard let move = Viewport.Move(key) else { break }
            let page = OutstandingScreen.pageSize(self)
            outstanding.cursor.apply(move, count: count, page: page)
        }
        keepSelectionVisible()
    }

    /// Opens the area of an outstanding return, in that return's funder, year and quarter.
    mutating func openOutstanding(_ index: Int) {
        guard listedOutstanding.indices.contains(index) else { return }
        let row = listedOutstanding[index]
        funderID = row.funderID
        year = row.year
        quarter = row.quarter
        selectedAreaID = row.area.id
        openDetail(row.area.id)
    }
}
