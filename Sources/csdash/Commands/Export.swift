import ArgumentParser
import Foundation
import GrantModel
import GrantStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exports the allocations as open data: 360Giving Data Standard grants.",
        discussion: """
        One grant per allocation (an area and year): the amount is the year's allocation, without \
        the carry forward; the award date is the date of the allocation's decision (decision_ref), \
        else 1 April of its year. Allocations awarded after --as-of are left out. Identifiers start \
        with 360G-csdash- (csdash has no registered 360Giving prefix): the funder \
        360G-csdash-FUNDER, the recipient 360G-csdash-FUNDER-AREA, the grant \
        360G-csdash-FUNDER-AREA-2016-17.

        The file format is JSON ({"grants": [...]}) unless --file-format says csv, or --output names \
        a file ending in .csv. --output replaces FILE atomically; without it the export goes to \
        standard output.

        Examples:
          csdash export sample-data --format 360giving > grants.json
          csdash export sample-data --format 360giving --output grants.csv
          csdash export sample-data --funder west-mercia --file-format csv
        """)

    enum Standard: String, ExpressibleByArgument, CaseIterable {
        case threeSixtyGiving = "360giving"
    }

    enum FileFormat: String, ExpressibleByArgument, CaseIterable {
        case json, csv
    }

    @OptionGroup var common: CommonOptions

    @Option(help: "The open data standard: 360giving.")
    var format: Standard = .threeSixtyGiving

    @Option(name: .customLong("file-format"), help: "json or csv (default: csv when --output ends in .csv, else json).")
    var fileFormat: FileFormat?

    @Option(help: ArgumentHelp("Write the export to FILE, replacing it atomically (default: standard output).", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("Only this funder (its funder_id).", valueName: "F"))
    var funder: String?

    @Option(help: ArgumentHelp("Only this financial year, e.g. 2016/17 (default: every year).", valueName: "Y"),
            transform: PeriodOptions.parseYear)
    var year: FinancialYear?

    /// The explicit choice, else the output file's extension, else JSON.
    var chosenFileFormat: FileFormat {
        if let fileFormat { return fileFormat }
        if let output, output.lowercased().hasSuffix(".csv") { return .csv }
        return .json
    }

    func run() throws {
        let grants = try common.loadGrants()
        if let funder, grants.funder(funder) == nil {
            throw usageError("--funder '\(funder)' is not a funder_id in funders.csv (known: \(grants.funders.map(\.id).joined(separator: ", ")))")
        }
        let items = GivingExport.grants(grants, asOf: common.day, funder: funder, year: year)
        let clashes = GivingExport.clashes(items)
        if !clashes.isEmpty {
            for clash in clashes { printError("csdash: error: \(clash)") }
            printError("nothing was exported: rename an area_id or funder_id so that the identifiers differ")
            throw ExitCode(ExitStatus.dataError)
        }
        let text = chosenFileFormat == .csv ? GivingExport.csv(items) : GivingExport.json(items)
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            try AtomicFile.replace(output, with: Array(text.utf8))
        } catch {
            // Name the file the user asked for, not the temporary file beside it.
            let named: WriteError
            switch error {
            case .cannotCreate(_, let reason): named = .cannotCreate(path: output, reason: reason)
            case .ioError(_, let reason): named = .ioError(path: output, reason: reason)
            default: named = error
            }
            printError(named.description)
            throw named.exitCode
        }
        print("\(output): \(items.count) grant\(items.count == 1 ? "" : "s") (360Giving \(chosenFileFormat.rawValue.uppercased()))")
    }
}
