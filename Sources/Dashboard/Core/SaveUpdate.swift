import GrantModel

/// What comes of a save: the form closes, or keeps the typed values with the reason (asking about
/// fields someone else saved meanwhile); an undo pops, or is refused. A form closed with Esc while
/// its save went on is set aside instead, for `e` to bring back.
extension DashboardState {
    mutating func undoLast() -> [Effect] {
        guard !readOnly else {
            say(readOnlyNotice)
            return []
        }
        // With a save under way there will be something to undo once it is made.
        guard !undoEntries.isEmpty || saves.contains(where: { !$0.isUndo }) else {
            say("nothing to undo in this session")
            return []
        }
        requestSave(.undoLast)
        return []
    }

    mutating func saveFinished(_ result: SaveResult, undoing: Bool) {
        var changedSomething = false
        if case .saved(let outcome) = result { changedSomething = !outcome.changes.isEmpty }
        dropFinishedSave(changedSomething: changedSomething)
        switch result {
        case .saved(let outcome):
            if changedSomething {
                reload(outcome.folder, announce: false)
                // Read under the lock, after every change the watcher had reported: none is left to read.
                folderReads.wanted = false
            }
            if undoing {
                undoEntries.removeLast()
                say(outcome.changes.isEmpty ? "nothing to undo: the return is already as it was" : "undone: \(outcome.changes.first!.key) (\(outcome.changes.count) fields)")
            } else {
                closeSavingForm()
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
        case .failed(.conflict(let conflicts)) where savingForm != nil:
            askAboutConflicts(conflicts)
        case .failed(let error):
            refused(error, undoing: undoing)
        }
    }

    private mutating func closeSavingForm() {
        if case .form(let current) = mode, current.isSaving { mode = .normal }
        if case .reviewPayment(let current) = mode, current.isSaving { mode = .normal }
        if setAsideForm?.isSaving == true { setAsideForm = nil }
    }

    /// Someone else saved fields of the return since the form opened: the form asks about those
    /// the user changed too, open, or set aside until `e` brings it back.
    private mutating func askAboutConflicts(_ conflicts: [EditConflict]) {
        guard var current = savingForm else { return }
        current.isSaving = false
        current.message = nil
        current.ask(about: conflicts)
        // Every field the other editor saved holds what this user typed too: nothing to ask.
        if current.askedClash == nil { return saveForm(current) }
        guard let clash = current.askedClash, setAsideForm != nil else {
            mode = .form(current)
            return
        }
        setAsideForm = current
        say("not saved: \(clash.field.label) was saved meanwhile by \(clash.changedBy) · e reopens the form to settle it")
    }

    private mutating func refused(_ error: SaveFailure, undoing: Bool) {
        let text: String
        switch error {
        case .locked: text = "the data folder is locked by another editor: your values are kept, Enter tries again"
        case .invalid(let problems): text = "not saved: " + (problems.first.map { $0.message } ?? "the data would be invalid")
        default: text = "not saved: \(error.description)"
        }
        if undoing {
            say(text)
        } else if case .form(var current) = mode, current.isSaving {
            current.isSaving = false
            current.message = text
            mode = .form(current)
        } else if case .reviewPayment(var current) = mode, current.isSaving {
            current.isSaving = false
            current.message = text
            mode = .reviewPayment(current)
        } else if var setAside = setAsideForm, setAside.isSaving {
            setAside.isSaving = false
            setAside.message = text
            setAsideForm = setAside
            let reason = error == .locked ? "not saved: the data folder is locked by another editor" : text
            say(reason + " · e reopens the form with your values")
        } else {
            say(text)
        }
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
