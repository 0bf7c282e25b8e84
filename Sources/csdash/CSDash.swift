import ArgumentParser

@main
struct CSDash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csdash",
        abstract: "Where every area's community-safety money stands, and which quarterly returns are in, late or missing.",
        discussion: """
        DIR is a data folder of CSV files (format v1); it defaults to $CSDASH_DATA, else the current folder.
        Every command takes --as-of YYYY-MM-DD (default: today) to see the data as it stood that day.

        Examples:
          csdash sample-data --as-of 2016-12-06
          csdash report sample-data --as-of 2016-12-06 --year 2016/17 --quarter Q2
          csdash returns sample-data --as-of 2016-12-06 --status outstanding
          csdash check sample-data
          csdash export sample-data --format 360giving --output grants.json
        """,
        version: CSDash.version,
        subcommands: [Open.self, Report.self, Returns.self, Check.self, Record.self, Import.self, Template.self, Export.self, Generate.self,
                      ReviewCommand.self, Pay.self, Payments.self, Chase.self, ChangesCommand.self,
                      Init.self, RolloverCommand.self, Database.self],
        defaultSubcommand: Open.self
    )

    static let version = "0.1.0"

    /// As ArgumentParser's own, with standard output and error made safe first and output that
    /// was lost reported at the end (`StandardOutput.finish`).
    static func main() {
        StandardStreams.prepare()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            StandardOutput.finish(exitCode: exitCode(for: error).rawValue, closing: false)
            exit(withError: error)
        }
        StandardOutput.finish(exitCode: 0, closing: true)
    }
}
