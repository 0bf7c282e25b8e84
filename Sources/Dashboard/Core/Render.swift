import Cells

/// Draws the whole state into a frame: the one way anything reaches the screen. The screen is
/// drawn under the header and tabs, then what the mode puts over it.
public func render(_ state: DashboardState) -> Frame {
    var grid = Grid(state.size)
    if ScreenLayout.isTooSmall(state.size) {
        TooSmallScreen.draw(&grid, state.size)
        return Frame(grid: grid, cursor: nil)
    }
    if case .presenting(let shown) = state.screen {
        // A projected page has no cursor to follow: the hardware cursor is hidden.
        PresentationScreen.draw(&grid, state, shown)
        if state.mode == .help { HelpOverlay.draw(&grid, Rect(state.size), glyphs: state.glyphs, presenting: true) }
        return Frame(grid: grid, cursor: nil)
    }
    let layout = ScreenLayout(state.size, withTotals: state.screen == .overview)
    Chrome.drawHeader(&grid, layout.header, state)
    _ = Chrome.drawTabs(&grid, layout.tabs, state)
    var cursor: Point?
    switch state.screen {
    case .overview: cursor = OverviewScreen.draw(&grid, layout, state)
    case .outstanding: cursor = OutstandingScreen.draw(&grid, layout, state)
    case .board: cursor = BoardScreen.draw(&grid, layout, state)
    case .payments: cursor = PaymentsScreen.draw(&grid, layout, state)
    case .changes: cursor = ChangesScreen.draw(&grid, layout, state)
    case .document(let shown): cursor = DocumentScreen.draw(&grid, layout, state, shown)
    case .detail(let shown): cursor = AreaDetailScreen.draw(&grid, layout, state, shown)
    case .error(let shown): ErrorScreen.draw(&grid, layout, state, shown)
    case .presenting: break
    }
    if let statusCursor = Chrome.drawStatus(&grid, layout.status, state) { cursor = statusCursor }
    switch state.mode {
    case .normal, .search, .sinceDate:
        break
    case .form(let form):
        cursor = FormOverlay.draw(&grid, Rect(state.size), state, form)
    case .reviewPayment(let form):
        cursor = ReviewPaymentOverlay.draw(&grid, Rect(state.size), state, form)
    case .problems:
        ProblemsOverlay.draw(&grid, Rect(state.size), state)
        cursor = nil
    case .help:
        HelpOverlay.draw(&grid, Rect(state.size), glyphs: state.glyphs, currency: state.funder?.currency ?? .gbp, scroll: state.helpLines.top)
        cursor = nil
    }
    return Frame(grid: grid, cursor: cursor)
}
