import Cells
/// After anything that moves the selection or changes what is listed or the room to show it: every
/// selection back in view and every scroll back in range, on the screen showing and on those kept.
extension DashboardState {
    mutating func keepSelectionVisible() {
        if let index = shownIndex {
            let panes = overviewLayout
            // Never past the last full screen of rows: a scroll kept from a shorter terminal would
            // otherwise leave empty rows below the panes.
            overviewRows.clamp(lines: panes.rows, window: panes.visibleRows)
            overviewRows.keepVisible(panes.row(of: index), window: panes.visibleRows)
        } else {
            overviewRows = Viewport()
        }
        let count = listedOutstanding.count
        let page = count == 0 ? 1 : OutstandingScreen.pageSize(self)
        outstanding.cursor.keep(count: count, page: page)
        let payable = listedPayments.count
        payments.cursor.keep(count: payable, page: payable == 0 ? 1 : PaymentsScreen.pageSize(self))
        switch view {
        case .board: board.columns.clamp(last: BoardScreen.lastColumnOffset(self))
        case .outstanding: outstanding.columns.clamp(last: OutstandingScreen.lastColumnOffset(self))
        case .payments: payments.columns.clamp(last: PaymentsScreen.lastColumnOffset(self))
        case .changes: keepChangesRowVisible()
        case .overview, .years, .themes, .decisions: break
        }
        guard var dashboard = screen.dashboard else { return }
        switch dashboard {
        case .document(var shown):
            keepInRange(&shown)
            dashboard = .document(shown)
        case .detail(var shown):
            shown.lines.clamp(lines: AreaDetailScreen.lineCount(self, shown), window: ScreenLayout(size).body.height)
            dashboard = .detail(shown)
        default:
            return
        }
        screen.setDashboard(dashboard)
    }

    /// A document's lines and columns back in range, as laid out at its column offset.
    func keepInRange(_ shown: inout DocumentView) {
        shown.columns.clamp(last: DocumentScreen.lastColumnOffset(self, shown))
        shown.lines.clamp(lines: DocumentScreen.lineCount(self, shown), window: ScreenLayout(size).body.height)
    }
}
