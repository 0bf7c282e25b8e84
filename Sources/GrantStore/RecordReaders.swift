import GrantModel

/// Turns the rows of each file into domain records (returns.csv's in `RecordReaders+Returns.swift`).
/// Row-level problems only; references between files are checked by `CrossReferences` once
/// everything is read.
struct RecordReaders {
    /// Currencies by funder, so money columns are checked against their funder's symbol.
    var currencyByFunder: [FunderID: Currency] = [:]
    var funderByArea: [AreaID: FunderID] = [:]
    /// False on a first look, which leaves warnings to the complete load.
    var warns = true

    /// Warns about the text `columns` of a valid row that a spreadsheet would run as formulas.
    func formulas(_ row: inout RowReader, _ columns: [String]) {
        if warns && row.isValid { row.warnIfFormulaLike(columns) }
    }

    func currency(forArea areaID: String) -> Currency? {
        funderByArea[areaID].flatMap { currencyByFunder[$0] }
    }

    func funder(_ row: inout RowReader) -> Funder? {
        let id = row.required("funder_id")
        let name = row.required("name")
        var currency: Currency?
        if let code = row.required("currency") {
            currency = Currency(code: code)
            if currency == nil {
                row.fail("currency", "currency \(row.quoted(code)) is not one csdash knows: write \(Currency.known.map(\.code).joined(separator: ", "))")
            }
        }
        let dueDays = row.wholeNumber("return_due_days", in: 0...366, required: true, meaning: "a number of days")
        let orgID = row.orgID("org_id"), prefix = row.prefix360G("prefix_360g")
        let standard = Thresholds.standard
        let points = row.wholeNumber("behind_profile_points", in: Thresholds.allowed, required: false, meaning: "a number of percentage points")
        let percent = row.wholeNumber("forecast_threshold_pct", in: Thresholds.allowed, required: false, meaning: "a whole percent")
        formulas(&row, ["funder_id", "name", "notes"])
        guard row.isValid, let id, let name, let currency, let dueDays else { return nil }
        return Funder(id: id, name: name, currency: currency, returnDueDays: dueDays, notes: row.text("notes"),
                      orgID: orgID, prefix360G: prefix,
                      thresholds: Thresholds(behindProfilePoints: points ?? standard.behindProfilePoints,
                                             forecastPercent: percent ?? standard.forecastPercent))
    }

    func area(_ row: inout RowReader) -> Area? {
        let id = row.required("area_id")
        let funderID = row.required("funder_id")
        let name = row.required("name")
        var kind: AreaKind?
        let kindText = row.text("kind")
        if !kindText.isEmpty {
            kind = AreaKind(rawValue: kindText.lowercased())
            if kind == nil {
                row.fail("kind", "kind \(row.quoted(kindText)) is not one of \(AreaKind.allCases.map(\.rawValue).joined(separator: ", ")) (or empty)")
            }
        }
        let partOf = row.text("part_of")
        let orgID = row.orgID("org_id"), geoCode = row.geoCode("geo_code", warns: warns)
        formulas(&row, ["area_id", "name", "contact", "notes"])
        guard row.isValid, let id, let funderID, let name else { return nil }
        return Area(id: id, funderID: funderID, name: name, kind: kind, partOf: partOf.isEmpty ? nil : partOf,
                    contact: row.text("contact"), notes: row.text("notes"), orgID: orgID, geoCode: geoCode)
    }

    func allocation(_ row: inout RowReader) -> Allocation? {
        let areaID = row.required("area_id")
        let year = row.year("year")
        let currency = areaID.flatMap { row.currency(forArea: $0, currency(forArea:)) }
        let amount = row.money("allocation", currency: currency, required: true)
        let carryForward = row.money("carry_forward", currency: currency, required: false)
        let decision = row.text("decision_ref")
        formulas(&row, ["source", "decision_ref", "notes"])
        guard row.isValid, let areaID, let year, let amount else { return nil }
        return Allocation(areaID: areaID, year: year, allocation: amount, carryForward: carryForward,
                          source: row.text("source"), decisionRef: decision.isEmpty ? nil : decision,
                          notes: row.text("notes"))
    }

    func project(_ row: inout RowReader) -> Project? {
        let areaID = row.required("area_id")
        let year = row.year("year")
        let projectID = row.required("project_id")
        let title = row.required("title")
        let theme = row.required("theme")
        let currency = areaID.flatMap { row.currency(forArea: $0, currency(forArea:)) }
        let budget = row.money("budget", currency: currency, required: true)
        let spend = row.money("spend", currency: currency, required: false)
        formulas(&row, ["project_id", "title", "theme", "notes"])
        guard row.isValid, let areaID, let year, let projectID, let title, let theme, let budget else { return nil }
        return Project(areaID: areaID, year: year, projectID: projectID, title: title, theme: theme,
                       budget: budget, spend: spend, notes: row.text("notes"))
    }

    func decision(_ row: inout RowReader) -> Decision? {
        let ref = row.required("decision_ref")
        let funderID = row.required("funder_id")
        let date = row.day("date", required: true)
        let title = row.required("title")
        let currency = funderID.flatMap { currencyByFunder[$0] }
        let amount = row.money("amount", currency: currency, required: true)
        let firstYear = row.year("first_year")
        let years = row.wholeNumber("years", in: 1...50, required: false, meaning: "a number of years")
        let match = row.money("match_funding", currency: currency, required: false)
        let areaID = row.text("area_id")
        formulas(&row, ["decision_ref", "title", "source", "match_partner", "notes"])
        guard row.isValid, let ref, let funderID, let date, let title, let amount, let firstYear else { return nil }
        return Decision(ref: ref, funderID: funderID, date: date, title: title,
                        areaID: areaID.isEmpty ? nil : areaID, amount: amount, firstYear: firstYear,
                        years: years ?? 1, source: row.text("source"), matchFunding: match,
                        matchPartner: row.text("match_partner"), notes: row.text("notes"))
    }

    func reserve(_ row: inout RowReader) -> Reserve? {
        let funderID = row.required("funder_id")
        let name = row.required("reserve")
        let currency = funderID.flatMap { currencyByFunder[$0] }
        let balance = row.money("balance", currency: currency, required: true)
        let asOf = row.day("as_of", required: true)
        formulas(&row, ["reserve", "notes"])
        guard row.isValid, let funderID, let name, let balance, let asOf else { return nil }
        return Reserve(funderID: funderID, name: name, balance: balance, asOf: asOf, notes: row.text("notes"))
    }

    func payment(_ row: inout RowReader) -> Payment? {
        let areaID = row.required("area_id")
        let year = row.year("year")
        let quarter = row.quarter("quarter")
        let currency = areaID.flatMap { row.currency(forArea: $0, currency(forArea:)) }
        let amount = row.money("amount", currency: currency, required: true)
        let paid = row.day("paid", required: false)
        guard row.isValid, let areaID, let year, let quarter, let amount else { return nil }
        return Payment(areaID: areaID, year: year, quarter: quarter, amount: amount, paid: paid,
                       ref: row.text("ref"), notes: row.text("notes"))
    }
}
