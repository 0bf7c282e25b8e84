import Cells
import GrantModel

/// Recording a return from the dashboard: `e` opens the form on the selected area's quarter,
/// Enter saves through the store, Esc cancels, `u` undoes this session's saves, newest first.
/// Neither ever writes over a change someone else saved meanwhile (see `ReturnForm`). A save can
/// wait for another writer's lock: Esc then closes the form while the save goes on, and `e`
/// brings it back as typed (see `SaveUpdate`).
extension DashboardState {
    /// The area and quarter `e` (and `A` `Q` `P`) act on: the detail's area, the overview's or
    /// board's selection, or the outstanding, payments or changes list's row, at the selected
    /// quarter (the row's own on those lists).
    var formTarget: (areaID: AreaID, year: FinancialYear, quarter: Quarter)? {
        switch screen {
        case .changes:
            return selectedChangeTarget
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
        guard let grants else { return }
        if let setAside = setAsideForm {
            setAsideForm = nil
            mode = .form(setAside)
            return
        }
        guard let target = formTarget else {
            sayWhyNoTarget()
            return
        }
        mode = .form(ReturnForm(areaID: target.areaID, year: target.year, quarter: target.quarter, grants: grants, today: today))
    }

    /// Why nothing can be changed: a replay shows history, which a save today would not change.
    var readOnlyNotice: String {
        if connectedAsViewer { return "read-only: connected as a viewer, who may read but not record" }
        return asRecorded ? "read-only: these are the figures as recorded on \(asOf.longDescription); start csdash without --as-recorded to record"
            : "read-only: csdash was started with --read-only"
    }

    mutating func formKey(_ key: Key, _ form: ReturnForm) -> [Effect] {
        var current = form
        if current.isSaving {
            // The save goes on without the form; `e` brings it back.
            if key == .escape {
                setAsideForm = current
                mode = .normal
            }
            return []
        }
        if current.askedClash != nil { return clashKey(key, current) }
        if FieldEditing.apply(key, fields: ReturnForm.Field.allCases, focus: &current.focus, values: &current.values) {
            current.message = nil
            mode = .form(current)
            return []
        }
        switch key {
        case .escape:
            mode = .normal
            return []
        case .enter:
            saveForm(current)
            return []
        default:
            break
        }
        current.message = nil
        mode = .form(current)
        return []
    }

    /// Saves the form when it is clean: its changed fields, against the values it was opened with.
    /// The form stays where it is (open, or set aside by Esc) until the save has finished.
    mutating func saveForm(_ form: ReturnForm) {
        var current = form
        guard let edit = current.edit else {
            current.message = "fix the fields marked ! first"
            mode = .form(current)
            return
        }
        current.isSaving = true
        current.message = "saving…"
        if setAsideForm != nil { setAsideForm = current } else { mode = .form(current) }
        requestSave(.effect(.save([edit], undoing: false)))
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
            if current.askedClash == nil {
                saveForm(current)
            } else {
                mode = .form(current)
            }
        default:
            break
        }
        return []
    }

    /// The folder was read again with the form open (or set aside): say so when its return changed
    /// underneath (the fields changed by the user too are marked beside them: see `FormOverlay`).
    mutating func formFollows(_ grants: Grants) {
        if case .form(let current) = mode, let followed = current.following(grants) { mode = .form(followed) }
        if let setAside = setAsideForm, let followed = setAside.following(grants) { setAsideForm = followed }
    }

    /// The form whose save is under way: open, or set aside by Esc.
    var savingForm: ReturnForm? {
        if case .form(let current) = mode, current.isSaving { return current }
        return setAsideForm?.isSaving == true ? setAsideForm : nil
    }

    /// Changes the form whose save is under way, where it is.
    mutating func changeSavingForm(_ change: (inout ReturnForm) -> Void) {
        if case .form(var current) = mode, current.isSaving {
            change(&current)
            mode = .form(current)
        } else if var setAside = setAsideForm, setAside.isSaving {
            change(&setAside)
            setAsideForm = setAside
        }
    }
}

extension ReturnForm {
    /// The form after the folder was read again, with a message naming what changed underneath;
    /// nil when nothing did, or while it asks about a clash.
    func following(_ grants: Grants) -> ReturnForm? {
        guard askedClash == nil else { return nil }
        var followed = self
        let changed = followed.follow(grants)
        guard !changed.isEmpty else { return nil }
        followed.message = "changed underneath: " + changed.map(\.label).joined(separator: ", ")
        return followed
    }
}
