/// How an area's board figures moved between two dates: % spend and % allocated, and its
/// standing, then and now. Both ends are the report's own `AreaPosition`s, each built by the
/// report's code on its own as-of date, so the movement is never a second arithmetic.
public struct AreaMovement: Hashable, Sendable {
    /// The area as the board sees it now.
    public var now: AreaPosition
    /// The area as the board saw it then; nil when it was not on that board (not allocated money
    /// in the year the report looked at then).
    public var then: AreaPosition?

    public init(now: AreaPosition, then: AreaPosition?) {
        self.now = now
        self.then = then
    }

    public var areaID: AreaID { now.area.id }

    /// Points of % spend gained since then; nil when either end has no percent.
    public var percentSpendChange: Int? { Self.points(then?.percentSpend, now.percentSpend) }
    public var percentAllocatedChange: Int? { Self.points(then?.percentAllocated, now.percentAllocated) }

    public var standingNow: AreaStanding { AreaStanding(now) }
    public var standingThen: AreaStanding? { then.map(AreaStanding.init) }

    /// Anything a board would notice: a percent moved, the standing changed, or the area is new.
    public var hasMoved: Bool {
        guard let then else { return true }
        return then.percentSpend != now.percentSpend || then.percentAllocated != now.percentAllocated
            || !AreaStanding(then).isSame(as: standingNow)
    }

    private static func points(_ then: Int?, _ now: Int?) -> Int? {
        guard let then, let now else { return nil }
        return now - then
    }

    /// `+12`, `-3`, `0`; empty when there is no change to show.
    public static func pointsText(_ points: Int?) -> String {
        guard let points else { return "" }
        return points > 0 ? "+\(points)" : "\(points)"
    }
}

/// Where an area stands on a board: its report quarter's return, behind profile or not, payment
/// held or not.
public struct AreaStanding: Hashable, Sendable {
    public var quarter: Quarter
    public var returnStatus: ReturnStatus
    public var isBehindProfile: Bool
    public var isPaymentWithheld: Bool

    public init(_ position: AreaPosition) {
        quarter = position.period.quarter
        returnStatus = position.statuses[position.period.quarter] ?? .notDue
        isBehindProfile = position.isBehindProfile
        isPaymentWithheld = position.isPaymentWithheld
    }

    /// `Q2 received`, `Q2 OVERDUE 37 days, payment held`, `Q1 late, 13 days, behind profile`.
    public var words: String {
        var parts = ["\(quarter) \(returnStatus.words)"]
        if isBehindProfile { parts.append("behind profile") }
        if isPaymentWithheld && !returnStatus.withholdsPayment { parts.append("payment held") }
        return parts.joined(separator: ", ")
    }

    /// The same standing in what a board reads into it: the status by name (an overdue return
    /// a month older is not news), the profile and the hold.
    public func isSame(as other: AreaStanding) -> Bool {
        quarter == other.quarter && returnStatus.name == other.returnStatus.name
            && isBehindProfile == other.isBehindProfile && isPaymentWithheld == other.isPaymentWithheld
    }
}

extension FunderReport {
    /// Each area of this report against `then`, the same funder's report on the earlier date
    /// (nil: the funder had no board then), in this report's order.
    public func movements(since then: FunderReport?) -> [AreaMovement] {
        var earlier: [AreaID: AreaPosition] = [:]
        for position in then?.positions ?? [] { earlier[position.area.id] = position }
        return positions.map { AreaMovement(now: $0, then: earlier[$0.area.id]) }
    }
}
