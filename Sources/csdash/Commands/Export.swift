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
        else 1 April of its year. Allocations awarded after --as-of are left out. A grant is named \
        under its funder's prefix_360g (360G-wmpcc-AREA-2016-17), else under 360G-csdash- \
        (360G-csdash-FUNDER-AREA-2016-17); the funder and the recipient by their org_id \
        (GB-LAE-BIR), else 360G-csdash-FUNDER and 360G-csdash-FUNDER-AREA. An area's geo_code \
        (E08000025) is its beneficiary location, with the 360Giving geoCodeType of its entity \
        (E08: MD). dateModified is when the funders, areas, allocations or decisions file last \
        changed (from a database, which has no files: the time of its audit table's last row, the \
        last change made through csdash; none when the table is empty); dataSource is \
        --data-source, when given.

        The file format is JSON ({"grants": [...]}) unless --file-format says csv, or --output names \
        a file ending in .csv. --output replaces FILE atomically; without it the export goes to \
        standard output.

        Examples:
          csdash export sample-data --format 360giving > grants.json
          csdash export sample-data --format 360giving --output grants.csv
          csdash export sample-data --funder west-mercia --file-format csv
          csdash export sample-data --data-source https://www.westmidlands-pcc.gov.uk
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

    @OptionGroup var filter: FilterOptions

    @Option(name: .customLong("data-source"), help: ArgumentHelp("A web link to where the data comes from, written as each grant's dataSource.", valueName: "URL"))
    var dataSource: String?

    func validate() throws {
        if let dataSource, !Export.isWebLink(dataSource) {
            throw ValidationError("--data-source '\(dataSource)' is not a web link: write it in full, as https://www.westmidlands-pcc.gov.uk/")
        }
    }

    /// An absolute http or https link with a host: what the standard's `uri` format and a
    /// reader's browser both take.
    static func isWebLink(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty else { return false }
        return !text.contains(where: \.isWhitespace)
    }

    /// When the files a grant is built from last changed, as ISO 8601 in UTC (seconds); nil
    /// when none can be looked at. A database has no file dates: its last change made through
    /// csdash (the audit table's last row) stands for them, nil when it has no row.
    func lastModified(_ store: any GrantDataStore, _ grants: Grants) -> String? {
        let newest: Date?
        if let folder = store.folderPath {
            let files = [FileSchema.funders, .areas, .allocations, .decisions].map { DataFolder.filePath(folder, $0.fileName) }
            newest = files.compactMap { try? FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date }.max()
        } else {
            newest = store.auditTrail(for: grants).lastChange
        }
        guard let newest else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: newest)
    }

    /// The explicit choice, else the output file's extension, else JSON.
    var chosenFileFormat: FileFormat {
        if let fileFormat { return fileFormat }
        if let output, output.lowercased().hasSuffix(".csv") { return .csv }
        return .json
    }

    func run() throws {
        let grants = try common.loadGrants()
        try filter.check(in: grants)
        let store = try common.store()
        let items = GivingExport.grants(grants, asOf: common.day, funder: filter.funder, year: filter.year,
                                        lastModified: lastModified(store, grants), dataSource: dataSource)
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
        try replaceOutputFile(output, with: Array(text.utf8))
        print("\(output): \(items.count) grant\(items.count == 1 ? "" : "s") (360Giving \(chosenFileFormat.rawValue.uppercased()))")
    }
}
