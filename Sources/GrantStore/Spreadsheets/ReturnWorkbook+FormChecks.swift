import GrantModel

extension ReturnWorkbook {
    /// A return form with nothing filled in, said at its first cell to fill in; nil for a form
    /// with anything in those cells, or a table.
    var emptyFormProblem: Diagnostic? {
        guard layout == .form, let row = rows.first else { return nil }
        let inputs = Self.formInputNames.compactMap { row.cells[$0] }
        guard inputs.allSatisfy({ $0.text.isEmpty }) else { return nil }
        let message = "the form is empty: nothing is filled in at \(Self.formInputNames.joined(separator: ", ")); fill in the return, save the workbook, and import it again"
        return inputs.first?.location.diagnostic(message) ?? Diagnostic(path: file, message: message)
    }

    /// Why a filled return form is not a return of this folder, each at its cell: no received
    /// date (a form is sent back when the return is made), an area name that is not its
    /// area_id's, or a year its area has no allocation for. A table has none of these.
    func formProblems(in grants: Grants) -> [Diagnostic] {
        guard layout == .form, let row = rows.first else { return [] }
        var problems: [Diagnostic] = []
        // With planned or spend filled in, the check of every return file says what is missing.
        if let received = row.cells["received"], received.text.isEmpty, row.text("planned").isEmpty, row.text("spend").isEmpty {
            problems.append(received.location.diagnostic("received is empty: fill in the date the return was made, e.g. 05/12/2016"))
        }
        let areaID = row.text("area_id")
        guard let area = grants.area(areaID) else { return problems }
        if let shown = formAreaName, !shown.text.isEmpty, shown.text != area.name {
            problems.append(shown.location.diagnostic("the form is for \"\(shown.text.terminalSafe)\" but its area_id \(areaID.terminalSafe) is \(area.name.terminalSafe) in this data folder: a form for one area is not a return of another; make the form again with csdash template --area \(areaID.terminalSafe)"))
        }
        if let yearCell = row.cells["year"], case .success(let year) = FinancialYear.parse(yearCell.text),
           grants.allocation(for: areaID, in: year) == nil {
            problems.append(yearCell.location.diagnostic("\(area.name.terminalSafe) has no allocation for \(year) in this data folder, so there is no such return: check the year, or make the form again with csdash template"))
        }
        return problems
    }
}
