/// An instalment of an area's money for one quarter (a row of payments.csv): scheduled while
/// `paid` is nil, a payment made that day once it has a date.
public struct Payment: Hashable, Sendable {
    public var areaID: AreaID
    public var year: FinancialYear
    public var quarter: Quarter
    public var amount: Money
    public var paid: Day?
    /// The payment's reference (a remittance or purchase-order number), as the office wrote it.
    public var ref: String
    public var notes: String

    public init(areaID: AreaID, year: FinancialYear, quarter: Quarter, amount: Money, paid: Day? = nil,
                ref: String = "", notes: String = "") {
        self.areaID = areaID
        self.year = year
        self.quarter = quarter
        self.amount = amount
        self.paid = paid
        self.ref = ref
        self.notes = notes
    }

    /// Paid by `day`: a payment dated after the as-of date has not been made yet then.
    public func isPaid(asOf day: Day) -> Bool {
        guard let paid else { return false }
        return paid <= day
    }

    /// Made before its quarter's return was accepted (or with the return never accepted): money
    /// out ahead of the satisfactory monitoring it is meant to follow.
    public func isMadeBeforeAcceptance(of item: MonitoringReturn?) -> Bool {
        guard let paid else { return false }
        guard let review = item?.review, review.outcome == .accepted else { return true }
        return paid < review.date
    }
}

/// Why a quarter's payment is held.
public enum HoldReason: Hashable, Sendable {
    /// The return is overdue by this many days.
    case overdue(days: Int)
    /// The return was queried; the query says why.
    case queried(query: String)
}

/// Where a quarter's payment stands at the as-of date.
public enum PaymentStatus: Hashable, Sendable {
    /// Paid on or before the as-of date.
    case paid(on: Day)
    /// The return was accepted by the as-of date; not paid yet.
    case ready
    /// The return is overdue or queried: the payment is withheld.
    case held(HoldReason)
    /// Anything else not paid: the return not due, due, or awaiting review.
    case pending

    /// The contract's name: `paid`, `ready`, `held`, `pending`.
    public var name: String {
        switch self {
        case .paid: return "paid"
        case .ready: return "ready"
        case .held: return "held"
        case .pending: return "pending"
        }
    }

    /// The status of a quarter whose return has `returnStatus` and `review` (with `query`), and
    /// whose instalment is `payment` (nil: none scheduled), on `day`. A paid instalment is paid
    /// whatever the return: the money has gone (a warning says when it went early).
    public init(returnStatus: ReturnStatus, review: ReviewStatus?, query: String, payment: Payment?, asOf day: Day) {
        if let payment, payment.isPaid(asOf: day), let paid = payment.paid {
            self = .paid(on: paid)
        } else if review == .accepted {
            self = .ready
        } else if review == .queried {
            self = .held(.queried(query: query))
        } else if let days = returnStatus.daysOverdue {
            self = .held(.overdue(days: days))
        } else {
            self = .pending
        }
    }
}
