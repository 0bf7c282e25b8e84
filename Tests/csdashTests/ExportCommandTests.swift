import Foundation
import GrantModel
import GrantStore
import Testing

/// `csdash export --format 360giving`: one 360Giving grant per allocation.
struct ExportCommandTests {
    /// Late enough that every allocation of sample-data (the last begins 1 April 2024) is awarded.
    static let asOf = ["--as-of", "2025-06-01"]

    static let sample: Grants = (try? DataFolder.load(sampleDataURL.path).grants ?? nil) ?? Grants(funders: [], areas: [], allocations: [], returns: [])

    private func grants(_ arguments: [String]) throws -> [[String: Any]] {
        let root = try #require(try jsonObject(try csdash(arguments)) as? [String: Any])
        #expect(Set(root.keys) == ["grants"])
        return try #require(root["grants"] as? [[String: Any]])
    }

    private func first(_ value: Any?) -> [String: Any]? { (value as? [[String: Any]])?.first }

    @Test func everyAllocationIsAGrantWithTheRequiredFields() throws {
        let items = try grants(["export", "sample-data", "--format", "360giving"] + Self.asOf)
        let allocations = Self.sample.allocations
        #expect(items.count == allocations.count)
        #expect(allocations.count == 27)
        for (item, allocation) in zip(items, allocations) {
            let area = try #require(Self.sample.area(allocation.areaID))
            let funder = try #require(Self.sample.funder(area.funderID))
            for key in ["id", "title", "description", "currency", "awardDate"] {
                let text = item[key] as? String
                #expect(text?.isEmpty == false, "\(allocation.areaID) \(allocation.year) \(key)")
            }
            #expect(number(item["amountAwarded"]) == Decimal(allocation.allocation.pence) / 100, "the allocation, not the total")
            #expect(item["currency"] as? String == "GBP")
            let recipient = try #require(first(item["recipientOrganization"]))
            #expect(recipient["id"] as? String == area.orgID ?? "360G-csdash-\(funder.id)-\(area.id)", "the org_id where given")
            #expect(recipient["name"] as? String == area.name)
            let funding = try #require(first(item["fundingOrganization"]))
            #expect(funding["id"] as? String == "360G-csdash-\(funder.id)")
            #expect(funding["name"] as? String == funder.name)
            let year = "\(allocation.year)".replacingOccurrences(of: "/", with: "-")
            #expect(item["id"] as? String == "360G-csdash-\(funder.id)-\(area.id)-\(year)")
            let dates = try #require(first(item["plannedDates"]))
            #expect(dates["startDate"] as? String == "\(allocation.year.firstDay)")
            #expect(dates["endDate"] as? String == "\(allocation.year.lastDay)")
            let location = try #require(first(item["beneficiaryLocation"]))
            #expect(location["name"] as? String == area.name)
            #expect(location["geoCode"] as? String == area.geoCode)
            #expect(location["geoCodeType"] as? String == (area.geoCode != nil ? "MD" : area.kind == .csp ? "CSP" : nil),
                    "the seven West Midlands councils are metropolitan districts")
            #expect((first(item["grantProgramme"])?["title"] as? String)?.isEmpty == false)
        }
        #expect(Set(items.compactMap { $0["id"] as? String }).count == items.count, "identifiers are unique")
    }

    @Test func amountsAreExact() throws {
        let items = try grants(["export", "sample-data"] + Self.asOf)
        let birmingham = try #require(items.first { $0["id"] as? String == "360G-csdash-west-midlands-birmingham-2016-17" })
        #expect(number(birmingham["amountAwarded"]) == 1_873_187)
        let coventry = try #require(items.first { $0["id"] as? String == "360G-csdash-west-midlands-coventry-2016-17" })
        #expect(number(coventry["amountAwarded"]) == 409_728, "without the £102,504 carry forward")
        #expect((coventry["description"] as? String)?.contains("The 2015/16 carry forward of £102,504 is not included.") == true)
        let sum = items.compactMap { number($0["amountAwarded"]) }.reduce(Decimal(0), +)
        #expect(sum == Decimal(Self.sample.allocations.map(\.allocation).sum().pence) / 100)
    }

    @Test func awardDateIsTheDecisionDateElseTheFirstOfApril() throws {
        let items = try grants(["export", "sample-data"] + Self.asOf)
        func awardDate(_ id: String) -> String? { items.first { $0["id"] as? String == id }?["awardDate"] as? String }
        #expect(awardDate("360G-csdash-west-mercia-telford-wrekin-2021-22") == "2021-02-19")
        #expect(awardDate("360G-csdash-west-mercia-telford-wrekin-2022-23") == "2021-02-19")
        #expect(awardDate("360G-csdash-west-mercia-worcs-districts-2024-25") == "2023-06-13")
        #expect(awardDate("360G-csdash-west-mercia-telford-wrekin-2023-24") == "2023-04-01")
        #expect(awardDate("360G-csdash-west-midlands-solihull-2015-16") == "2015-04-01")
        let telford = try #require(items.first { $0["id"] as? String == "360G-csdash-west-mercia-telford-wrekin-2021-22" })
        #expect(first(telford["grantProgramme"])?["title"] as? String == "Telford & Wrekin Safer Communities")
        #expect(first(telford["beneficiaryLocation"])?["geoCodeType"] == nil, "a local policing area, not a CSP")
    }

    @Test func asOfLeavesOutAllocationsNotYetAwarded() throws {
        let items = try grants(["export", "sample-data", "--as-of", "2016-12-06"])
        #expect(items.count == 14, "the West Midlands' 2015/16 and 2016/17")
        #expect(items.allSatisfy { ($0["id"] as? String)?.hasPrefix("360G-csdash-west-midlands-") == true })
        // PCC/D/2021/06 was decided on 19 February 2021: both its years are awarded by then.
        let early = try grants(["export", "sample-data", "--as-of", "2021-03-01", "--funder", "west-mercia"])
        #expect(early.compactMap { $0["id"] as? String } == ["360G-csdash-west-mercia-telford-wrekin-2021-22",
                                                            "360G-csdash-west-mercia-telford-wrekin-2022-23"])
    }

    @Test func funderAndYearFilters() throws {
        let items = try grants(["export", "sample-data", "--funder", "west-midlands", "--year", "2016/17"] + Self.asOf)
        #expect(items.count == 7)
        let bad = try csdash(["export", "sample-data", "--funder", "nowhere"])
        #expect(bad.status == 64, "\(bad)")
    }

    @Test func csvHasTheStandardsColumnTitles() throws {
        let result = try csdash(["export", "sample-data", "--file-format", "csv"] + Self.asOf)
        #expect(result.status == 0, "\(result)")
        let columns: [String] = [
            "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
            "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name",
            "Planned Dates:Start Date", "Planned Dates:End Date", "Beneficiary Location:Name",
            "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type", "Grant Programme:Title",
            "Last Modified", "Data Source",
        ]
        #expect(result.stdoutLines.first == columns.joined(separator: ","))
        let rows = result.stdoutLines.dropFirst().filter { !$0.isEmpty }
        #expect(rows.count == 27)
        let birminghamStart = "360G-csdash-west-midlands-birmingham-2016-17,Community safety allocation 2016/17: Birmingham CC,"
        let birminghamRest: String = ",GBP,1873187,2016-04-01,GB-LAE-BIR,Birmingham CC,"
            + "360G-csdash-west-midlands,West Midlands Police and Crime Commissioner,2016-04-01,2017-03-31,"
            + "Birmingham CC,E08000025,MD,Community safety allocations,"
        #expect(rows.contains { $0.hasPrefix(birminghamStart) && $0.contains(birminghamRest) && $0.hasSuffix("Z,") },
                "\(rows.first { $0.hasPrefix(birminghamStart) } ?? "")")
        #expect(rows.contains { $0.hasPrefix("360G-csdash-west-mercia-telford-wrekin-2021-22,") && $0.contains(",2021-02-19,") })
    }

    @Test func outputWritesTheFileAndTheFormatFollowsItsExtension() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("grants.json"), csv = folder.appendingPathComponent("grants.csv")
        let toStdout = try csdash(["export", "sample-data"] + Self.asOf)
        let written = try csdash(["export", "sample-data", "--output", json.path] + Self.asOf)
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout == "\(json.path): 27 grants (360Giving JSON)\n")
        #expect(try String(contentsOf: json, encoding: .utf8) == toStdout.stdout)

        try Data("old".utf8).write(to: csv)
        let asCSV = try csdash(["export", "sample-data", "--output", csv.path] + Self.asOf)
        #expect(asCSV.status == 0, "\(asCSV)")
        let text = try String(contentsOf: csv, encoding: .utf8)
        #expect(text.hasPrefix("Identifier,Title,"), "replaced, and CSV by the .csv extension")
        let explicit = try csdash(["export", "sample-data", "--output", csv.path, "--file-format", "json"] + Self.asOf)
        #expect(explicit.status == 0)
        #expect(try String(contentsOf: csv, encoding: .utf8) == toStdout.stdout, "--file-format wins over the extension")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["grants.csv", "grants.json"], "no temporary file is left behind")
    }

    @Test func aFolderThatCannotBeWrittenExits73() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-nowhere-\(UUID().uuidString)/grants.json")
        let result = try csdash(["export", "sample-data", "--output", missing.path])
        #expect(result.status == 73, "\(result)")
        #expect(result.stderr.contains("\(missing.path): error: cannot create"), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aFolderInTheWayOfTheFileExits74() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-export-\(UUID().uuidString)")
        let inTheWay = folder.appendingPathComponent("grants.json")
        try FileManager.default.createDirectory(at: inTheWay.appendingPathComponent("inside"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try csdash(["export", "sample-data", "--output", inTheWay.path])
        #expect(result.status == 74, "\(result)")
        #expect(result.stderr.contains("\(inTheWay.path): error: cannot write"), "\(result)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["grants.json"], "the temporary file is removed")
    }

    @Test(arguments: [["--format", "iati"], ["--file-format", "xml"], ["--bogus"]])
    func badUsageExits64(_ extra: [String]) throws {
        let result = try csdash(["export", "sample-data"] + extra)
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test func helpHasExamples() throws {
        let result = try csdash("export", "--help")
        #expect(result.status == 0)
        for text in ["Examples", "csdash export sample-data", "--as-of", "--output", "--file-format", "360G-csdash-"] {
            #expect(result.stdout.contains(text), "\(text)")
        }
        #expect(try csdash("--help").stdout.contains("export"))
    }
}
