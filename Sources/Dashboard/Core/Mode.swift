import Cells
import GrantModel

/// What the keys go to over the screen: the screen itself, or one thing drawn over it that takes
/// them until it closes.
public enum Mode: Hashable, Sendable {
    case normal
    /// Every key (`?`).
    case help
    /// A `/` search being typed.
    case search(Search)
    /// The record/correct form (`e`).
    case form(ReturnForm)
    /// The accept, query and pay forms (`A`, `Q`, `P`).
    case reviewPayment(ReviewPaymentForm)
    /// The problems in the files on disk since the last reload (`!`).
    case problems
    /// The last board's date being typed (`B`).
    case sinceDate(SincePrompt)
}

/// A `/` search being typed: the query and the selection to go back to on Esc.
public struct Search: Hashable, Sendable {
    public internal(set) var query: String
    public let selectionBefore: AreaID?
    public let funderBefore: FunderID?
    /// How many areas the filter (`O`) hides that match when no area shown does: the prompt says so.
    public internal(set) var hiddenMatches = 0
}
