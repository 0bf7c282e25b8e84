import ArgumentParser
import GrantModel
import GrantStore

struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes return forms (.xlsx) for areas to fill in and send back.",
        discussion: """
        A form is one sheet: the funder, the area, the year and quarter and when the return is due, \
        the total allocation, the figures of the area's last received return and its projects for \
        the year with their budgets. The area fills in the shaded cells (date of the return, \
        planned and spend to date, notes) in Excel or LibreOffice and sends it back. Named cells \
        (area_id, year, quarter, received, planned, spend, notes) mark where everything is, so \
        that the form reads back whatever rows are added to it.

        --year and --quarter default to the area's next return: the first quarter of the year that \
        has begun by --as-of and whose return has not arrived. With --all, one form per area with an \
        outstanding or coming return goes into a new folder, --output DIR, each file named for the \
        area and quarter (solihull-2016-17-Q2.xlsx) so that it can be attached to an email.

        Examples:
          csdash template sample-data --area solihull --year 2016/17 --quarter Q2 \\
              --output solihull-q2.xlsx
          csdash template sample-data --as-of 2016-12-06 --all --output forms-2016-12-06
        """)

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("The area (its area_id) to write a form for.", valueName: "A"))
    var area: String?

    @Option(help: ArgumentHelp("The financial year, e.g. 2016/17 (default: that of the area's next return).", valueName: "Y"),
            transform: PeriodOptions.parseYear)
    var year: FinancialYear?

    @Option(help: ArgumentHelp("The quarter, Q1-Q4 (default: the area's next return).", valueName: "Q"),
            transform: PeriodOptions.parseQuarter)
    var quarter: Quarter?

    @Flag(help: "One form per area with an outstanding or coming return, into the folder --output DIR.")
    var all = false

    @Option(help: ArgumentHelp("Only this funder's areas (its funder_id), with --all.", valueName: "F"))
    var funder: String?

    @Option(help: ArgumentHelp("The form's file (FILE.xlsx), or with --all a new or empty folder.", valueName: "FILE|DIR"))
    var output: String

    func validate() throws {
        if all {
            guard area == nil, quarter == nil else { throw ValidationError("--all writes every area's next return: leave out --area and --quarter") }
        } else {
            guard area != nil else { throw ValidationError("name the area with --area A, or write every area's form with --all") }
            guard funder == nil else { throw ValidationError("--funder is for --all") }
        }
    }

    func run() throws {
        let grants = try common.loadGrants()
        let asOf = common.day
        if !all {
            let key = try singleReturn(in: grants, asOf: asOf)
            let form = try Template.form(for: key, in: grants, asOf: asOf)
            try writeWorkbook(form.document(), to: output)
            print("\(output): \(form.area.name.terminalSafe) \(key.year) \(key.quarter) return form")
            return
        }
        try checkFunderOption(funder, in: grants)
        let keys = grants.returnsToAskFor(asOf: asOf, year: year, funderID: funder)
        guard !keys.isEmpty else {
            print("No area has an outstanding or coming return on \(asOf): no forms written")
            return
        }
        try TemplateFolder(keys: keys, grants: grants, asOf: asOf).write(to: output)
    }

    /// The area's return that --area, --year and --quarter name (64 for an unknown area, a year
    /// without an allocation, or no return left to ask for).
    private func singleReturn(in grants: Grants, asOf: Day) throws -> Grants.ReturnKey {
        let areaID = area ?? ""
        guard let found = grants.area(areaID) else {
            throw usageError("--area '\(areaID.terminalSafe)' is not an area_id in areas.csv")
        }
        let chosenYear = year ?? grants.returnsToAskFor(asOf: asOf, funderID: found.funderID).first { $0.areaID == areaID }?.year
            ?? grants.defaultPeriod(showing: [found.funderID], asOf: asOf).year
        guard grants.allocation(for: areaID, in: chosenYear) != nil else {
            let hint = year == nil ? ": name the year with --year" : ""
            throw usageError("\(areaID.terminalSafe) has no allocation in \(chosenYear) (allocations.csv), so no return is due for it\(hint)")
        }
        guard let chosenQuarter = quarter ?? grants.nextReturnQuarter(for: areaID, in: chosenYear, asOf: asOf) else {
            throw usageError("every return of \(areaID.terminalSafe) for \(chosenYear) that has begun by \(asOf) has arrived: name the quarter with --quarter")
        }
        return Grants.ReturnKey(areaID: areaID, year: chosenYear, quarter: chosenQuarter)
    }

    static func form(for key: Grants.ReturnKey, in grants: Grants, asOf: Day) throws -> ReturnFormWorkbook {
        guard let area = grants.area(key.areaID), let funder = grants.funder(area.funderID),
              let allocation = grants.allocation(for: key.areaID, in: key.year) else {
            throw usageError("\(key.areaID.terminalSafe) has no allocation in \(key.year) (allocations.csv), so no return is due for it")
        }
        return ReturnFormWorkbook(grants: grants, area: area, funder: funder, allocation: allocation, year: key.year,
                                  quarter: key.quarter, asOf: asOf)
    }
}
