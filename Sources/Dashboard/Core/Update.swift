import Cells
import GrantModel

/// What the shell around the dashboard should do after an event: quit, or read or write the data
/// folder. The reducer itself never touches the disk or the terminal; the shell carries out the
/// reads and writes off the UI thread, in the order given, and feeds back what came of each as an
/// event.
public enum Effect: Hashable, Sendable {
    case quit
    /// Read and check the whole folder, behind a first frame drawn from a first look: comes back
    /// as `folderChecked`.
    case loadFolder
    /// Read the folder again, its files having changed on disk: comes back as `dataReloaded`.
    case reloadFolder
    /// Write these edits through the store's one write path; `undoing` marks an undo. Comes back
    /// as `saveFinished` (and `saveWaiting` while the folder is locked). Asked for only through
    /// `requestSave`, which hands the shell one save at a time.
    case save([ReturnEdit], undoing: Bool)
    /// Write a review (returns.csv) or a payment (payments.csv) through the same path.
    case record(ReviewOrPayment)
    /// Undo a payment saved this session: these edits of payments.csv, through the same path.
    case undoPayment([ReturnEdit])
    /// Remember this last board's date for the folder, in the user's state directory (`B`).
    case rememberSince(Day)
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
        let effects = respond(to: event)
        // Whatever the event, a save waiting its turn starts once none is under way, and files
        // changed meanwhile are read once nothing else is reading or writing the folder.
        return effects + startWaitingSave() + readFolderIfWanted()
    }

    /// What the shell starts with, once the first frame shows: after a first look, the complete
    /// load behind it.
    public var startingEffects: [Effect] { unread.isEmpty ? [] : [.loadFolder] }

    private mutating func respond(to event: Event) -> [Effect] {
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
            return mouseEvent(mouse)
        case .keyPressed(let key):
            return quittingAfterSaves(keyPressed(key), key: key)
        case .pasted(let text):
            pasted(text)
            return []
        case .filesChanged:
            folderReads.wanted = true
            return []
        case .connectionChanged(let lost):
            connectionLost = lost
            return []
        case .dataReloaded(let loaded):
            folderReads.inFlight = false
            reload(loaded)
            keepPresentationPageValid()
            return []
        case .folderChecked(let loaded):
            finishFirstLook(loaded)
            keepPresentationPageValid()
            return []
        case .saveWaiting:
            saveWaitsForTheLock()
            return []
        case .saveFinished(let result, let undoing):
            saveFinished(result, undoing: undoing)
            return []
        case .auditRead(let changes):
            auditRead(changes)
            return []
        }
    }

    mutating func say(_ text: String) {
        notice = Notice(text: text, expiresAt: now + DashboardState.noticeMilliseconds)
    }

    /// Where every key goes: to what is drawn over the screen, or to the screen.
    private mutating func keyPressed(_ key: Key) -> [Effect] {
        if key == .control("c") { return [.quit] }
        if ScreenLayout.isTooSmall(size) {
            return key == .character("q") ? [.quit] : []
        }
        switch (mode, screen) {
        case (.help, _):
            if [.escape, .enter, .backspace, .character("?"), .character("q")].contains(key) { mode = .normal } else { helpKey(key) }
            return []
        // Presenting takes every key but help's: nothing of the dashboard, nothing that edits.
        case (_, .presenting(let shown)):
            return presentationKey(key, shown)
        case (.search(let search), _):
            searchKey(key, search)
            return []
        case (.form(let form), _):
            return formKey(key, form)
        case (.reviewPayment(let form), _):
            return reviewPaymentKey(key, form)
        case (.problems, _):
            if [.escape, .enter, .backspace, .character("!"), .character("q")].contains(key) { mode = .normal }
            return []
        case (.normal, .error(let shown)):
            return errorScreenKey(key, shown)
        case (.sinceDate(let prompt), _):
            return sinceKey(key, prompt)
        case (.normal, .overview), (.normal, .outstanding), (.normal, .board), (.normal, .payments), (.normal, .document),
             (.normal, .detail), (.normal, .changes):
            return dashboardKey(key)
        }
    }

    /// The keys every view and the detail share, then the screen's own.
    private mutating func dashboardKey(_ key: Key) -> [Effect] {
        if screen.listsAreas && DashboardState.arrangementKeys.contains(key) {
            arrangementKey(key)
            return []
        }
        switch key {
        case .character("q"): return [.quit]
        case .character("?"):
            mode = .help
            helpLines = Viewport()
        case .tab: switchView(by: 1)
        case .backTab: switchView(by: -1)
        case .character("1"): show(.overview)
        case .character("2"): show(.outstanding)
        case .character("3"): show(.board)
        case .character("4"): show(.years)
        case .character("5"): show(.themes)
        case .character("6"): show(.decisions)
        case .character("7"): show(.payments)
        case .character("8"): show(.changes)
        case .character("B"): openSincePrompt()
        case .character("/"): mode = .search(Search(query: "", selectionBefore: selectedAreaID, funderBefore: funderID))
        case .character("n"): findNext()
        case .character("f"): switchFunder(by: 1)
        case .character("F"): switchFunder(by: -1)
        case .character("e"): openForm()
        case .character("A"): openReviewPayment(.accept)
        case .character("Q"): openReviewPayment(.query)
        case .character("P"): openReviewPayment(.pay)
        case .character("u"): return undoLast()
        case .character("p"): startPresentation()
        case .character("!"): if !reloadProblems.isEmpty { mode = .problems }
        case .character("["): switchYear(by: -1)
        case .character("]"): switchYear(by: 1)
        case .character("<"), .character(","): switchQuarter(by: -1)
        case .character(">"), .character("."): switchQuarter(by: 1)
        default:
            switch screen {
            case .overview: overviewKey(key)
            case .outstanding: outstandingKey(key)
            case .board: boardKey(key)
            case .payments: paymentsKey(key)
            case .changes: changesKey(key)
            case .document(let shown): documentKey(key, shown)
            case .detail(let shown): detailKey(key, shown)
            case .error, .presenting: break
            }
        }
        return []
    }
}
