/// Where a quarter's return stands at the as-of date.
public enum ReturnStatus: Hashable, Sendable {
    /// Received on or before its due date.
    case received
    /// Received after its due date.
    case late(days: Int)
    /// The quarter has not ended yet.
    case notDue
    /// The quarter has ended, the due date has not passed, no return yet.
    case due
    /// The due date has passed and no return has been received: payment is held.
    case overdue(days: Int)

    /// The contract's name: `received`, `late`, `not_due`, `due`, `overdue`.
    public var name: String {
        switch self {
        case .received: return "received"
        case .late: return "late"
        case .notDue: return "not_due"
        case .due: return "due"
        case .overdue: return "overdue"
        }
    }

    /// `due` or `overdue`: a return someone should be chasing.
    public var isOutstanding: Bool {
        switch self {
        case .due, .overdue: return true
        default: return false
        }
    }

    public var isReceived: Bool {
        switch self {
        case .received, .late: return true
        default: return false
        }
    }

    public var withholdsPayment: Bool {
        if case .overdue = self { return true }
        return false
    }

    public var daysLate: Int? {
        if case .late(let days) = self { return days }
        return nil
    }

    public var daysOverdue: Int? {
        if case .overdue(let days) = self { return days }
        return nil
    }

    /// The status of a return for `quarter` of `year`, due `dueDays` after the quarter ends,
    /// received on `received` (nil: not received), seen on `asOf`.
    public init(year: FinancialYear, quarter: Quarter, dueDays: Int, received: Day?, asOf: Day) {
        let quarterEnd = year.lastDay(of: quarter)
        let due = year.dueDay(of: quarter, dueDays: dueDays)
        if let received, received <= asOf {
            self = received <= due ? .received : .late(days: received.days(since: due))
        } else if asOf <= quarterEnd {
            self = .notDue
        } else if asOf <= due {
            self = .due
        } else {
            self = .overdue(days: asOf.days(since: due))
        }
    }
}
