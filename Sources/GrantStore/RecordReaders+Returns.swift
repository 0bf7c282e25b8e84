import GrantModel

/// Where a row of returns.csv becomes a `MonitoringReturn`: its key, received date and figures,
/// and its review (`review`, `reviewed`, `query`), each read and checked at its column. Rows come
/// through a `RowReader`, which reads each typed value and says what is wrong with it; the checks
/// between files (`CrossReferences`, `Validation`) follow once every file is read.
extension RecordReaders {
    func monitoringReturn(_ row: inout RowReader) -> MonitoringReturn? {
        monitoringReturn(&row, figuresNeedReceivedColumn: true)
    }

    /// `figuresNeedReceivedColumn`: false for an import file without a received column, whose
    /// figures correct a return received already (the importer checks that against the folder).
    func monitoringReturn(_ row: inout RowReader, figuresNeedReceivedColumn: Bool) -> MonitoringReturn? {
        let areaID = row.required("area_id")
        let year = row.year("year")
        let quarter = row.quarter("quarter")
        let received = row.day("received", required: false)
        let currency = areaID.flatMap { row.currency(forArea: $0, currency(forArea:)) }
        let planned = row.money("planned", currency: currency, required: false)
        let spend = row.money("spend", currency: currency, required: false)
        if figuresNeedReceivedColumn && row.text("received").isEmpty {
            for column in ["planned", "spend"] where !row.text(column).isEmpty {
                row.fail(column, "\(column) is given but received is empty: a return that has not been received has no figures (fill in received, or clear \(column))")
            }
        }
        if let received, let year, let quarter, received < year.firstDay(of: quarter) {
            row.fail("received", "received \(received) is before \(quarter) \(year) began on \(year.firstDay(of: quarter)): a return cannot be received before its quarter begins")
        }
        formulas(&row, ["notes"])
        let review = self.review(&row, received: received)
        guard row.isValid, let areaID, let year, let quarter else { return nil }
        return MonitoringReturn(areaID: areaID, year: year, quarter: quarter, received: received,
                                planned: planned, spend: spend, notes: row.text("notes"), review: review)
    }

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
}
