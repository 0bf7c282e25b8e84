import Cells
import GrantModel

/// What the shell around the dashboard should do after an event. The reducer itself never touches
/// the terminal or the disk.
public enum Effect: Hashable, Sendable {
    case quit
    /// Write these edits through the store's one write path; `undoing` marks an undo.
    case save([ReturnEdit], undoing: Bool)
}

/// The reducer: the next state and the effects of one event. Pure: every interaction is a test.
public func update(_ state: DashboardState, _ event: Event) -> (DashboardState, [Effect]) {
    var next = state
    let effects = next.handle(event)
    return (next, effects)
}

extension DashboardState {
    /// Milliseconds between two clicks on the same item that make a double click.
    static let doubleClickMilliseconds = 400
    static let noticeMilliseconds = 2500

    public mutating func handle(_ event: Event) -> [Effect] {
        refreshCaches()
        defer { refreshCaches() }
        switch event {
        case .resized(let newSize):
            size = newSize
            // Below the minimum nothing is drawn: keep the scroll positions for when it grows back.
            if !ScreenLayout.isTooSmall(newSize) { keepSelectionVisible() }
            return []
        case .tick(let milliseconds):
            now = milliseconds
            if let notice, notice.expiresAt <= milliseconds { self.notice = nil }
            presentationTick()
            return []
        case .mouse(let mouse):
            now = max(now, mouse.milliseconds)
            // A click on a projected page is more likely a slip than a choice: presenting ignores the mouse.
            return presentation == nil ? mouseEvent(mouse) : []
        case .keyPressed(let key):
            return keyPressed(key)
        case .pasted(let text):
            pasted(text)
            return []
        case .dataReloaded(let loaded):
            reload(loaded)
            keepPresentationPageValid()
            return []
        case .folderChecked(let loaded):
            finishFirstLook(loaded)
            keepPresentationPageValid()
            return []
        case .saveFinished(let result, let undoing):
            return saveFinished(result, undoing: undoing)
        }
    }

    mutating func say(_ text: String) {
        notice = Notice(text: text, expiresAt: now + DashboardState.noticeMilliseconds)
    }

    private mutating func keyPressed(_ key: Key) -> [Effect] {
        if key == .control("c") { return [.quit] }
        if ScreenLayout.isTooSmall(size) {
            return key == .character("q") ? [.quit] : []
        }
        if showingHelp {
            switch key {
            case .escape, .enter, .backspace, .character("?"), .character("q"): showingHelp = false
            default: break
            }
            return []
        }
        // Presenting takes every key but help's: nothing of the dashboard, nothing that edits.
        if presentation != nil && grants != nil { return presentationKey(key) }
        if search != nil {
            searchKey(key)
            return []
        }
        if form != nil { return formKey(key) }
        if showingProblems {
            if [.escape, .enter, .backspace, .character("!"), .character("q")].contains(key) { showingProblems = false }
            return []
        }
        if grants == nil { return errorScreenKey(key) }
        switch key {
        case .character("q"): return [.quit]
        case .character("?"): showingHelp = true
        case .tab: switchView(by: 1)
        case .backTab: switchView(by: -1)
        case .character("1"): show(.overview)
        case .character("2"): show(.outstanding)
        case .character("3"): show(.board)
        case .character("4"): show(.years)
        case .character("5"): show(.themes)
        case .character("6"): show(.decisions)
        case .character("/"): search = Search(query: "", selectionBefore: selectedAreaID, funderBefore: funderID)
        case .character("n"): findNext()
        case .character("f"): switchFunder(by: 1)
        case .character("F"): switchFunder(by: -1)
        case .character("e"): openForm()
        case .character("u"): return undoLast()
        case .character("p"): startPresentation()
        case .character("!"): showingProblems = !reloadProblems.isEmpty
        case .character("["): switchYear(by: -1)
        case .character("]"): switchYear(by: 1)
        case .character("<"), .character(","): switchQuarter(by: -1)
        case .character(">"), .character("."): switchQuarter(by: 1)
        default:
            if detailAreaID != nil {
                detailKey(key)
            } else {
                switch view {
                case .overview: overviewKey(key)
                case .outstanding: outstandingKey(key)
                case .board: boardKey(key)
                case .years, .themes, .decisions: documentKey(key)
                }
            }
        }
        return []
    }

    // MARK: views

    mutating func show(_ newView: View) {
        if newView != view { (documentScroll, documentColumnOffset) = (0, 0) }
        view = newView
        detailAreaID = nil
        keepSelectionVisible()
    }

    private mutating func switchView(by step: Int) {
        let all = View.allCases
        let current = all.firstIndex(of: view) ?? 0
        show(all[(current + step + all.count) % all.count])
    }

    mutating func openDetail(_ areaID: AreaID) {
        detailAreaID = areaID
        detailScroll = 0
    }

    // MARK: moving

    private mutating func select(index: Int) {
        let list = areas
        guard !list.isEmpty else { return }
        selectedAreaID = list[max(0, min(index, list.count - 1))].id
        keepSelectionVisible()
    }

    private mutating func overviewKey(_ key: Key) {
        let panes = OverviewLayout(body: ScreenLayout(size, withTotals: true).body, count: areas.count)
        let index = selectedIndex ?? 0
        switch key {
        case .left, .character("h"): select(index: index - 1)
        case .right, .character("l"): select(index: index + 1)
        case .up, .character("k"): if index >= panes.columns { select(index: index - panes.columns) }
        case .down, .character("j"): if index + panes.columns < areas.count { select(index: index + panes.columns) }
        case .pageUp: select(index: index - panes.columns * panes.visibleRows)
        case .pageDown: select(index: index + panes.columns * panes.visibleRows)
        case .home, .character("g"): select(index: 0)
        case .end, .character("G"): select(index: areas.count - 1)
        case .enter: if let selectedAreaID { openDetail(selectedAreaID) }
        default: break
        }
    }

    private mutating func boardKey(_ key: Key) {
        let index = selectedIndex ?? 0
        switch key {
        case .up, .character("k"): select(index: index - 1)
        case .down, .character("j"): select(index: index + 1)
        case .home, .character("g"): select(index: 0)
        case .end, .character("G"): select(index: areas.count - 1)
        case .left, .character("h"): boardColumnOffset = max(0, boardColumnOffset - 1)
        case .right, .character("l"): boardColumnOffset = min(BoardScreen.lastColumnOffset(self), boardColumnOffset + 1)
        case .character("t"): boardTable = 1 - boardTable
        case .character("o"): toggleBoardForecast()
        case .enter: if let selectedAreaID { openDetail(selectedAreaID) }
        default: break
        }
    }

    private mutating func detailKey(_ key: Key) {
        let page = max(1, ScreenLayout(size).body.height - 1)
        switch key {
        case .escape, .backspace:
            detailAreaID = nil
            keepSelectionVisible()
        case .up, .character("k"): detailScroll -= 1
        case .down, .character("j"): detailScroll += 1
        case .pageUp: detailScroll -= page
        case .pageDown, .character(" "): detailScroll += page
        case .home, .character("g"): detailScroll = 0
        case .end, .character("G"): detailScroll = Int.max / 2
        case .left, .character("h"): stepDetail(by: -1)
        case .right, .character("l"): stepDetail(by: 1)
        case .enter: break
        default: break
        }
        clampDetailScroll()
    }

    /// The board walkthrough: the next or previous area, without going back to the overview.
    private mutating func stepDetail(by step: Int) {
        let list = areas
        guard let current = list.firstIndex(where: { $0.id == detailAreaID }) else { return }
        let target = current + step
        guard list.indices.contains(target) else {
            say(step < 0 ? "first area" : "last area")
            return
        }
        selectedAreaID = list[target].id
        openDetail(list[target].id)
    }

    private mutating func documentKey(_ key: Key) {
        let page = max(1, ScreenLayout(size).body.height - 1)
        switch key {
        case .up, .character("k"): documentScroll -= 1
        case .down, .character("j"): documentScroll += 1
        case .pageUp: documentScroll -= page
        case .pageDown, .character(" "): documentScroll += page
        case .home, .character("g"): documentScroll = 0
        case .end, .character("G"): documentScroll = Int.max / 2
        case .left, .character("h"): documentColumnOffset -= 1
        case .right, .character("l"): documentColumnOffset += 1
        default: break
        }
        clampDocumentScroll()
    }

    mutating func clampDocumentScroll() {
        guard view.isDocument else { return }
        documentColumnOffset = max(0, min(documentColumnOffset, DocumentScreen.lastColumnOffset(self)))
        let visible = ScreenLayout(size).body.height
        documentScroll = max(0, min(documentScroll, DocumentScreen.lineCount(self) - visible))
    }

    private mutating func errorScreenKey(_ key: Key) -> [Effect] {
        switch key {
        case .character("q"), .escape: return [.quit]
        case .up, .character("k"): errorScroll = max(0, errorScroll - 1)
        case .down, .character("j"): errorScroll += 1
        case .pageUp: errorScroll = max(0, errorScroll - ScreenLayout(size).body.height)
        case .pageDown: errorScroll += ScreenLayout(size).body.height
        case .home, .character("g"): errorScroll = 0
        case .end, .character("G"): errorScroll = Int.max / 2
        default: break
        }
        errorScroll = min(errorScroll, ErrorScreen.maxScroll(self))
        return []
    }

    // MARK: scrolling

    mutating func keepSelectionVisible() {
        if let index = selectedIndex {
            let panes = OverviewLayout(body: ScreenLayout(size, withTotals: true).body, count: areas.count)
            overviewScroll = panes.scroll(keeping: index, from: overviewScroll)
        } else {
            overviewScroll = 0
        }
        let count = listedOutstanding.count
        outstandingIndex = count == 0 ? 0 : max(0, min(outstandingIndex, count - 1))
        if count > 0 {
            let page = OutstandingScreen.pageSize(self)
            if outstandingIndex < outstandingScroll { outstandingScroll = outstandingIndex }
            if outstandingIndex >= outstandingScroll + page { outstandingScroll = outstandingIndex - page + 1 }
            outstandingScroll = max(0, min(outstandingScroll, count - 1))
        } else {
            outstandingScroll = 0
        }
        if view == .board {
            boardColumnOffset = max(0, min(boardColumnOffset, BoardScreen.lastColumnOffset(self)))
        }
        if view == .outstanding {
            outstandingColumnOffset = max(0, min(outstandingColumnOffset, OutstandingScreen.lastColumnOffset(self)))
        }
        clampDocumentScroll()
        clampDetailScroll()
    }

    private mutating func clampDetailScroll() {
        guard detailAreaID != nil else {
            detailScroll = 0
            return
        }
        let visible = ScreenLayout(size).body.height
        detailScroll = max(0, min(detailScroll, AreaDetailScreen.lineCount(self) - visible))
    }
}
