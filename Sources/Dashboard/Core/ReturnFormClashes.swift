import GrantModel

/// When the file changes under an open form: the fields the user has not touched follow it, and a
/// field both changed is a clash that the user settles (keep theirs / use mine). Nothing is guessed.
extension ReturnForm {
    /// A field someone else saved since the form opened, which the user changed too.
    public struct Clash: Hashable, Sendable {
        public var field: Field
        /// What the file holds now.
        public var theirs: String
        /// What the user typed.
        public var mine: String
        /// Who changed it, from the audit log: `alice (record, 2016-12-06T14:03:09Z)`.
        public var changedBy: String
    }

    /// The clash the form is asking about, when it is asking.
    public var askedClash: Clash? { clashes.first }

    /// The store refused the save: these fields changed since the form opened. The form asks about
    /// those the user changed to something else; the others it takes as the file has them.
    mutating func ask(about conflicts: [EditConflict]) {
        clashes = []
        for field in Field.allCases {
            guard let conflict = conflicts.first(where: { $0.field == field.column }) else { continue }
            let theirs = written(conflict.current, as: field)
            if theirs == written(value(field), as: field) {
                // Both wrote the same: nothing to ask.
                opened[field] = theirs
            } else {
                clashes.append(Clash(field: field, theirs: theirs, mine: value(field), changedBy: conflict.changedBy))
            }
        }
        if let first = clashes.first { focus = first.field }
    }

    /// Settles the clash being asked about: keep theirs (the field takes the file's value) or use
    /// mine (the user's value is saved over it). Either way the field is now judged against theirs.
    mutating func settle(keepingTheirs: Bool) {
        guard !clashes.isEmpty else { return }
        let clash = clashes.removeFirst()
        opened[clash.field] = clash.theirs
        if keepingTheirs { values[clash.field] = clash.theirs }
        if let next = clashes.first { focus = next.field }
    }

    /// The folder was read again while the form was open. Fields the user has not touched take the
    /// file's new values; returns the fields that changed underneath. Those the user changed too
    /// keep the user's value (saving will ask about them: see `changedUnderneath`).
    mutating func follow(_ grants: Grants) -> [Field] {
        let now = ReturnForm.saved(areaID: areaID, year: year, quarter: quarter, in: grants)
        let changed = Field.allCases.filter { now[$0] != opened[$0] }
        for field in changed where !isChanged(field) || written(value(field), as: field) == now[field] {
            values[field] = now[field]
            opened[field] = now[field]
        }
        return changed
    }

    /// Fields the user changed that the file, too, has changed since the form opened.
    func changedUnderneath(_ grants: Grants) -> Set<Field> {
        let now = ReturnForm.saved(areaID: areaID, year: year, quarter: quarter, in: grants)
        return Set(Field.allCases.filter { now[$0] != opened[$0] && isChanged($0) })
    }
}
