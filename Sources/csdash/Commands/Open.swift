import ArgumentParser
import GrantModel

/// `csdash [DIR]`: the dashboard. Until the screens land it prints the report table.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "The interactive dashboard (not a terminal: prints the report instead).")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let grants = try common.loadGrants()
        let period = ReportPeriod.defaults(for: grants.years, asOf: common.day)
        print(Report.render(grants, period: period, funder: nil, format: .table), terminator: "")
    }
}
