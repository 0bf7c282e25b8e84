import GrantModel

extension ReturnEdit {
    /// The review of a return, as returns.csv's `review`, `reviewed` and `query` columns. An
    /// acceptance clears the query it answers: the audit log keeps what was queried.
    public static func reviewing(areaID: AreaID, year: FinancialYear, quarter: Quarter, _ review: Review) -> ReturnEdit {
        ReturnEdit(areaID: areaID, year: year, quarter: quarter, fields: [
            "review": review.outcome.rawValue,
            "reviewed": "\(review.date)",
            "query": review.outcome == .queried ? review.query : "",
        ])
    }

    /// A quarter's instalment, as payments.csv's `amount`, `paid` (empty: scheduled) and, when
    /// given, `ref`. payments.csv shares returns.csv's key, so the same edit names its row.
    public static func paying(areaID: AreaID, year: FinancialYear, quarter: Quarter, amount: Money, paid: Day?,
                              ref: String?) -> ReturnEdit {
        var fields = ["amount": amount.plainAmount(), "paid": paid.map { "\($0)" } ?? ""]
        if let ref { fields["ref"] = ref }
        return ReturnEdit(areaID: areaID, year: year, quarter: quarter, fields: fields)
    }
}
