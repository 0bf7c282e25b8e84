/// The office's review of a received return: "funding is paid out on receipt of satisfactory
/// monitoring information", and a review is where a return is found satisfactory, or not.
public struct Review: Hashable, Sendable {
    public enum Outcome: String, CaseIterable, Hashable, Sendable {
        case accepted, queried
    }

    public var outcome: Outcome
    /// The day of the review (returns.csv's `reviewed`).
    public var date: Day
    /// What was queried; kept beside an acceptance as the record of what was put right.
    public var query: String

    public init(outcome: Outcome, date: Day, query: String = "") {
        self.outcome = outcome
        self.date = date
        self.query = query
    }

    /// Why this review cannot stand on a return received on `received` (nil: not received).
    public func problems(received: Day?) -> [ReviewProblem] {
        var problems: [ReviewProblem] = []
        if let received {
            if date < received { problems.append(.reviewedBeforeReceived(received: received)) }
        } else {
            problems.append(.notReceived)
        }
        if outcome == .queried && query.isEmpty { problems.append(.queryMissing) }
        return problems
    }
}

/// What makes a review impossible (the store reports each as an error at its column).
public enum ReviewProblem: Hashable, Sendable {
    /// Only a received return can be reviewed.
    case notReceived
    /// A return is reviewed on or after the day it arrived.
    case reviewedBeforeReceived(received: Day)
    /// A query says what is wrong, so that the area can put it right.
    case queryMissing
}

/// Where a quarter's review stands at the as-of date. A quarter not received by then has none.
public enum ReviewStatus: String, CaseIterable, Hashable, Sendable {
    /// Received, not reviewed by the as-of date.
    case awaiting
    case accepted
    case queried
}

extension MonitoringReturn {
    /// The review status on `day`: nil until received; a review dated after `day` has not happened.
    public func reviewStatus(asOf day: Day) -> ReviewStatus? {
        guard isReceived(asOf: day) else { return nil }
        guard let review, review.date <= day else { return .awaiting }
        switch review.outcome {
        case .accepted: return .accepted
        case .queried: return .queried
        }
    }
}
