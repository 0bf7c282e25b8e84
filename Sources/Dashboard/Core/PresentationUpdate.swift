import Cells
import GrantModel

/// Keys of presentation mode. Stepping keys are the ones a presenter's clicker sends (Space,
/// PgDn, arrows); nothing here edits, so `e` and `u` do nothing.
extension DashboardState {
    /// Milliseconds without a key after which typed digits are taken as the area number.
    static let presentationTypingMilliseconds = 1000

    /// `p` on the dashboard: the area being viewed in detail, otherwise the summary, where a
    /// walkthrough starts.
    mutating func startPresentation() {
        let page: Presentation.Page = detailAreaID.map { .area($0) } ?? .summary
        presentation = Presentation(page: presentationPages.contains(page) ? page : .summary)
    }

    /// Back to the dashboard, with the area last shown selected (and in the detail, if one was open).
    mutating func stopPresentation() {
        if case .area(let areaID) = presentation?.page {
            selectedAreaID = areaID
            if detailAreaID != nil { openDetail(areaID) }
        }
        presentation = nil
        keepSelectionVisible()
    }

    mutating func presentationKey(_ key: Key) -> [Effect] {
        guard var shown = presentation else { return [] }
        if case .character(let character) = key, character.isASCII, character.isNumber {
            typeAreaDigit(character)
            return []
        }
        if !shown.typed.isEmpty {
            switch key {
            case .enter:
                goToTypedArea()
                return []
            case .backspace:
                shown.typed.removeLast()
                shown.typedAt = now
                presentation = shown
                return []
            case .escape:
                shown.typed = ""
                presentation = shown
                return []
            default:
                // Any other key drops the number and does what it always does.
                shown.typed = ""
                presentation = shown
            }
        }
        switch key {
        case .character("q"): return [.quit]
        case .character("?"): showingHelp = true
        case .escape: if !shown.isOnlyScreen { stopPresentation() }
        case .character(" "), .character("n"), .right, .down, .pageDown: stepPage(by: 1)
        case .character("p"), .left, .up, .pageUp, .backspace: stepPage(by: -1)
        case .home: presentation?.page = .summary
        case .end: presentation?.page = .closing
        default: break
        }
        return []
    }

    private mutating func stepPage(by step: Int) {
        guard let page = presentation?.page else { return }
        let pages = presentationPages
        let current = pages.firstIndex(of: page) ?? 0
        // The ends stay put: a clicker pressed once too often must not wrap round to the start.
        presentation?.page = pages[max(0, min(pages.count - 1, current + step))]
    }

    /// A digit towards an area number. With fewer than ten areas one digit is the whole number;
    /// with more, the number is taken as soon as no further digit could make a real area's.
    private mutating func typeAreaDigit(_ digit: Character) {
        guard var shown = presentation else { return }
        shown.typed.append(digit)
        shown.typedAt = now
        presentation = shown
        let number = Int(shown.typed) ?? Int.max
        if number > 0 && number * 10 > areas.count || shown.typed.count >= String(areas.count).count {
            goToTypedArea()
        }
    }

    mutating func goToTypedArea() {
        guard let typed = presentation?.typed, !typed.isEmpty else { return }
        presentation?.typed = ""
        let list = areas
        guard let number = Int(typed), list.indices.contains(number - 1) else {
            say(list.isEmpty ? "no areas to show" : "no area \(typed): the areas are numbered 1 to \(list.count)")
            return
        }
        presentation?.page = .area(list[number - 1].id)
    }

    /// After a pause the digits typed so far are the number.
    mutating func presentationTick() {
        guard let shown = presentation, !shown.typed.isEmpty,
              now - shown.typedAt >= DashboardState.presentationTypingMilliseconds else { return }
        goToTypedArea()
    }

    /// After a reload: an area no longer listed (removed, or no longer allocated) leaves its page.
    mutating func keepPresentationPageValid() {
        guard let page = presentation?.page, !presentationPages.contains(page) else { return }
        presentation?.page = .summary
    }
}
