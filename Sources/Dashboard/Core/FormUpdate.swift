import GrantModel
import GrantStore

/// Recording a return from the dashboard: `e` opens the form on the selected area's quarter,
/// Enter saves through the store, Esc cancels, `u` undoes this session's last save.
extension DashboardState {
    /// The area and quarter `e` acts on: the detail's area, the overview's or board's selection,
    /// or the outstanding list's row, at the selected quarter (the row's own on that list).
    var formTarget: (areaID: AreaID, year: FinancialYear, quarter: Quarter)? {
        if let detailAreaID { return (detailAreaID, year, quarter) }
        if view == .outstanding {
            guard listedOutstanding.indices.contains(outstandingIndex) else { return nil }
            let row = listedOutstanding[outstandingIndex]
            return (row.area.id, row.year, row.quarter)
        }
        return selectedAreaID.map { ($0, year, quarter) }
    }

    mutating func openForm() {
        guard !readOnly else {
            say("read-only: csdash was started with --read-only")
            return
        }
        guard let grants, let target = formTarget else { return }
        form = ReturnForm(areaID: target.areaID, year: target.year, quarter: target.quarter, grants: grants)
    }

    mutating func formKey(_ key: Key) -> [Effect] {
        guard var current = form else { return [] }
        guard !current.isSaving else { return [] }
        let fields = ReturnForm.Field.allCases
        switch key {
        case .escape:
            form = nil
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
            guard let edit = current.edit else {
                current.message = "fix the fields marked ! first"
                form = current
                return []
            }
            current.isSaving = true
            current.message = "saving…"
            form = current
            return [.save([edit], undoing: false)]
        default:
            break
        }
        current.message = nil
        form = current
        return []
    }

    mutating func undoLast() -> [Effect] {
        guard !readOnly else {
            say("read-only: csdash was started with --read-only")
            return []
        }
        guard let edits = undoStack.last else {
            say("nothing to undo in this session")
            return []
        }
        return [.save(edits, undoing: true)]
    }

    mutating func saveFinished(_ result: SaveResult, undoing: Bool) {
        switch result {
        case .saved(let outcome):
            if !outcome.changes.isEmpty { reload(outcome.folder, announce: false) }
            if undoing {
                undoStack.removeLast()
                say(outcome.changes.isEmpty ? "nothing to undo: the return is already as it was" : "undone: \(outcome.changes.first!.key) (\(outcome.changes.count) fields)")
            } else {
                form = nil
                if outcome.changes.isEmpty {
                    say("no change to save")
                } else {
                    undoStack.append(outcome.undo)
                    var text = "saved \(outcome.changes.first!.key): \(outcome.changes.map(\.field).joined(separator: ", ")) · u undoes"
                    if let received = outcome.changes.first(where: { $0.field == "received" }).flatMap({ try? Day.parse($0.new).get() }),
                       received > asOf {
                        text += " · received after \(asOf.longDescription), so it counts from \(received.longDescription)"
                    }
                    say(text)
                }
            }
        case .failed(let error):
            let text: String
            switch error {
            case .locked: text = "the data folder is locked by another editor: your values are kept, Enter tries again"
            case .invalid(let problems): text = "not saved: " + (problems.first.map { $0.message } ?? "the data would be invalid")
            default: text = "not saved: \(error.description)"
            }
            if undoing {
                say(text)
            } else if var current = form {
                current.isSaving = false
                current.message = text
                form = current
            } else {
                say(text)
            }
        }
    }
}
