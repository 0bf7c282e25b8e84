import Cells

/// Keys on the outstanding list: moving, opening a return's area, scrolling the columns, and `a`
/// between the selected funder's year and every funder and year.
extension DashboardState {
    mutating func outstandingKey(_ key: Key) {
        if key == .character("a") {
            outstandingOfAllFunders.toggle()
            outstandingIndex = 0
            outstandingScroll = 0
            keepSelectionVisible()
            say(outstandingOfAllFunders ? "Outstanding returns of every funder and year" : "Outstanding returns of \(funder?.name ?? "this funder"), \(year)")
            return
        }
        let count = listedOutstanding.count
        guard count > 0 else { return }
        let page = OutstandingScreen.pageSize(self)
        switch key {
        case .up, .character("k"): outstandingIndex -= 1
        case .down, .character("j"): outstandingIndex += 1
        case .pageUp: outstandingIndex -= page
        case .pageDown: outstandingIndex += page
        case .home, .character("g"): outstandingIndex = 0
        case .end, .character("G"): outstandingIndex = count - 1
        case .enter: openOutstanding(outstandingIndex)
        case .left, .character("h"): outstandingColumnOffset -= 1
        case .right, .character("l"): outstandingColumnOffset += 1
        default: break
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
