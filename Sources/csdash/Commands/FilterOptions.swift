import ArgumentParser
import GrantModel

/// `--funder` and `--year` as filters (every funder and every year when not given), shared by the
/// listing and exporting commands so that each says and checks them the same way.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only this funder (its funder_id).", valueName: "F"))
    var funder: String?

    @Option(help: ArgumentHelp("Only this financial year, e.g. 2016/17 (default: every year).", valueName: "Y"),
            transform: PeriodOptions.parseYear)
    var year: FinancialYear?

    /// Exits 64 when --funder names no funder of the folder.
    func check(in grants: Grants) throws {
        try checkFunderOption(funder, in: grants)
    }

    /// A row of this funder and year passes the filter.
    func keeps(funderID: FunderID, year: FinancialYear) -> Bool {
        (funder == nil || funderID == funder) && (self.year == nil || year == self.year)
    }
}
