/// A spending theme across areas for a year, from projects.csv: how many areas fund it and how
/// much (the board report of 6 December 2016, paragraph 16: "4/7 allocate funding to Domestic Abuse c£500k").
public struct ThemeSummary: Hashable, Sendable {
    public var theme: String
    public var areaIDs: [AreaID]
    public var budget: Money
    public var spend: Money?
    public var projectCount: Int
}

extension Grants {
    /// The funder's themes in `year`, largest budget first; `areasInYear` is the denominator of
    /// "4/7" (the funder's areas allocated that year).
    public func themes(for funderID: FunderID, in year: FinancialYear) -> (themes: [ThemeSummary], areasInYear: Int) {
        let funded = Set(allocatedAreas(of: funderID, in: year).map(\.id))
        // The funder's areas' runs of projects that year, in file order: found by key rather than
        // by reading every project of a national folder on every frame of the themes view.
        let rows = areas(of: funderID).flatMap { projectRows(for: $0.id, in: year) }.sorted { $0.lowerBound < $1.lowerBound }
        let relevant = rows.flatMap { projects[$0] }
        let grouped = Dictionary(grouping: relevant, by: \.theme)
        let themes = grouped.map { theme, items -> ThemeSummary in
            var seen: [AreaID] = []
            for item in items where !seen.contains(item.areaID) { seen.append(item.areaID) }
            let spends = items.map(\.spend)
            let spend: Money? = spends.contains { $0 == nil } ? nil : spends.compactMap { $0 }.sum()
            return ThemeSummary(theme: theme, areaIDs: seen, budget: items.map(\.budget).sum(), spend: spend, projectCount: items.count)
        }.sorted { $0.budget != $1.budget ? $0.budget > $1.budget : $0.theme < $1.theme }
        return (themes, funded.count)
    }
}
