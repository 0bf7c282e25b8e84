import Cells
import GrantModel

/// Keys on the Changes view: moving through the events and Enter opening an event's area.
extension DashboardState {
    /// The views of the tab strip: the Changes view joins them once there is a last board's date
    /// to list changes since (or while it shows), so that a dashboard without one looks as before.
    var tabViews: [View] {
        View.allCases.filter { $0 != .changes || sinceBoard.day != nil || view == .changes }
    }

    mutating func changesKey(_ key: Key) {
        let events = changes?.events ?? []
        guard !events.isEmpty else { return }
        if key == .enter {
            openChange(sinceBoard.list.cursor.index)
            return
        }
        guard let move = Viewport.Move(key) else { return }
        sinceBoard.list.cursor.apply(move, count: events.count, page: ChangesScreen.pageSize(self))
    }

    /// Opens the area of an event, in the event's year and quarter where it has them. An event
    /// without an area (a reserve balance) has nothing to open.
    mutating func openChange(_ index: Int) {
        let events = changes?.events ?? []
        guard events.indices.contains(index) else { return }
        let event = events[index]
        guard let areaID = event.areaID, grants?.area(areaID) != nil else {
            say("a \(event.kind.words) belongs to no area: nothing to open")
            return
        }
        if let eventYear = event.year { year = eventYear }
        if let eventQuarter = event.quarter { quarter = eventQuarter }
        selectedAreaID = areaID
        openDetail(areaID)
    }

    /// The event under the cursor: `e` `A` `Q` `P` act on its area, year and quarter, never on the
    /// overview's selection, which the list does not show.
    var selectedChange: ChangeEvent? {
        let events = changes?.events ?? []
        let index = sinceBoard.list.cursor.index
        return events.indices.contains(index) ? events[index] : nil
    }

    /// The selected event's area at its year and quarter; one without a quarter (a decision) at
    /// the selected quarter of its year.
    var selectedChangeTarget: (areaID: AreaID, year: FinancialYear, quarter: Quarter)? {
        guard let event = selectedChange, let areaID = event.areaID, grants?.area(areaID) != nil else { return nil }
        return (areaID, event.year ?? year, event.quarter ?? quarter)
    }

    /// Why `e` `A` `Q` `P` have nothing to act on; said only on the Changes view, whose rows may
    /// have no area (elsewhere there is always a selection once data is loaded).
    mutating func sayWhyNoTarget() {
        guard screen == .changes else { return }
        guard let event = selectedChange else {
            say("no change selected: nothing to record or review")
            return
        }
        say("a \(event.kind.words) belongs to no area: nothing to record or review")
    }

    mutating func keepChangesRowVisible() {
        let count = changes?.events.count ?? 0
        sinceBoard.list.cursor.keep(count: count, page: count == 0 ? 1 : ChangesScreen.pageSize(self))
    }
}
