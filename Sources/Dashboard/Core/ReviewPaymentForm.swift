import GrantModel

/// The forms that accept a return (`A`), query it (`Q`) and record its quarter's payment (`P`):
/// one-line fields, checked as they are typed, saved only when clean, as the return form is.
/// A review needs a received return; a date may not be after today, as a received date may not.
public struct ReviewPaymentForm: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case accept, query, pay

        /// The title's verb: `Accept return`, `Query return`, `Record payment`.
        var title: String {
            switch self {
            case .accept: return "Accept return"
            case .query: return "Query return"
            case .pay: return "Record payment"
            }
        }
    }

    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case query, reviewed, amount, paid, ref

        public var label: String {
            switch self {
            case .query: return "Query"
            case .reviewed: return "Reviewed"
            case .amount: return "Amount"
            case .paid: return "Paid"
            case .ref: return "Ref"
            }
        }

        public var hint: String {
            switch self {
            case .query: return "what is wrong, in a line the area can act on"
            case .reviewed: return "date of the review, e.g. 2016-12-08"
            case .amount: return "e.g. 53613 or £53,613.50"
            case .paid: return "date paid (empty: scheduled, not paid yet)"
            case .ref: return "optional: remittance or order number"
            }
        }
    }

    public let kind: Kind
    public let areaID: AreaID
    public let year: FinancialYear
    public let quarter: Quarter
    public let currency: Currency
    public internal(set) var values: [Field: String]
    public internal(set) var focus: Field
    public internal(set) var message: String?
    public internal(set) var isSaving = false
    /// The real date: no review or payment can be dated after it. nil: not known.
    public let today: Day?
    /// When the return arrived: a review is dated on or after it.
    let received: Day?

    /// The form for `kind` on an area's quarter, filled with what the data has (the query being
    /// answered, the instalment scheduled) and dated the day the dashboard shows: today, or the
    /// `--as-of` day being looked at (never after today), so that what is saved shows at once.
    init(_ kind: Kind, areaID: AreaID, year: FinancialYear, quarter: Quarter, grants: Grants, asOf: Day, today: Day?) {
        self.kind = kind
        self.areaID = areaID
        self.year = year
        self.quarter = quarter
        self.today = today
        currency = grants.area(areaID).flatMap { grants.funder($0.funderID) }?.currency ?? .gbp
        let item = grants.monitoringReturn(for: areaID, in: year, quarter: quarter)
        received = item?.received
        let day = "\(today.map { min($0, asOf) } ?? asOf)"
        switch kind {
        case .accept, .query:
            let query = item?.review.map { $0.outcome == .queried ? $0.query : "" } ?? ""
            values = [.query: query, .reviewed: day]
            focus = kind == .query ? .query : .reviewed
        case .pay:
            let payment = grants.payment(for: areaID, in: year, quarter: quarter)
            values = [.amount: payment?.amount.plainAmount() ?? "", .paid: payment?.paid.map { "\($0)" } ?? day, .ref: payment?.ref ?? ""]
            focus = .amount
        }
    }

    /// The fields of this kind of form, top to bottom.
    public var fields: [Field] {
        switch kind {
        case .accept: return [.reviewed]
        case .query: return [.query, .reviewed]
        case .pay: return [.amount, .paid, .ref]
        }
    }

    public func value(_ field: Field) -> String { values[field] ?? "" }

    /// What is wrong with each field as typed; empty when the form can be saved.
    public var problems: [Field: String] {
        var problems: [Field: String] = [:]
        for field in fields {
            let text = value(field).trimmingSpaces()
            switch field {
            case .query:
                if text.isEmpty { problems[field] = "say what is wrong: the area is told" }
            case .reviewed, .paid:
                if text.isEmpty {
                    if field == .reviewed { problems[field] = "a review has a date" }
                    continue
                }
                switch Day.parse(text) {
                case .failure(.malformed): problems[field] = "not a date: write 2016-12-08"
                case .failure(.doesNotExist): problems[field] = "that date does not exist"
                case .success(let day) where today.map { day > $0 } ?? false:
                    problems[field] = "after today (\(today!)): check the year"
                case .success(let day) where field == .reviewed && received.map { day < $0 } ?? false:
                    problems[field] = "before the return arrived (\(received!))"
                case .success: break
                }
            case .amount:
                switch MoneyParser.parse(text, currency: currency) {
                case .success: break
                case .failure(.negative), .failure(.negativeInParentheses): problems[field] = "may not be negative"
                case .failure(.wrongCurrency(let found, let expected)): problems[field] = "\(found) amount, but this funder uses \(expected.code)"
                case .failure: problems[field] = text.isEmpty ? "the amount paid or to pay" : "not an amount: write e.g. 53613 or £53,613.50"
                }
            case .ref:
                break
            }
        }
        return problems
    }

    /// What to write, when the form is clean.
    public var change: ReviewOrPayment? {
        guard problems.isEmpty else { return nil }
        let key = Grants.ReturnKey(areaID: areaID, year: year, quarter: quarter)
        func day(_ field: Field) -> Day? { try? Day.parse(value(field).trimmingSpaces()).get() }
        switch kind {
        case .accept, .query:
            guard let reviewed = day(.reviewed) else { return nil }
            let review = kind == .accept ? Review(outcome: .accepted, date: reviewed)
                : Review(outcome: .queried, date: reviewed, query: value(.query).trimmingSpaces())
            return .review(key, review)
        case .pay:
            guard let amount = try? MoneyParser.parse(value(.amount), currency: currency).get() else { return nil }
            return .payment(Payment(areaID: areaID, year: year, quarter: quarter, amount: amount, paid: day(.paid),
                                    ref: value(.ref).trimmingSpaces()))
        }
    }
}
