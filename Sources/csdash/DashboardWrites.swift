import GrantModel
import GrantStore

/// The dashboard's reviews and payments as the store's edits, written by the same path as
/// `csdash review` and `csdash pay`: the dashboard says what was decided, the store how it is
/// written.
extension ReviewOrPayment {
    func write(to store: any GrantDataStore, command: String) throws(WriteError) -> ReturnsWriter.Outcome {
        switch self {
        case .review(let key, let review):
            let edit = ReturnEdit.reviewing(areaID: key.areaID, year: key.year, quarter: key.quarter, review)
            return try store.writeReturns([edit], command: command, dryRun: false)
        case .payment(let payment):
            let edit = ReturnEdit.paying(areaID: payment.areaID, year: payment.year, quarter: payment.quarter,
                                         amount: payment.amount, paid: payment.paid, ref: payment.ref)
            return try store.writePayments([edit], command: command, dryRun: false)
        }
    }
}
