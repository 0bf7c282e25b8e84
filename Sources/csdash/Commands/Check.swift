import ArgumentParser
import GrantStore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validates the data folder and lists every problem, not just the first.",
        discussion: """
        Problems go to stderr as path:line:column: error: message (or warning:). Exits 0 when there
        are no errors (warnings allowed), 65 when there are, 66 when there is no data folder.
        Nothing is written.

        Examples:
          csdash check sample-data
          CSDASH_DATA=sample-data csdash check
        """)

    @OptionGroup var common: CommonOptions

    func run() throws {
        let loaded = try loadFolder(common.folder)
        printDiagnostics(loaded.diagnostics)
        let errors = loaded.errors.count, warnings = loaded.warnings.count
        let summary = "\(common.folder): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if let grants = loaded.grants {
            print("\(summary); \(grants.funders.count) funders, \(grants.areas.count) areas, \(grants.allocations.count) allocations, \(grants.returns.count) returns")
        } else {
            printError(summary)
            throw ExitCode(ExitStatus.dataError)
        }
    }
}
