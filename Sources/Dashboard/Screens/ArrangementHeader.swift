import Cells
import GrantModel

/// The header's account of the order and filter chosen: `sorted by % spend ↓ · 3 of 7 areas:
/// payment held`, after the rest of the header when it all fits, else in place of the as-of date
/// and the funder, shortened if need be (`2016/17 Q2 · % spend ↓ · 1 of 7: payment held` at 80
/// columns). Nothing while every area shows in areas.csv order.
enum ArrangementHeader {
    /// The header's left part: `full` (`csdash`, `period`, `rest`) with the arrangement after it,
    /// or after the period with the rest cut to fit, or short forms, fitted to `room`.
    static func left(_ full: String, period: String, rest: String, _ state: DashboardState, room: Int) -> String {
        let arrangement = state.arrangement
        guard !arrangement.isDefault else { return full }
        let dot = " \(state.glyphs.middleDot) "
        let shown = state.shownPositions.count, total = state.areas.count
        let arrow = arrangement.descending ? state.glyphs.descending : state.glyphs.ascending
        let long = [arrangement.sort.map { "sorted by \($0.label) \(arrow)" },
                    arrangement.filterPhrase(shown: shown, of: total)].compactMap { $0 }.joined(separator: dot)
        let short = [arrangement.sort.map { "\($0.label) \(arrow)" },
                     arrangement.filter == .all ? nil : "\(shown) of \(total): \(arrangement.filter.label)"]
            .compactMap { $0 }.joined(separator: dot)
        let named = " csdash\(dot)\(period)"
        if (full + dot + long).count <= room { return full + dot + long }
        if (named + dot + long).count <= room { return named + dot + long + dot + rest }
        let candidates = [named + dot + short, " \(period)\(dot)\(short)"]
        return candidates.first { $0.count <= room } ?? candidates.last!
    }
}
