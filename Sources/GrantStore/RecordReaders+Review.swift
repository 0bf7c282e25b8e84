import GrantModel

/// The review columns of returns.csv (`review`, `reviewed`, `query`) and the rows of payments.csv.
extension RecordReaders {
    /// The row's review, or nil when it has none; every way it cannot stand is an error at its column.
    func review(_ row: inout RowReader, received: Day?) -> Review? {
        let text = row.text("review")
        let reviewed = row.day("reviewed", required: false)
        let query = row.text("query")
        guard !text.isEmpty else {
            if !row.text("reviewed").isEmpty {
                row.fail("reviewed", "reviewed is given but review is empty: write accepted or queried in review, or clear reviewed")
            }
            if !query.isEmpty {
                row.fail("query", "query is given but review is empty: write queried in review, or clear query")
            }
            return nil
        }
        guard let outcome = Review.Outcome(rawValue: text.lowercased()) else {
            row.fail("review", "review \(row.quoted(text)) is not one of \(Review.Outcome.allCases.map(\.rawValue).joined(separator: ", ")) (or empty)")
            return nil
        }
        guard let reviewed else {
            if row.text("reviewed").isEmpty {
                row.fail("reviewed", "reviewed is empty: a review needs the date it was made, e.g. 2016-12-06")
            }
            return nil
        }
        let review = Review(outcome: outcome, date: reviewed, query: query)
        for problem in review.problems(received: received) {
            switch problem {
            case .notReceived:
                row.fail("review", "review is \(outcome.rawValue) but received is empty: only a received return can be reviewed")
            case .reviewedBeforeReceived(let received):
                row.fail("reviewed", "reviewed \(reviewed) is before the return was received on \(received): a return is reviewed on or after the day it arrives")
            case .queryMissing:
                row.fail("query", "review is queried but query is empty: say what is wrong, so that the area can put it right")
            }
        }
        return review
    }

    func payment(_ row: inout RowReader) -> Payment? {
        let areaID = row.required("area_id")
        let year = row.year("year")
        let quarter = row.quarter("quarter")
        let currency = areaID.flatMap { row.currency(forArea: $0, currency(forArea:)) }
        let amount = row.money("amount", currency: currency, required: true)
        let paid = row.day("paid", required: false)
        guard row.isValid, let areaID, let year, let quarter, let amount else { return nil }
        return Payment(areaID: areaID, year: year, quarter: quarter, amount: amount, paid: paid,
                       ref: row.text("ref"), notes: row.text("notes"))
    }
}
