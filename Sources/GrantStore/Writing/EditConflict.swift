import GrantModel

extension ReturnsTableEditor {
    /// The columns of the checked edits whose text, as the table stands, no longer means what the
    /// edit expected. Text is compared by meaning: `£214,454` is `214454`, `06/12/2016` is
    /// `2016-12-06`, surrounding spaces do not count (the reader trims them too).
    func conflicts(with edits: [ReturnEdit], grants: Grants?) -> [EditConflict] {
        edits.filter(\.isChecked).flatMap { edit -> [EditConflict] in
            let currency = grants?.area(edit.areaID).flatMap { grants?.funder($0.funderID) }?.currency
            let key = ReturnKey(edit)
            var columns = Array(edit.expected.keys)
            if edit.removesRow {
                // A removal takes the whole row: a column someone else filled in since is theirs.
                columns += header.filter { !isKeyColumn($0) && edit.expected[$0] == nil }
            }
            return columns.sorted().compactMap { column in
                let current = value(column, of: key)
                let expected = edit.expected[column] ?? ""
                guard !Self.sameMeaning(current, expected, column: column, currency: currency) else { return nil }
                return EditConflict(key: edit.key, field: column, expected: expected, current: current.trimmingSpaces(),
                                    wanted: edit.removesRow ? nil : edit.fields[column])
            }
        }
    }

    static func sameMeaning(_ first: String, _ second: String, column: String, currency: Currency?) -> Bool {
        let first = first.trimmingSpaces(), second = second.trimmingSpaces()
        if first == second { return true }
        guard !first.isEmpty, !second.isEmpty else { return false }
        switch column {
        case "received", "reviewed", "paid":
            guard case .success(let a) = Day.parse(first), case .success(let b) = Day.parse(second) else { return false }
            return a == b
        case "planned", "spend", "amount":
            guard case .success(let a) = MoneyParser.parse(first, currency: currency),
                  case .success(let b) = MoneyParser.parse(second, currency: currency) else { return false }
            return a == b
        default:
            return false
        }
    }
}
