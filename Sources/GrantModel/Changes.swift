/// What happened between two board dates: every event dated after `since` and on or before
/// `asOf`, oldest first, then by area. Built from the data and the audit log alone, never from
/// the clock, so the same folder replays the same answer on any day.
public struct Changes: Hashable, Sendable {
    public var since: Day
    public var asOf: Day
    public var events: [ChangeEvent]

    /// The events after `since` and on or before `asOf` in `grants`, with `audit` (the changes
    /// csdash made to returns, oldest first, as `AuditTrail` reads them) for the corrections.
    /// `since` after `asOf` is an empty window: the caller says why that is a mistake.
    public static func between(since: Day, asOf: Day, in grants: Grants, audit: [RecordedChange]) -> Changes {
        let window = ChangeWindow(since: since, asOf: asOf)
        var history: [Grants.ReturnKey: [RecordedChange]] = [:]
        for change in audit { history[change.key, default: []].append(change) }
        var events: [ChangeEvent] = []
        events += grants.returnEvents(in: window, history: history)
        events += grants.overdueEvents(in: window)
        events += grants.correctionEvents(in: window, audit: audit)
        events += grants.paymentEvents(in: window)
        events += grants.decisionAndReserveEvents(in: window)
        return Changes(since: since, asOf: asOf, events: grants.ordered(events))
    }

    public init(since: Day, asOf: Day, events: [ChangeEvent]) {
        self.since = since
        self.asOf = asOf
        self.events = events
    }

    /// Only the events of one funder (nil: every funder).
    public func only(funder funderID: FunderID?) -> Changes {
        guard let funderID else { return self }
        return Changes(since: since, asOf: asOf, events: events.filter { $0.funderID == funderID })
    }

    /// The areas with at least one event: the ones a board would ask about.
    public var changedAreas: Set<AreaID> { Set(events.compactMap(\.areaID)) }
}

/// The days after `since` and on or before `asOf`.
struct ChangeWindow {
    var since: Day
    var asOf: Day

    func contains(_ day: Day) -> Bool { since < day && day <= asOf }
}

extension Grants {
    /// Oldest first; on one day, the events without an area (a reserve, a decision for a whole
    /// force) first, then by area name, year, quarter and kind, so that the order never depends
    /// on the order of the files.
    func ordered(_ events: [ChangeEvent]) -> [ChangeEvent] {
        let kinds = Dictionary(uniqueKeysWithValues: ChangeKind.allCases.enumerated().map { ($1, $0) })
        func place(_ event: ChangeEvent) -> (Int, String, String, String) {
            (event.date.ordinal, event.areaID.flatMap { area($0)?.name } ?? "", event.areaID ?? "", event.funderID)
        }
        func period(_ event: ChangeEvent) -> (Int, Int, Int) {
            (event.year?.startYear ?? 0, event.quarter?.rawValue ?? 0, kinds[event.kind] ?? 0)
        }
        return events.sorted { left, right in
            let (leftPlace, rightPlace) = (place(left), place(right))
            return leftPlace != rightPlace ? leftPlace < rightPlace : period(left) < period(right)
        }
    }

    func currency(ofArea areaID: AreaID) -> Currency {
        area(areaID).flatMap { funder($0.funderID) }?.currency ?? .gbp
    }
}
