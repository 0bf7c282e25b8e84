/// Which areas a list shows: the dashboard's `O` steps through these and `report` and `returns`
/// take them as `--only`, in these words.
public enum AreaFilter: String, CaseIterable, Hashable, Sendable {
    case all, behind, held, outstanding
    case overAllocated = "over-allocated"

    /// How a header names the areas shown: `3 of 7 areas: payment held`.
    public var label: String {
        switch self {
        case .all: return "all"
        case .behind: return "behind profile"
        case .held: return "payment held"
        case .outstanding: return "outstanding return"
        case .overAllocated: return "over-allocated"
        }
    }

    public func keeps(_ standing: ArrangeableArea) -> Bool {
        switch self {
        case .all: return true
        case .behind: return standing.position.isBehindProfile
        case .held: return standing.isPaymentHeld
        case .outstanding: return !standing.position.outstandingQuarters.isEmpty
        case .overAllocated: return standing.isOverAllocated
        }
    }
}
