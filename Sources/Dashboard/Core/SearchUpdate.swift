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
        mode = .search(current)
        if !current.query.isEmpty { jumpToMatch(current.query, after: nil) }
    }

    /// `n`: the next area after the selected one whose name matches the last search.
    mutating func findNext() {
        guard let query = lastSearch else {
            say("/ to find an area first")
            return
        }
        if !jumpToMatch(query, after: selectedAreaID) { say("no area matches \"\(query)\"") }
    }

    /// Looks in the selected funder's areas, then the other funders'; the search wraps around.
    @discardableResult
    mutating func jumpToMatch(_ query: String, after: AreaID?) -> Bool {
        guard let grants else { return false }
        let funders = grants.funders
        let start = funders.firstIndex { $0.id == funderID } ?? 0
        var candidates: [(FunderID, Area)] = []
        for offset in 0..<funders.count {
            let funder = funders[(start + offset) % funders.count]
            candidates += grants.allocatedAreas(of: funder.id, in: year).map { (funder.id, $0) }
        }
        if let after, let position = candidates.firstIndex(where: { $0.1.id == after }) {
            candidates = Array(candidates[(position + 1)...] + candidates[...position])
        }
        guard let match = candidates.first(where: { DashboardState.nameMatches($0.1.name, query) }) else { return false }
        funderID = match.0
        selectedAreaID = match.1.id
        if case .detail = screen { openDetail(match.1.id) }
        keepSelectionVisible()
        return true
    }
}

extension DashboardState {
    /// Whether an area's name contains the query, ignoring case.
    static func nameMatches(_ name: String, _ query: String) -> Bool {
        name.localizedCaseInsensitiveContains(query)
    }
}
