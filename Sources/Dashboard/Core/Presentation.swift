import GrantModel

/// Presentation mode: the board walkthrough on a projector, one page at a time. Read-only.
public struct Presentation: Hashable, Sendable {
    /// A summary first, then one page per area of the funder and year, then the outstanding returns.
    public enum Page: Hashable, Sendable {
        case summary
        case area(AreaID)
        case closing
    }

    public var page: Page
    /// Started with `--present`: there is no dashboard behind it, so Esc stays and only q leaves.
    public var isOnlyScreen: Bool
    /// Digits typed towards an area number, shown in the footer until Enter or a pause confirms them.
    public var typed = ""
    /// When the last digit came (the state's clock, milliseconds).
    public var typedAt = 0

    public init(page: Page = .summary, isOnlyScreen: Bool = false) {
        self.page = page
        self.isOnlyScreen = isOnlyScreen
    }
}

extension DashboardState {
    /// The pages in order: the summary, each area in areas.csv order, the closing page.
    var presentationPages: [Presentation.Page] {
        [.summary] + areas.map { .area($0.id) } + [.closing]
    }

    /// The outstanding returns of the presented funder and year, most overdue first: the same
    /// returns the summary counts.
    var presentedOutstandingRows: [ReturnRow] {
        outstandingRows.filter { $0.funderID == funderID && $0.year == year }
    }
}
