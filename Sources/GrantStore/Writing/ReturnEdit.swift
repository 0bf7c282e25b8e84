import GrantModel

/// A change to one quarter's return: the new text of some of its columns (`received`,
/// `planned`, `spend`, `notes`), or the removal of its row (undoing an insert).
public struct ReturnEdit: Hashable, Sendable {
    public var areaID: AreaID
    public var year: FinancialYear
    public var quarter: Quarter
    /// Column name to the text to write; columns not named keep their text.
    public var fields: [String: String]
    public var removesRow: Bool

    public init(areaID: AreaID, year: FinancialYear, quarter: Quarter, fields: [String: String], removesRow: Bool = false) {
        self.areaID = areaID
        self.year = year
        self.quarter = quarter
        self.fields = fields
        self.removesRow = removesRow
    }

    /// The text csdash writes for a recorded return: ISO dates, plain pounds.
    public static func recording(areaID: AreaID, year: FinancialYear, quarter: Quarter, received: Day?,
                                 planned: Money?, spend: Money?, note: String?) -> ReturnEdit {
        var fields = [
            "received": received.map { "\($0)" } ?? "",
            "planned": planned?.plainAmount() ?? "",
            "spend": spend?.plainAmount() ?? "",
        ]
        if let note { fields["notes"] = note }
        return ReturnEdit(areaID: areaID, year: year, quarter: quarter, fields: fields)
    }

    /// `solihull 2016/17 Q2`, the key in the audit log and in messages.
    public var key: String { "\(areaID) \(year) \(quarter)" }
}
