import Cells

/// Mouse: a click selects, a second click on the same item soon after opens it, the wheel scrolls.
extension DashboardState {
    /// What a click can land on.
    enum MouseTarget {
        case tab(View)
        /// An area's pane on the overview, as shown.
        case pane(Int)
        /// An area's row in the board tables.
        case area(Int)
        case outstandingRow(Int)
        case paymentRow(Int)
    }

    mutating func mouseEvent(_ mouse: MouseEvent) -> [Effect] {
        guard mouseEnabled, takesMouse, !ScreenLayout.isTooSmall(size) else { return [] }
        switch mouse.kind {
        case .scrollUp: return handle(.keyPressed(.up))
        case .scrollDown: return handle(.keyPressed(.down))
        case .press: break
        }
        let point = mouse.position
        let isDouble = lastClick.map { $0.point == point && mouse.milliseconds - $0.milliseconds <= DashboardState.doubleClickMilliseconds } ?? false
        lastClick = isDouble ? nil : (point, mouse.milliseconds)
        switch target(at: point) {
        case .tab(let view)?:
            show(view)
            return []
        case .pane(let index)?:
            selectedAreaID = shownAreas[index].id
            if isDouble { openDetail(shownAreas[index].id) }
        case .area(let index)?:
            selectedAreaID = areas[index].id
            if isDouble { openDetail(areas[index].id) }
        case .outstandingRow(let index)?:
            let count = listedOutstanding.count
            outstanding.cursor.select(index, count: count, page: OutstandingScreen.pageSize(self))
            if isDouble { openOutstanding(index) }
        case .paymentRow(let index)?:
            payments.cursor.select(index, count: listedPayments.count, page: PaymentsScreen.pageSize(self))
            if isDouble { openPaymentRow(index) }
        case nil:
            return []
        }
        keepSelectionVisible()
        return []
    }

    /// Over help, a search, the form or the problems, on the error screen and on a projected page
    /// (where a click is more likely a slip than a choice) the mouse does nothing.
    private var takesMouse: Bool {
        switch (mode, screen) {
        case (.normal, .overview), (.normal, .outstanding), (.normal, .board), (.normal, .payments), (.normal, .document),
             (.normal, .detail): return true
        default: return false
        }
    }

    private func target(at point: Point) -> MouseTarget? {
        let layout = ScreenLayout(size, withTotals: screen == .overview)
        if layout.tabs.contains(point) {
            return Chrome.tabHits(self, layout.tabs).first { $0.1.contains(point.x) }.map { .tab($0.0) }
        }
        switch screen {
        case .overview:
            return overviewLayout.index(at: point, scroll: overviewRows.top).map(MouseTarget.pane)
        case .outstanding:
            let table = OutstandingScreen.table(self)
            let firstRowY = layout.body.y + table.headerHeight(width: layout.body.width - 1) + 1
            let index = outstanding.cursor.viewport.top + point.y - firstRowY
            return point.y >= firstRowY && listedOutstanding.indices.contains(index) ? .outstandingRow(index) : nil
        case .board:
            return BoardScreen.areaIndex(at: point, self).map(MouseTarget.area)
        case .payments:
            return PaymentsScreen.row(at: point, self).map(MouseTarget.paymentRow)
        case .document, .detail, .error, .presenting, .changes:
            return nil
        }
    }
}
