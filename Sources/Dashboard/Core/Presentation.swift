import GrantModel

/// Presentation mode: the board walkthrough on a projector, one page at a time. Read-only.
public struct Presentation: Hashable, Sendable {
    /// A summary first, then one page per area of the funder and year, then the outstanding returns.
    public enum Page: Hashable, Sendable {
        case summary
        /// What changed since the last board, first when there is a last board's date (`--since`).
        case sinceLastBoard
        case area(AreaID)
        case closing
    }

    public internal(set) var page: Page
    /// The dashboard's screen that Esc goes back to; nil when started with `--present`, where there
    /// is no dashboard behind and only q leaves.
    public internal(set) var returningTo: Screen?
    /// Digits typed towards an area number, shown in the footer until Enter or a pause confirms them.
    public internal(set) var typed = ""
    /// When the last digit came (the state's clock, milliseconds).
    public internal(set) var typedAt = 0

    init(page: Page = .summary, returningTo: Screen?) {
        self.page = page
        self.returningTo = returningTo
    }

    public var isOnlyScreen: Bool { returningTo == nil }
}

extension DashboardState {
    /// The pages in order: the summary, each area in areas.csv order, the closing page.
    var presentationPages: [Presentation.Page] {
        (sinceBoard.day == nil ? [] : [.sinceLastBoard]) + [.summary] + areas.map { .area($0.id) } + [.closing]
    }

    /// The outstanding returns of the presented funder and year, most overdue first: the same
    /// returns the summary counts.
    var presentedOutstandingRows: [ReturnRow] {
        outstandingRows.filter { $0.funderID == funderID && $0.year == year }
    }
}
