import Cells
import GrantModel

/// One of this session's saves, as `u` reverses it: the file it changed and the edits that put
/// that file back. A review is a change to returns.csv, as a recorded return is; a payment one to
/// payments.csv, which its undo must go back to.
public struct SavedChange: Hashable, Sendable {
    public enum File: Hashable, Sendable { case returns, payments }

    public let file: File
    public let undo: [ReturnEdit]

    /// The fields that hold a day, which may be after the day the dashboard shows.
    static let dateFields: Set<String> = ["received", "reviewed", "paid"]

    init(_ outcome: SaveOutcome) {
        file = outcome.changes.contains { $0.file == "payments.csv" } ? .payments : .returns
        undo = outcome.undo
    }
}

/// Accepting (`A`), querying (`Q`) and paying (`P`) from the dashboard: a form over the screen
/// on the quarter `e` would act on; Enter saves through the store, Esc cancels; `u` undoes.
extension DashboardState {
    mutating func openReviewPayment(_ kind: ReviewPaymentForm.Kind) {
        guard !readOnly && !asRecorded else {
            say(readOnlyNotice)
            return
        }
        guard let grants else { return }
        guard let target = formTarget else {
            sayWhyNoTarget()
            return
        }
        let name = grants.area(target.areaID)?.name ?? target.areaID
        let period = "\(name) \(target.year) \(target.quarter)"
        switch kind {
        case .accept, .query:
            guard grants.monitoringReturn(for: target.areaID, in: target.year, quarter: target.quarter)?.received != nil else {
                say("\(period): no return received to review; e records it")
                return
            }
        case .pay:
            guard grants.allocation(for: target.areaID, in: target.year) != nil else {
                say("\(period): no allocation that year to pay from")
                return
            }
        }
        mode = .reviewPayment(ReviewPaymentForm(kind, areaID: target.areaID, year: target.year, quarter: target.quarter,
                                                grants: grants, asOf: asOf, today: today))
    }

    mutating func reviewPaymentKey(_ key: Key, _ form: ReviewPaymentForm) -> [Effect] {
        var current = form
        guard !current.isSaving else { return [] }
        if FieldEditing.apply(key, fields: current.fields, focus: &current.focus, values: &current.values) {
            current.message = nil
            mode = .reviewPayment(current)
            return []
        }
        switch key {
        case .escape:
            mode = .normal
            return []
        case .enter:
            guard let change = current.change else {
                current.message = "fix the fields marked ! first"
                mode = .reviewPayment(current)
                return []
            }
            current.isSaving = true
            current.message = "saving…"
            mode = .reviewPayment(current)
            // In turn with every other save: one at a time, in the order asked.
            requestSave(.effect(.record(change)))
            return []
        default:
            break
        }
        current.message = nil
        mode = .reviewPayment(current)
        return []
    }
}
