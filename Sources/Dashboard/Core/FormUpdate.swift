import Cells
import GrantModel

/// Recording a return from the dashboard: `e` opens the form on the selected area's quarter,
/// Enter saves through the store, Esc cancels, `u` undoes this session's saves, newest first.
/// Neither ever writes over a change someone else saved meanwhile (see `ReturnForm`).
extension DashboardState {
    /// The area and quarter `e` (and `A` `Q` `P`) act on: the detail's area, the overview's or
    /// board's selection, or the outstanding or payments list's row, at the selected quarter (the
    /// row's own on those lists).
    var formTarget: (areaID: AreaID, year: FinancialYear, quarter: Quarter)? {
        switch screen {
        case .detail(let shown):
            return (shown.areaID, year, quarter)
        case .outstanding:
            guard listedOutstanding.indices.contains(outstanding.cursor.index) else { return nil }
            let row = listedOutstanding[outstanding.cursor.index]
            return (row.area.id, row.year, row.quarter)
        case .payments:
            return selectedPaymentRow.map { ($0.area.id, $0.year, $0.quarter) }
        default:
            return selectedAreaID.map { ($0, year, quarter) }
        }
    }

    mutating func openForm() {
        guard !readOnly else {
            say(readOnlyNotice)
            return
        }
        guard let grants, let target = formTarget else { return }
        mode = .form(ReturnForm(areaID: target.areaID, year: target.year, quarter: target.quarter, grants: grants, today: today))
    }

    /// Why nothing can be changed: a replay shows history, which a save today would not change.
    var readOnlyNotice: String {
        asRecorded ? "read-only: these are the figures as recorded on \(asOf.longDescription); start csdash without --as-recorded to record"
            : "read-only: csdash was started with --read-only"
    }

    mutating func formKey(_ key: Key, _ form: ReturnForm) -> [Effect] {
        var current = form
        guard !current.isSaving else { return [] }
        if current.askedClash != nil { return clashKey(key, current) }
        let fields = ReturnForm.Field.allCases
        switch key {
        case .escape:
            mode = .normal
            return []
        case .tab, .down:
            current.focus = fields[(current.focus.rawValue + 1) % fields.count]
        case .backTab, .up:
            current.focus = fields[(current.focus.rawValue + fields.count - 1) % fields.count]
        case .backspace:
            if !current.value(current.focus).isEmpty { current.values[current.focus]?.removeLast() }
        case .control("u"):
            current.values[current.focus] = ""
        case .character(let character):
            current.values[current.focus, default: ""].append(character)
        case .enter:
            return saveForm(current)
        default:
            break
        }
        current.message = nil
        mode = .form(current)
        return []
    }

    /// Saves the form when it is clean: its changed fields, against the values it was opened with.
    private mutating func saveForm(_ form: ReturnForm) -> [Effect] {
        var current = form
        guard let edit = current.edit else {
            current.message = "fix the fields marked ! first"
            mode = .form(current)
            return []
        }
        current.isSaving = true
        current.message = "saving…"
        mode = .form(current)
        return [.save([edit], undoing: false)]
    }

    /// While the form asks about a clash: `t` keeps theirs, `m` uses mine, Esc cancels the form.
    /// Once the last is settled the form saves again, as the Enter that found the clashes asked.
    private mutating func clashKey(_ key: Key, _ form: ReturnForm) -> [Effect] {
        var current = form
        switch key {
        case .escape:
            mode = .normal
        case .character("t"), .character("m"):
            current.settle(keepingTheirs: key == .character("t"))
            if current.askedClash == nil { return saveForm(current) }
            mode = .form(current)
        default:
            break
        }
        return []
    }

    /// The folder was read again with the form open: say so when its return changed underneath
    /// (the fields changed by the user too are marked beside them: see `FormOverlay`).
    mutating func formFollows(_ grants: Grants) {
        guard case .form(var current) = mode, current.askedClash == nil else { return }
        let changed = current.follow(grants)
        guard !changed.isEmpty else { return }
        current.message = "changed underneath: " + changed.map(\.label).joined(separator: ", ")
        mode = .form(current)
    }

    mutating func undoLast() -> [Effect] {
        guard !readOnly else {
            say(readOnlyNotice)
            return []
        }
        guard let last = undoEntries.last else {
            say("nothing to undo in this session")
            return []
        }
        switch last.file {
        case .returns: return [.save(last.undo, undoing: true)]
        case .payments: return [.undoPayment(last.undo)]
        }
    }

    mutating func saveFinished(_ result: SaveResult, undoing: Bool) -> [Effect] {
        switch result {
        case .saved(let outcome):
            if !outcome.changes.isEmpty { reload(outcome.folder, announce: false) }
            if undoing {
                undoEntries.removeLast()
                say(outcome.changes.isEmpty ? "nothing to undo: the return is already as it was" : "undone: \(outcome.changes.first!.key) (\(outcome.changes.count) fields)")
            } else {
                switch mode {
                case .form, .reviewPayment: mode = .normal
                default: break
                }
                if outcome.changes.isEmpty {
                    say("no change to save")
                } else {
                    undoEntries.append(SavedChange(outcome))
                    var text = "saved \(outcome.changes.first!.key): \(outcome.changes.map(\.field).joined(separator: ", ")) · u undoes"
                    // A date after the one shown: saved, but not yet happened on the screen's day.
                    for change in outcome.changes where SavedChange.dateFields.contains(change.field) {
                        guard let day = try? Day.parse(change.new).get(), day > asOf else { continue }
                        text += " · \(change.field) after \(asOf.longDescription), so it counts from \(day.longDescription)"
                    }
                    say(text)
                }
            }
        case .failed(.conflict(let conflicts)) where undoing:
            refuseUndo(conflicts)
        case .failed(.conflict(let conflicts)) where form != nil:
            guard case .form(var current) = mode else { return [] }
            current.isSaving = false
            current.message = nil
            current.ask(about: conflicts)
            // Every field the other editor saved holds what this user typed too: nothing to ask.
            if current.askedClash == nil { return saveForm(current) }
            mode = .form(current)
        case .failed(let error):
            let text: String
            switch error {
            case .locked: text = "the data folder is locked by another editor: your values are kept, Enter tries again"
            case .invalid(let problems): text = "not saved: " + (problems.first.map { $0.message } ?? "the data would be invalid")
            default: text = "not saved: \(error.description)"
            }
            if undoing {
                say(text)
            } else if case .form(var current) = mode {
                current.isSaving = false
                current.message = text
                mode = .form(current)
            } else if case .reviewPayment(var current) = mode {
                current.isSaving = false
                current.message = text
                mode = .reviewPayment(current)
            } else {
                say(text)
            }
        }
        return []
    }

    /// An undo puts a field back only while it still holds what this session saved. Someone
    /// changed one since: the undo is refused, whole, and dropped (it can no longer be done),
    /// and the message says which field, who changed it and what it holds now.
    private mutating func refuseUndo(_ conflicts: [EditConflict]) {
        undoEntries.removeLast()
        guard let first = conflicts.first else { return }
        let others = conflicts.count > 1 ? " (and \(conflicts.count - 1) more field\(conflicts.count == 2 ? "" : "s"))" : ""
        let now = first.current.isEmpty ? "is empty now" : "is \(first.current) now"
        var text = "not undone: \(first.field) of \(first.key)\(others) \(now), changed by \(first.changedBy)"
        text += undoEntries.isEmpty ? "" : " · u undoes the save before"
        say(text)
    }
}
