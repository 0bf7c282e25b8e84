import Cells

/// Draws the whole state into a frame: the one way anything reaches the screen.
public func render(_ state: DashboardState) -> Frame {
    var grid = Grid(state.size)
    if ScreenLayout.isTooSmall(state.size) {
        TooSmallScreen.draw(&grid, state.size)
        return Frame(grid: grid, cursor: nil)
    }
    if state.presentation != nil && state.grants != nil {
        // A projected page has no cursor to follow: the hardware cursor is hidden.
        PresentationScreen.draw(&grid, state)
        if state.showingHelp { HelpOverlay.draw(&grid, Rect(state.size), glyphs: state.glyphs, presenting: true) }
        return Frame(grid: grid, cursor: nil)
    }
    let layout = ScreenLayout(state.size, withTotals: state.grants != nil && state.detailAreaID == nil && state.view == .overview)
    Chrome.drawHeader(&grid, layout.header, state)
    _ = Chrome.drawTabs(&grid, layout.tabs, state)
    var cursor: Point?
    if state.grants == nil {
        ErrorScreen.draw(&grid, layout, state)
    } else if state.detailAreaID != nil {
        cursor = AreaDetailScreen.draw(&grid, layout, state)
    } else {
        switch state.view {
        case .overview: cursor = OverviewScreen.draw(&grid, layout, state)
        case .outstanding: cursor = OutstandingScreen.draw(&grid, layout, state)
        case .board: cursor = BoardScreen.draw(&grid, layout, state)
        case .years, .themes, .decisions: cursor = DocumentScreen.draw(&grid, layout, state)
        }
    }
    if let statusCursor = Chrome.drawStatus(&grid, layout.status, state) { cursor = statusCursor }
    if state.form != nil {
        cursor = FormOverlay.draw(&grid, Rect(state.size), state)
    }
    if state.showingProblems {
        ProblemsOverlay.draw(&grid, Rect(state.size), state)
        cursor = nil
    }
    if state.showingHelp {
        HelpOverlay.draw(&grid, Rect(state.size), glyphs: state.glyphs)
        cursor = nil
    }
    return Frame(grid: grid, cursor: cursor)
}
