/// A change to one quarter's return: the new text of some of its columns (`received`,
/// `planned`, `spend`, `notes`), or the removal of its row (undoing an insert).
///
/// An edit made against values someone saw (the dashboard's form, an undo) names them in
/// `expected`: under the lock, a column whose text has come to mean something else since is a
/// conflict, and nothing is written. An edit without them (`record`, `import`) is a blind write.
public struct ReturnEdit: Hashable, Sendable {
    public var areaID: AreaID
    public var year: FinancialYear
    public var quarter: Quarter
    /// Column name to the text to write; columns not named keep their text.
    public var fields: [String: String]
    public var removesRow: Bool
    /// Column name to the text the column held when the edit was made ("" for an absent row).
    /// For a row removal, a column not named is expected to be empty.
    public var expected: [String: String]

    public init(areaID: AreaID, year: FinancialYear, quarter: Quarter, fields: [String: String], removesRow: Bool = false,
                expected: [String: String] = [:]) {
        self.areaID = areaID
        self.year = year
        self.quarter = quarter
        self.fields = fields
        self.removesRow = removesRow
        self.expected = expected
    }

    /// Whether the edit checks what it changes (see `expected`).
    public var isChecked: Bool { !expected.isEmpty }

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
