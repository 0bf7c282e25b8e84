/// A review or a payment that someone asks to be written, in values alone: the dashboard says
/// what was decided, and the executable turns it into the store's edit of returns.csv or
/// payments.csv, so that the dashboard never learns the files' columns.
public enum ReviewOrPayment: Hashable, Sendable {
    /// A received return accepted or queried.
    case review(Grants.ReturnKey, Review)
    /// A quarter's instalment: paid on a day, or scheduled (`paid` nil).
    case payment(Payment)

    public var key: Grants.ReturnKey {
        switch self {
        case .review(let key, _): return key
        case .payment(let payment): return Grants.ReturnKey(areaID: payment.areaID, year: payment.year, quarter: payment.quarter)
        }
    }

    /// The day it happened, which the as-of date may not have reached: a review's date, a payment's.
    public var day: Day? {
        switch self {
        case .review(_, let review): return review.date
        case .payment(let payment): return payment.paid
        }
    }
}
