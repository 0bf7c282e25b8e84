import GrantModel
import GrantStore

/// The form that records or corrects one quarter's return in the dashboard, with its values as
/// typed and what is wrong with them. Checked as the user types; saved only when clean.
public struct ReturnForm: Hashable, Sendable {
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case received, planned, spend, note

        public var label: String {
            switch self {
            case .received: return "Received"
            case .planned: return "Planned"
            case .spend: return "Spend"
            case .note: return "Note"
            }
        }

        public var hint: String {
            switch self {
            case .received: return "date, e.g. 2016-12-08 (empty: not received)"
            case .planned: return "cumulative planned allocation"
            case .spend: return "cumulative spend to date"
            case .note: return "optional"
            }
        }
    }

    public var areaID: AreaID
    public var year: FinancialYear
    public var quarter: Quarter
    public var currency: Currency
    public var values: [Field: String]
    public var focus: Field = .received
    /// Set while a save is under way, and by a save that failed (e.g. the folder was locked).
    public var message: String?
    public var isSaving = false
    /// The real date (not the as-of date): no return can be received after it. nil: not known,
    /// and no date is refused for being in the future.
    public var today: Day?

    /// A form filled with the return as it stands (empty when there is none).
    public init(areaID: AreaID, year: FinancialYear, quarter: Quarter, grants: Grants, today: Day? = nil) {
        self.areaID = areaID
        self.year = year
        self.quarter = quarter
        self.today = today
        currency = grants.area(areaID).flatMap { grants.funder($0.funderID) }?.currency ?? .gbp
        let existing = grants.monitoringReturn(for: areaID, in: year, quarter: quarter)
        values = [
            .received: existing?.received.map { "\($0)" } ?? "",
            .planned: existing?.planned?.plainAmount() ?? "",
            .spend: existing?.spend?.plainAmount() ?? "",
            .note: existing?.notes ?? "",
        ]
    }

    public func value(_ field: Field) -> String { values[field] ?? "" }

    /// What is wrong with each field as typed; empty when the form can be saved.
    public var problems: [Field: String] {
        var problems: [Field: String] = [:]
        let received = value(.received).trimmingSpaces()
        if !received.isEmpty {
            switch Day.parse(received) {
            case .failure(.malformed): problems[.received] = "not a date: write 2016-12-08"
            case .failure(.doesNotExist): problems[.received] = "that date does not exist"
            case .success(let day) where day < year.firstDay(of: quarter):
                problems[.received] = "before \(quarter) began (\(year.firstDay(of: quarter)))"
            case .success(let day) where today.map { day > $0 } ?? false:
                problems[.received] = "after today (\(today!)): check the year"
            case .success: break
            }
        }
        for field in [Field.planned, .spend] {
            let text = value(field).trimmingSpaces()
            guard !text.isEmpty else { continue }
            if received.isEmpty {
                problems[field] = "a return not received has no figures: fill in Received"
                continue
            }
            switch MoneyParser.parse(text, currency: currency) {
            case .success: break
            case .failure(.negative): problems[field] = "may not be negative"
            case .failure(.wrongCurrency(let found, let expected)): problems[field] = "\(found) amount, but this funder uses \(expected.code)"
            case .failure: problems[field] = "not an amount: write e.g. 214454 or £214,454.50"
            }
        }
        return problems
    }

    /// The edit to save, when the form is clean.
    public var edit: ReturnEdit? {
        guard problems.isEmpty else { return nil }
        func money(_ field: Field) -> Money? {
            let text = value(field).trimmingSpaces()
            return text.isEmpty ? nil : try? MoneyParser.parse(text, currency: currency).get()
        }
        let received = value(.received).trimmingSpaces()
        return ReturnEdit.recording(areaID: areaID, year: year, quarter: quarter,
                                    received: received.isEmpty ? nil : try? Day.parse(received).get(),
                                    planned: money(.planned), spend: money(.spend), note: value(.note))
    }
}
