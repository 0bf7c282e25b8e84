import GrantModel

/// The last board's date (`--since`, `B`) and what the dashboard keeps for it: the audit log's
/// corrections, the Changes view's row, and the events of the window, worked out once per change
/// of what they depend on, as the report is.
public struct SinceBoard: Sendable {
    public internal(set) var day: Day?
    /// The corrections csdash recorded in the folder's audit log, as the shell last read them.
    public internal(set) var audit: [RecordedChange] = []
    public internal(set) var list = ChangesList()
    var cache: (key: Key, changes: Changes)?

    /// What the events depend on.
    struct Key: Hashable {
        var revision: Int
        var auditCount: Int
        var since: Day
        var asOf: Day
        var funderID: FunderID?
    }
}

/// What the Changes view keeps while another view shows: its row.
public struct ChangesList: Hashable, Sendable {
    public internal(set) var cursor = ListCursor()
}

extension DashboardState {
    /// The selected funder's events after the last board's date, on or before the as-of date,
    /// newest first; nil while no last board's date is set.
    public var changes: Changes? {
        guard let key = changesKey, let grants else { return nil }
        if let cache = sinceBoard.cache, cache.key == key { return cache.changes }
        return DashboardState.newestFirst(Changes.between(since: key.since, asOf: asOf, in: grants, audit: sinceBoard.audit)
            .only(funder: funderID))
    }

    /// The areas with an event in the window: the overview marks them.
    var changedAreas: Set<AreaID> { changes?.changedAreas ?? [] }

    var changesKey: SinceBoard.Key? {
        sinceBoard.day.map {
            SinceBoard.Key(revision: dataRevision, auditCount: sinceBoard.audit.count, since: $0, asOf: asOf, funderID: funderID)
        }
    }

    mutating func refreshChanges() {
        guard let key = changesKey, grants != nil else {
            sinceBoard.cache = nil
            return
        }
        guard sinceBoard.cache?.key != key else { return }
        sinceBoard.cache = nil
        sinceBoard.cache = (key, changes ?? Changes(since: key.since, asOf: asOf, events: []))
    }

    /// The model lists oldest first, as a report reads; a screen shows the latest news on top.
    static func newestFirst(_ changes: Changes) -> Changes {
        var reversed = changes
        reversed.events.reverse()
        return reversed
    }

    /// The audit log as the shell read it (`Effect.readAudit`).
    mutating func auditRead(_ changes: [RecordedChange]) {
        sinceBoard.audit = changes
    }
}
