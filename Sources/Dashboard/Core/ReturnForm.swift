import GrantModel

/// The form that records or corrects one quarter's return in the dashboard, with its values as
/// typed and what is wrong with them. Checked as the user types; saved only when clean.
///
/// A save writes only the fields the user changed, as edits against the values the form was
/// opened with (`opened`), so that another editor's save of the other fields stands; a field that
/// both changed is a conflict the user settles (`clashes`).
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

        /// The column of returns.csv the field is saved to.
        public var column: String {
            switch self {
            case .received: return "received"
            case .planned: return "planned"
            case .spend: return "spend"
            case .note: return "notes"
            }
        }
    }

    public var areaID: AreaID
    public var year: FinancialYear
    public var quarter: Quarter
    public var currency: Currency
    public var values: [Field: String]
    /// Each field as the file had it when the form opened, written as the form writes it (ISO
    /// dates, plain pounds). Moves on when the file changes under a field the user has not touched,
    /// and when the user settles a clash.
    public var opened: [Field: String]
    /// Fields someone else saved since the form opened that the user changed too: asked one at a
    /// time, first to last, before the form saves again.
    public var clashes: [Clash] = []
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
        values = ReturnForm.saved(areaID: areaID, year: year, quarter: quarter, in: grants)
        opened = values
    }

    /// The return's fields as the data has them, written as the form writes them (empty when there is none).
    static func saved(areaID: AreaID, year: FinancialYear, quarter: Quarter, in grants: Grants) -> [Field: String] {
        let existing = grants.monitoringReturn(for: areaID, in: year, quarter: quarter)
        return [
            .received: existing?.received.map { "\($0)" } ?? "",
            .planned: existing?.planned?.plainAmount() ?? "",
            .spend: existing?.spend?.plainAmount() ?? "",
            .note: existing?.notes ?? "",
        ]
    }

    public func value(_ field: Field) -> String { values[field] ?? "" }

    /// The field as it would be written: `06/12/2016` as `2016-12-06`, `£214,454` as `214454`;
    /// text that is neither a date nor an amount where one is wanted, as typed (trimmed).
    func written(_ text: String, as field: Field) -> String {
        let text = text.trimmingSpaces()
        guard !text.isEmpty else { return "" }
        switch field {
        case .received: return (try? Day.parse(text).get()).map { "\($0)" } ?? text
        case .planned, .spend: return (try? MoneyParser.parse(text, currency: currency).get())?.plainAmount() ?? text
        case .note: return text
        }
    }

    /// Whether the user has changed the field from what the form was opened with.
    public func isChanged(_ field: Field) -> Bool { written(value(field), as: field) != (opened[field] ?? "") }

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
            case .failure(.negative), .failure(.negativeInParentheses): problems[field] = "may not be negative"
            case .failure(.wrongCurrency(let found, let expected)): problems[field] = "\(found) amount, but this funder uses \(expected.code)"
            case .failure: problems[field] = "not an amount: write e.g. 214454 or £214,454.50"
            }
        }
        return problems
    }

    /// The edit to save, when the form is clean: the changed fields only, each expected to hold
    /// still what the form was opened with.
    public var edit: ReturnEdit? {
        guard problems.isEmpty else { return nil }
        var fields: [String: String] = [:], expected: [String: String] = [:]
        for field in Field.allCases where isChanged(field) {
            // The note is kept as typed; the reader trims it, and so does the comparison.
            fields[field.column] = field == .note ? value(field) : written(value(field), as: field)
            expected[field.column] = opened[field] ?? ""
        }
        return ReturnEdit(areaID: areaID, year: year, quarter: quarter, fields: fields, expected: expected)
    }
}
