/// What kind of thing happened between two board dates (the contract's `kind`).
public enum ChangeKind: String, CaseIterable, Hashable, Sendable {
    /// A quarter's return arrived; the event carries its figures and whether it was late.
    case returnReceived = "return_received"
    /// A return was not in by its due date: dated the day after it, the first day it is overdue.
    case returnOverdue = "return_overdue"
    case returnAccepted = "return_accepted"
    case returnQueried = "return_queried"
    /// A figure of a return already recorded was changed (audit.csv), dated the day of the change.
    case returnCorrected = "return_corrected"
    case paymentMade = "payment_made"
    /// A PCC decision, on its date.
    case decision
    /// A reserve's balance, as stated on its as_of date.
    case reserve

    /// `return received`, `payment made`: the kind as a table or screen writes it.
    public var words: String { String(rawValue.map { $0 == "_" ? " " : $0 }) }
}

/// One thing that happened on a day: a return arriving or becoming overdue, a review, a
/// correction, a payment, a decision, a reserve balance. `areaID`, `year` and `quarter` are nil
/// where the event has none (a reserve has no area; a decision has no quarter).
public struct ChangeEvent: Hashable, Sendable {
    public var date: Day
    public var kind: ChangeKind
    public var funderID: FunderID
    public var areaID: AreaID?
    public var year: FinancialYear?
    public var quarter: Quarter?
    /// A short sentence of what happened and the figures it carries, without the area, year and
    /// quarter (they have their own fields): `Received on time: planned £1,630,367, spend £508,449`.
    public var detail: String

    public init(date: Day, kind: ChangeKind, funderID: FunderID, areaID: AreaID? = nil,
                year: FinancialYear? = nil, quarter: Quarter? = nil, detail: String) {
        self.date = date
        self.kind = kind
        self.funderID = funderID
        self.areaID = areaID
        self.year = year
        self.quarter = quarter
        self.detail = detail
    }
}
