import Cells

/// Mouse: a click selects, a second click on the same item soon after opens it, the wheel scrolls.
extension DashboardState {
    mutating func mouseEvent(_ mouse: MouseEvent) -> [Effect] {
        guard mouseEnabled, grants != nil, !showingHelp, search == nil, form == nil, !showingProblems, !ScreenLayout.isTooSmall(size) else { return [] }
        switch mouse.kind {
        case .scrollUp: return handle(.keyPressed(.up))
        case .scrollDown: return handle(.keyPressed(.down))
        case .press: break
        }
        let point = mouse.position
        let isDouble = lastClick.map { $0.point == point && mouse.milliseconds - $0.milliseconds <= DashboardState.doubleClickMilliseconds } ?? false
        lastClick = isDouble ? nil : (point, mouse.milliseconds)
        let layout = ScreenLayout(size, withTotals: detailAreaID == nil && view == .overview)
        if layout.tabs.contains(point) {
            if let hit = Chrome.tabHits(self, layout.tabs).first(where: { $0.1.contains(point.x) }) { show(hit.0) }
            return []
        }
        guard detailAreaID == nil else { return [] }
        switch view {
        case .overview:
            let panes = OverviewLayout(body: layout.body, count: areas.count)
            guard let index = panes.index(at: point, scroll: overviewScroll) else { return [] }
            selectedAreaID = areas[index].id
            if isDouble { openDetail(areas[index].id) }
        case .outstanding:
            let table = OutstandingScreen.table(self)
            let firstRowY = layout.body.y + table.headerHeight(width: layout.body.width - 1) + 1
            let index = outstandingScroll + point.y - firstRowY
            guard point.y >= firstRowY, listedOutstanding.indices.contains(index) else { return [] }
            outstandingIndex = index
            if isDouble { openOutstanding(index) }
        case .years, .themes, .decisions:
            return []
        case .board:
            guard let index = BoardScreen.areaIndex(at: point, self) else { return [] }
            selectedAreaID = areas[index].id
            if isDouble { openDetail(areas[index].id) }
        }
        keepSelectionVisible()
        return []
    }
}
