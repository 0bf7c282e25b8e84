/// An order and a filter of the areas, the same on every screen and in `report` and `returns`.
/// The default lists every area in areas.csv order.
public struct AreaArrangement: Hashable, Sendable {
    /// nil: areas.csv order.
    public var sort: AreaSort?
    public var descending: Bool
    public var filter: AreaFilter

    public init(sort: AreaSort? = nil, descending: Bool? = nil, filter: AreaFilter = .all) {
        self.sort = sort
        self.descending = descending ?? sort?.startsDescending ?? false
        self.filter = filter
    }

    public var isDefault: Bool { sort == nil && filter == .all }

    /// The areas kept by the filter, in the order: an area whose figure is unknown goes last
    /// whichever the direction, and areas that tie keep their order.
    public func arrange(_ standings: [ArrangeableArea]) -> [ArrangeableArea] {
        let kept = standings.filter(filter.keeps)
        guard let sort else { return kept }
        let known = kept.filter(sort.isKnown), unknown = kept.filter { !sort.isKnown($0) }
        let ordered = known.enumerated().sorted { lhs, rhs in
            guard let before = sort.ascending(lhs.element, rhs.element) else { return lhs.offset < rhs.offset }
            return before != descending
        }
        return ordered.map(\.element) + unknown
    }

    /// The steps of `s`: areas.csv order, then each order in turn, each in its own direction.
    public func nextSort() -> AreaArrangement {
        let all = AreaSort.allCases
        guard let sort else { return AreaArrangement(sort: all.first, filter: filter) }
        let index = all.firstIndex(of: sort)! + 1
        return AreaArrangement(sort: index < all.count ? all[index] : nil, filter: filter)
    }

    /// The steps of `O`: every area, then each filter in turn.
    public func nextFilter() -> AreaArrangement {
        let all = AreaFilter.allCases
        var next = self
        next.filter = all[(all.firstIndex(of: filter)! + 1) % all.count]
        return next
    }

    /// `sorted by % spend, largest first`, `sorted by name, A to Z`; nil in areas.csv order.
    public var sortPhrase: String? {
        guard let sort else { return nil }
        let direction = sort == .name ? (descending ? "Z to A" : "A to Z") : (descending ? "largest first" : "smallest first")
        return "sorted by \(sort.label), \(direction)"
    }

    /// `3 of 7 areas: payment held`; nil when every area shows.
    public func filterPhrase(shown: Int, of total: Int) -> String? {
        filter == .all ? nil : "\(shown) of \(total) area\(total == 1 ? "" : "s"): \(filter.label)"
    }
}

extension AreaArrangement {
    /// A list's rows, each about one area's year: those whose area-year the filter keeps, in the
    /// order of their area-years (`standings`, one per area-year the rows name); the rows of one
    /// area-year, and every row when there is no order, keep their order.
    public func arrange<Row>(_ rows: [Row], standings: [ArrangeableArea], key: (Row) -> Grants.AllocationKey) -> [Row] {
        guard !isDefault else { return rows }
        var rank: [Grants.AllocationKey: Int] = [:]
        for (index, standing) in arrange(standings).enumerated() {
            rank[Grants.AllocationKey(areaID: standing.area.id, year: standing.position.period.year)] = index
        }
        let kept = rows.enumerated().compactMap { offset, row in rank[key(row)].map { (rank: $0, offset: offset, row: row) } }
        guard sort != nil else { return kept.map(\.row) }
        return kept.sorted { ($0.rank, $0.offset) < ($1.rank, $1.offset) }.map(\.row)
    }
}

extension Grants {
    /// The standing of every area-year `keys` name, each once, for `AreaArrangement.arrange(_:standings:key:)`
    /// over a list of every funder's years.
    public func standings(of keys: [AllocationKey], asOf: Day) -> [ArrangeableArea] {
        var seen: Set<AllocationKey> = []
        return keys.compactMap { key in
            guard seen.insert(key).inserted else { return nil }
            return standing(of: key.areaID, in: key.year, asOf: asOf)
        }
    }
}

extension ReturnRow {
    public var allocationKey: Grants.AllocationKey { Grants.AllocationKey(areaID: area.id, year: year) }
}

extension PaymentRow {
    public var allocationKey: Grants.AllocationKey { Grants.AllocationKey(areaID: area.id, year: year) }
}
