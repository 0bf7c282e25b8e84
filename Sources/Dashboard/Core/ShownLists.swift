import GrantModel

/// The overview's panes and the lists' rows in the chosen order and filter (`arrangement`), kept
/// between frames: the outstanding list of every funder and year looks up every area-year it names.
struct ShownLists: Sendable {
    struct Key: Hashable, Sendable {
        var data: DashboardState.CacheKey
        var arrangement: AreaArrangement
        var ofAllFunders: Bool
    }

    var key: Key
    var positions: [AreaPosition]
    var outstanding: [ReturnRow]
    var payments: [PaymentRow]
}

extension DashboardState {
    /// The overview's areas, in the order and filter chosen: every area in areas.csv order until
    /// `s` or `O` is pressed.
    public var shownPositions: [AreaPosition] {
        arrangement.isDefault ? report?.positions ?? [] : shownLists.positions
    }

    public var shownAreas: [Area] { shownPositions.map(\.area) }

    /// The selected area's place among the overview's areas; nil when it is filtered out.
    var shownIndex: Int? {
        guard let selectedAreaID else { return nil }
        return shownPositions.firstIndex { $0.area.id == selectedAreaID }
    }

    /// The payments view's rows, in the order and filter chosen.
    var listedPayments: [PaymentRow] {
        arrangement.isDefault ? funderPayments.listed : shownLists.payments
    }

    var shownKey: ShownLists.Key {
        ShownLists.Key(data: cacheKey, arrangement: arrangement, ofAllFunders: outstanding.ofAllFunders)
    }

    var shownLists: ShownLists {
        if let shownCache, shownCache.key == shownKey { return shownCache }
        return arrangedLists()
    }

    mutating func refreshShown() {
        guard !arrangement.isDefault else {
            shownCache = nil
            return
        }
        if shownCache?.key != shownKey { shownCache = arrangedLists() }
    }

    private func arrangedLists() -> ShownLists {
        let payments = funderPayments
        let standings = (report?.positions ?? []).map(ArrangeableArea.init)
        let inScope = outstandingInScope
        let outstandingStandings = outstanding.ofAllFunders
            ? grants?.standings(of: inScope.map(\.allocationKey), asOf: asOf) ?? []
            : standings
        return ShownLists(key: shownKey,
                          positions: arrangement.arrange(standings).map(\.position),
                          outstanding: arrangement.arrange(inScope, standings: outstandingStandings, key: \.allocationKey),
                          payments: arrangement.arrange(payments.listed, standings: standings, key: \.allocationKey))
    }
}
