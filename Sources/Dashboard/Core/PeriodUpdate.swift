import GrantModel

/// Stepping the funder, the year and the quarter the dashboard looks at, keeping the selection
/// where it can.
extension DashboardState {
    mutating func switchFunder(by step: Int) {
        guard let grants, !grants.funders.isEmpty else { return }
        let current = grants.funders.firstIndex { $0.id == funderID } ?? 0
        let funder = grants.funders[(current + step + grants.funders.count) % grants.funders.count]
        funderID = funder.id
        if !funderYears.contains(year) {
            takeTheFundersDefaultPeriod()
        }
        selectFirstAreaIfNeeded()
        if case .detail(let shown) = screen, !areas.contains(where: { $0.id == shown.areaID }) { screen = Screen(shown.from) }
        say("\(funder.name)")
    }

    mutating func switchYear(by step: Int) {
        let years = funderYears
        guard !years.isEmpty else { return }
        let candidates = step < 0 ? years.filter { $0 < year } : years.filter { $0 > year }
        guard let target = step < 0 ? candidates.last : candidates.first else {
            say(step < 0 ? "\(year) is the earliest year in the data" : "\(year) is the latest year in the data")
            return
        }
        year = target
        selectFirstAreaIfNeeded()
        say("\(target) at \(quarter)")
    }

    mutating func switchQuarter(by step: Int) {
        guard let target = Quarter(rawValue: quarter.rawValue + step) else {
            say(step < 0 ? "Q1 is the first quarter" : "Q4 is the last quarter")
            return
        }
        quarter = target
        // The detail has a line per quarter to date: it may be shorter now.
        keepSelectionVisible()
        say("\(year) at \(target)")
    }

    /// Keeps the selected area when it is still listed; otherwise the one at the same place, or the first.
    mutating func selectFirstAreaIfNeeded(previousIndex: Int? = nil) {
        let list = areas
        if let selectedAreaID, list.contains(where: { $0.id == selectedAreaID }) {
            keepSelectionVisible()
            return
        }
        if let previousIndex, !list.isEmpty {
            selectedAreaID = list[min(previousIndex, list.count - 1)].id
        } else {
            selectedAreaID = list.first?.id
        }
        keepSelectionVisible()
    }
}
