extension Glyphs {
    /// Every symbol that means something on a screen (the box lines aside): the legend (`?`) says
    /// what each means, and its test holds it to this list.
    public enum Mark: CaseIterable, Hashable, Sendable {
        case tick, cross, dot, behind, unknown, alert, ellipsis, middleDot, descending, ascending, bar
    }

    /// The mark as drawn: a bar's full, half and empty cells for `bar`.
    public func text(of mark: Mark) -> String {
        switch mark {
        case .tick: return tick
        case .cross: return cross
        case .dot: return dot
        case .behind: return behind
        case .unknown: return unknown
        case .alert: return alert
        case .ellipsis: return ellipsis
        case .middleDot: return middleDot
        case .descending: return descending
        case .ascending: return ascending
        case .bar: return "\(fullBlock)\(halfBlock)\(track)"
        }
    }
}
