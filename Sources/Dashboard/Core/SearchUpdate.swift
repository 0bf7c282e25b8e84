import Cells
import Foundation
import GrantModel

/// `/` find: jumps to the first area whose name contains the query as it is typed.
extension DashboardState {
    mutating func searchKey(_ key: Key, _ search: Search) {
        var current = search
        switch key {
        case .escape:
            let found = (selectedAreaID, funderID)
            selectedAreaID = current.selectionBefore
            funderID = current.funderBefore
            mode = .normal
            // A reload while the search was open may have removed the area selected before it:
            // then the selection stays on the match.
            if let before = current.selectionBefore, !areas.contains(where: { $0.id == before }) {
                (selectedAreaID, funderID) = found
            } else if case .detail(let shown) = screen, let before = current.selectionBefore, before != shown.areaID {
                // Searching in the detail opened each match: go back to the area it showed before.
                openDetail(before)
            }
            selectFirstAreaIfNeeded()
            return
        case .enter:
            lastSearch = current.query.isEmpty ? lastSearch : current.query
            mode = .normal
            return
        case .backspace:
            if current.query.isEmpty {
                mode = .normal
                return
            }
            current.query.removeLast()
        case .character(let character):
            current.query.append(character)
        default:
            return
        }
        findAsTyped(current)
    }

    /// The search as typed or pasted so far: to the first match, or how many only the filter hides.
    mutating func findAsTyped(_ search: Search) {
        var current = search
        current.hiddenMatches = 0
        if !current.query.isEmpty, case .hidden(let count) = jumpToMatch(current.query, after: nil) { current.hiddenMatches = count }
        mode = .search(current)
    }

    /// `n`: the next area after the selected one whose name matches the last search.
    mutating func findNext() {
        guard let query = lastSearch else {
            say("/ to find an area first")
            return
        }
        switch jumpToMatch(query, after: selectedAreaID) {
        case .found: break
        case .hidden(let count): say(hiddenByFilterNotice(count))
        case .none: say("no area matches \"\(query)\"")
        }
    }

    /// Looks in the selected funder's areas, then the other funders'; the search wraps around. Only
    /// areas the filter (`O`) shows are found: a selection on a hidden area would point at nothing
    /// drawn; when only hidden ones match, how many.
    @discardableResult
    mutating func jumpToMatch(_ query: String, after: AreaID?) -> SearchOutcome {
        guard let grants else { return .none }
        let funders = grants.funders
        let start = funders.firstIndex { $0.id == funderID } ?? 0
        var candidates: [(FunderID, Area)] = []
        var hiddenMatches = 0
        for offset in 0..<funders.count {
            let funder = funders[(start + offset) % funders.count]
            let allocated = grants.allocatedAreas(of: funder.id, in: year)
            let shown = shownAreaIDs(of: funder.id)
            candidates += allocated.filter { shown?.contains($0.id) ?? true }.map { (funder.id, $0) }
            hiddenMatches += allocated.filter { shown?.contains($0.id) == false && DashboardState.nameMatches($0.name, query) }.count
        }
        if let after, let position = candidates.firstIndex(where: { $0.1.id == after }) {
            candidates = Array(candidates[(position + 1)...] + candidates[...position])
        }
        guard let match = candidates.first(where: { DashboardState.nameMatches($0.1.name, query) }) else {
            return hiddenMatches > 0 ? .hidden(hiddenMatches) : .none
        }
        funderID = match.0
        selectedAreaID = match.1.id
        if case .detail = screen { openDetail(match.1.id) }
        keepSelectionVisible()
        return .found
    }

    /// The areas of a funder the overview shows under the filter, at the period shown; nil when
    /// the filter shows every area.
    private func shownAreaIDs(of funder: FunderID) -> Set<AreaID>? {
        guard arrangement.filter != .all, let grants else { return nil }
        if funder == funderID { return Set(shownAreas.map(\.id)) }
        guard let report = grants.report(for: funder, in: period) else { return [] }
        return Set(grants.standings(report).filter(arrangement.filter.keeps).map(\.area.id))
    }

    /// `2 matches hidden by the filter "payment held": press O until every area shows`.
    func hiddenByFilterNotice(_ count: Int) -> String {
        "\(count) \(DashboardState.hiddenMatchesPhrase(count, filter: arrangement.filter)): press O until every area shows"
    }

    /// `match hidden by the filter "payment held"`, after its count.
    static func hiddenMatchesPhrase(_ count: Int, filter: AreaFilter) -> String {
        "match\(count == 1 ? "" : "es") hidden by the filter \"\(filter.label)\""
    }
}

/// What a search found: an area shown, only areas the filter hides (how many), or nothing.
enum SearchOutcome: Equatable {
    case found, hidden(Int), none
}

extension DashboardState {
    /// Whether an area's name contains the query, ignoring case.
    static func nameMatches(_ name: String, _ query: String) -> Bool {
        name.localizedCaseInsensitiveContains(query)
    }
}
