import Cells
import GrantModel

/// Each screen's own keys: moving the selection, scrolling, drilling down and back.
extension DashboardState {
    mutating func show(_ newView: View) {
        switch screen {
        // The document showing, asked for again, keeps its place; any other view starts at its top.
        case .document(let shown) where shown.kind.view == newView: break
        default: screen = Screen(newView)
        }
        keepSelectionVisible()
    }

    mutating func switchView(by step: Int) {
        let all = tabViews
        let current = all.firstIndex(of: view) ?? 0
        show(all[(current + step + all.count) % all.count])
    }

    mutating func openDetail(_ areaID: AreaID) {
        screen = .detail(AreaDetail(areaID: areaID, from: view))
    }

    /// Selects the area at `index` of `list` (the board's areas, or the overview's as shown).
    private mutating func select(index: Int, of list: [Area]? = nil) {
        let list = list ?? areas
        guard !list.isEmpty else { return }
        selectedAreaID = list[max(0, min(index, list.count - 1))].id
        keepSelectionVisible()
    }

    mutating func overviewKey(_ key: Key) {
        let panes = overviewLayout
        let shown = shownAreas
        let index = shownIndex ?? 0
        switch key {
        case .left, .character("h"): select(index: index - 1, of: shown)
        case .right, .character("l"): select(index: index + 1, of: shown)
        case .up, .character("k"): if index >= panes.columns { select(index: index - panes.columns, of: shown) }
        case .down, .character("j"): if index + panes.columns < shown.count { select(index: index + panes.columns, of: shown) }
        case .pageUp: select(index: index - panes.columns * panes.visibleRows, of: shown)
        case .pageDown: select(index: index + panes.columns * panes.visibleRows, of: shown)
        case .home, .character("g"): select(index: 0, of: shown)
        case .end, .character("G"): select(index: shown.count - 1, of: shown)
        case .enter: if let selectedAreaID { openDetail(selectedAreaID) }
        default: break
        }
    }

    mutating func boardKey(_ key: Key) {
        let index = selectedIndex ?? 0
        switch key {
        case .up, .character("k"): select(index: index - 1)
        case .down, .character("j"): select(index: index + 1)
        case .home, .character("g"): select(index: 0)
        case .end, .character("G"): select(index: areas.count - 1)
        case .left, .character("h"): board.columns.scroll(by: -1, last: BoardScreen.lastColumnOffset(self))
        case .right, .character("l"): board.columns.scroll(by: 1, last: BoardScreen.lastColumnOffset(self))
        case .character("t"): board.table = 1 - board.table
        case .character("o"): toggleBoardForecast()
        case .enter: if let selectedAreaID { openDetail(selectedAreaID) }
        default: break
        }
    }

    /// Lines a page key scrolls on the screens read as documents: a screenful less one, so that
    /// the last line of one page is the first of the next.
    var readingPage: Int { max(1, ScreenLayout(size).body.height - 1) }

    mutating func detailKey(_ key: Key, _ detail: AreaDetail) {
        var shown = detail
        switch key {
        case .escape, .backspace:
            screen = Screen(shown.from)
            keepSelectionVisible()
        case .left, .character("h"): stepDetail(from: shown, by: -1)
        case .right, .character("l"): stepDetail(from: shown, by: 1)
        default:
            let window = ScreenLayout(size).body.height, lines = AreaDetailScreen.lineCount(self, shown)
            if let move = Viewport.Move(reading: key) {
                shown.lines.apply(move, lines: lines, window: window, page: readingPage)
            } else {
                shown.lines.clamp(lines: lines, window: window)
            }
            screen = .detail(shown)
        }
    }

    /// The board walkthrough: the next or previous area, without going back to the overview.
    private mutating func stepDetail(from shown: AreaDetail, by step: Int) {
        let list = areas
        guard let current = list.firstIndex(where: { $0.id == shown.areaID }) else { return }
        let target = current + step
        guard list.indices.contains(target) else {
            say(step < 0 ? "first area" : "last area")
            return
        }
        selectedAreaID = list[target].id
        openDetail(list[target].id)
    }

    mutating func documentKey(_ key: Key, _ document: DocumentView) {
        var shown = document
        switch key {
        case .left, .character("h"): shown.columns.scroll(by: -1, last: DocumentScreen.lastColumnOffset(self, shown))
        case .right, .character("l"): shown.columns.scroll(by: 1, last: DocumentScreen.lastColumnOffset(self, shown))
        default:
            if let move = Viewport.Move(reading: key) {
                shown.lines.apply(move, lines: DocumentScreen.lineCount(self, shown), window: ScreenLayout(size).body.height,
                                  page: readingPage)
            }
        }
        keepInRange(&shown)
        screen = .document(shown)
    }

    mutating func errorScreenKey(_ key: Key, _ error: ErrorView) -> [Effect] {
        if key == .character("q") || key == .escape { return [.quit] }
        var shown = error
        let lines = ErrorScreen.lineCount(self), window = ErrorScreen.window(size)
        if let move = Viewport.Move(key) {
            shown.lines.apply(move, lines: lines, window: window, page: ScreenLayout(size).body.height)
        } else {
            shown.lines.clamp(lines: lines, window: window)
        }
        screen = .error(shown)
        return []
    }
}
