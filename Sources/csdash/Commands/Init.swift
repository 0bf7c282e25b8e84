import ArgumentParser
import Foundation
import GrantModel
import GrantStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Starts a new data folder: every file with its header row, and a README explaining each column.",
        discussion: """
        Makes DIR and any missing folder above it (or fills DIR when it is an empty folder) with funders.csv, areas.csv,
        allocations.csv, returns.csv and the optional files, each holding only its header row, and
        README.md, which says what every column holds, with an example. With --funder and --name,
        funders.csv gets that funder's row. All of it is written, or nothing: exits 73 when DIR
        already holds files (nothing is written), 64 for a bad funder.

        Examples:
          csdash init wm-grants --funder west-midlands --name "West Midlands PCC"
          csdash check wm-grants
        """)

    @Argument(help: ArgumentHelp("The new data folder (made if missing; an existing one must be empty).", valueName: "DIR"))
    var directory: String

    @Option(help: ArgumentHelp("The first funder's funder_id, e.g. west-midlands.", valueName: "ID"))
    var funder: String?

    @Option(help: ArgumentHelp("The first funder's name (with --funder).", valueName: "NAME"))
    var name: String?

    @Option(help: ArgumentHelp("The funder's currency: GBP, EUR or USD (with --funder).", valueName: "C"))
    var currency = "GBP"

    @Option(name: .customLong("return-due-days"),
            help: ArgumentHelp("A quarter's return is due this many days after the quarter ends (with --funder).", valueName: "N"))
    var returnDueDays = 30

    func validate() throws {
        guard (funder == nil) == (name == nil) else {
            throw ValidationError("--funder and --name go together: the funder's funder_id and its name")
        }
        for (option, value) in [("--funder", funder), ("--name", name)] {
            guard let value else { continue }
            if value.trimmingSpaces().isEmpty { throw ValidationError("\(option) is empty") }
            if value.contains(where: { $0.isNewline || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }) {
                throw ValidationError("\(option) holds a control character or a line break")
            }
        }
        if let funder, funder.contains(where: { $0 == " " || $0 == "," }) {
            throw ValidationError("--funder '\(funder)' is a funder_id: write it without spaces or commas, e.g. west-midlands")
        }
        guard Currency(code: currency) != nil else {
            throw ValidationError("--currency '\(currency)' is not one csdash knows: write \(Currency.known.map(\.code).joined(separator: ", "))")
        }
        guard (0...366).contains(returnDueDays) else { throw ValidationError("--return-due-days is a number of days from 0 to 366") }
    }

    func run() throws {
        let first = funder.map { id in
            NewDataFolder.FirstFunder(id: id.trimmingSpaces(), name: (name ?? "").trimmingSpaces(),
                                      currency: currency.uppercased(), returnDueDays: returnDueDays)
        }
        do throws(WriteError) {
            let parent = URL(fileURLWithPath: directory).deletingLastPathComponent().path
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw WriteError.cannotCreate(path: parent, reason: error.localizedDescription)
            }
            try OutputFolder.create(directory, files: NewDataFolder.files(funder: first))
        } catch {
            printError(error.description)
            throw error.exitCode
        }
        if let warnings = try? DataFolder.load(directory).warnings { printDiagnostics(warnings) }
        print("\(directory): a new data folder; \(directory)/\(NewDataFolder.readmeName) explains each file and column")
        if let first {
            print("funders.csv: \(first.id), \(first.name), \(first.currency), returns due \(first.returnDueDays) days after each quarter")
        }
        print("next: add your areas to areas.csv and their allocations to allocations.csv, then csdash check \(directory)")
    }
}
