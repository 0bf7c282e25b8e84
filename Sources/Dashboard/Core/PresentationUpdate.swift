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
        let first = presentationPages.first ?? .summary
        var page = first
        if case .detail(let shown) = screen { page = .area(shown.areaID) }
        screen = .presenting(Presentation(page: presentationPages.contains(page) ? page : first, returningTo: screen))
    }

    /// Back to the dashboard, with the area last shown selected (and in the detail, if one was open).
    private mutating func stopPresentation(_ shown: Presentation, returningTo dashboard: Screen) {
        screen = dashboard
        if case .area(let areaID) = shown.page {
            selectedAreaID = areaID
            if case .detail = dashboard { openDetail(areaID) }
        }
        keepSelectionVisible()
    }

    mutating func presentationKey(_ key: Key, _ presented: Presentation) -> [Effect] {
        var shown = presented
        if case .character(let character) = key, character.isASCII, character.isNumber {
            typeAreaDigit(character, &shown)
            screen = .presenting(shown)
            return []
        }
        if !shown.typed.isEmpty {
            switch key {
            case .enter: goToTypedArea(&shown)
            case .backspace:
                shown.typed.removeLast()
                shown.typedAt = now
            case .escape: shown.typed = ""
            default:
                // Any other key drops the number and does what it always does.
                shown.typed = ""
                screen = .presenting(shown)
                return presentationKey(key, shown)
            }
            screen = .presenting(shown)
            return []
        }
        switch key {
        case .character("q"): return [.quit]
        case .character("?"): mode = .help
        case .escape: if let dashboard = shown.returningTo { stopPresentation(shown, returningTo: dashboard) }
        case .character(" "), .character("n"), .right, .down, .pageDown: stepPage(&shown, by: 1)
        case .character("p"), .left, .up, .pageUp, .backspace: stepPage(&shown, by: -1)
        case .home: screen = .presenting(shown.showing(presentationPages.first ?? .summary))
        case .end: screen = .presenting(shown.showing(.closing))
        default: break
        }
        return []
    }

    private mutating func stepPage(_ shown: inout Presentation, by step: Int) {
        let pages = presentationPages
        let current = pages.firstIndex(of: shown.page) ?? 0
        // The ends stay put: a clicker pressed once too often must not wrap round to the start.
        shown.page = pages[max(0, min(pages.count - 1, current + step))]
        screen = .presenting(shown)
    }

    /// A digit towards an area number. With fewer than ten areas one digit is the whole number;
    /// with more, the number is taken as soon as no further digit could make a real area's.
    private mutating func typeAreaDigit(_ digit: Character, _ shown: inout Presentation) {
        shown.typed.append(digit)
        shown.typedAt = now
        let number = Int(shown.typed) ?? Int.max
        if number > 0 && number * 10 > areas.count || shown.typed.count >= String(areas.count).count {
            goToTypedArea(&shown)
        }
    }

    private mutating func goToTypedArea(_ shown: inout Presentation) {
        let typed = shown.typed
        guard !typed.isEmpty else { return }
        shown.typed = ""
        let list = areas
        guard let number = Int(typed), list.indices.contains(number - 1) else {
            say(list.isEmpty ? "no areas to show" : "no area \(typed): the areas are numbered 1 to \(list.count)")
            return
        }
        shown.page = .area(list[number - 1].id)
    }

    /// After a pause the digits typed so far are the number.
    mutating func presentationTick() {
        guard var shown = screen.presentation, !shown.typed.isEmpty,
              now - shown.typedAt >= DashboardState.presentationTypingMilliseconds else { return }
        goToTypedArea(&shown)
        screen.setPresentation(shown)
    }

    /// After a reload: an area no longer listed (removed, or no longer allocated) leaves its page.
    mutating func keepPresentationPageValid() {
        guard let shown = screen.presentation, !presentationPages.contains(shown.page) else { return }
        screen.setPresentation(shown.showing(presentationPages.first ?? .summary))
    }
}

extension Presentation {
    func showing(_ page: Page) -> Presentation {
        var next = self
        next.page = page
        return next
    }
}
