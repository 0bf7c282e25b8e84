import Foundation
import GrantModel
import GrantStore
import Testing

/// The 360Giving export with real identifiers: grants under the funder's `prefix_360g`, the
/// funder and recipients by `org_id`, the beneficiary location by `geo_code` and the codelist's
/// type for it; `dateModified` and `dataSource`. And every export passes the official schema.
@Suite struct ExportIdentifierTests {
    static let asOf = ["--as-of", "2025-06-01"]

    /// sample-data with the West Midlands funder's identifiers filled in (made up for the test:
    /// sample-data leaves them empty, since no source document gives them).
    static func withFunderIdentifiers() throws -> SampleDataCopy {
        let folder = try SampleDataCopy()
        let funders = try String(contentsOf: folder.url.appendingPathComponent("funders.csv"), encoding: .utf8)
        let header = try #require(funders.split(separator: "\n").first)
        try #require(header.hasSuffix(",org_id,prefix_360g"), "sample-data/funders.csv has the identifier columns, last")
        let westMidlands = try #require(funders.split(separator: "\n").first { $0.hasPrefix("west-midlands,") })
        try folder.edit("funders.csv", replacing: String(westMidlands),
                        with: String(westMidlands.dropLast(2)) + ",GB-GOR-PC000123,360G-wmpcc")
        return folder
    }

    private func grants(_ arguments: [String]) throws -> [[String: Any]] {
        let root = try #require(try jsonObject(try csdash(arguments)) as? [String: Any])
        return try #require(root["grants"] as? [[String: Any]])
    }

    private func first(_ value: Any?) -> [String: Any]? { (value as? [[String: Any]])?.first }

    @Test func theSevenWestMidlandsCouncilsHaveTheirOrgIDsAndONSCodes() throws {
        let items = try grants(["export", "sample-data"] + Self.asOf)
        let expected = [("birmingham", "BIR", "E08000025"), ("coventry", "COV", "E08000026"), ("dudley", "DUD", "E08000027"),
                        ("sandwell", "SAW", "E08000028"), ("solihull", "SOL", "E08000029"), ("walsall", "WLL", "E08000030"),
                        ("wolverhampton", "WLV", "E08000031")]
        for (area, code, ons) in expected {
            let item = try #require(items.first { $0["id"] as? String == "360G-csdash-west-midlands-\(area)-2016-17" })
            #expect(first(item["recipientOrganization"])?["id"] as? String == "GB-LAE-\(code)")
            let location = try #require(first(item["beneficiaryLocation"]))
            #expect(location["geoCode"] as? String == ons)
            #expect(location["geoCodeType"] as? String == "MD")
            #expect(first(item["fundingOrganization"])?["id"] as? String == "360G-csdash-west-midlands", "no org_id given")
        }
        let telford = try #require(items.first { $0["id"] as? String == "360G-csdash-west-mercia-telford-wrekin-2021-22" })
        #expect(first(telford["recipientOrganization"])?["id"] as? String == "360G-csdash-west-mercia-telford-wrekin", "as before")
        #expect(first(telford["beneficiaryLocation"])?["geoCode"] == nil)
    }

    @Test func grantsAreNamedUnderTheFundersPrefixAndTheFunderByItsOrgID() throws {
        let folder = try Self.withFunderIdentifiers()
        let items = try grants(["export", folder.path] + Self.asOf)
        let birmingham = try #require(items.first { $0["id"] as? String == "360G-wmpcc-birmingham-2016-17" })
        #expect(first(birmingham["fundingOrganization"])?["id"] as? String == "GB-GOR-PC000123")
        #expect(items.contains { $0["id"] as? String == "360G-csdash-west-mercia-telford-wrekin-2021-22" }, "West Mercia has no prefix")
        #expect(!items.contains { ($0["id"] as? String)?.hasPrefix("360G-csdash-west-midlands") == true })
    }

    @Test func dateModifiedAndDataSource() throws {
        let items = try grants(["export", "sample-data", "--data-source", "https://www.westmidlands-pcc.gov.uk/"] + Self.asOf)
        for item in items {
            let modified = try #require(item["dateModified"] as? String)
            #expect(modified.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z/) != nil, "\(modified)")
            #expect(item["dataSource"] as? String == "https://www.westmidlands-pcc.gov.uk/")
        }
        #expect(try grants(["export", "sample-data"] + Self.asOf).allSatisfy { $0["dataSource"] == nil }, "none unless given")
        let bad = try csdash(["export", "sample-data", "--data-source", "westmidlands-pcc.gov.uk"])
        #expect(bad.status == 64, "\(bad)")
        #expect(bad.stderr.contains("--data-source 'westmidlands-pcc.gov.uk' is not a web link"), "\(bad)")
    }

    /// Two areas run by one council may share its org_id: that is no clash.
    @Test func twoAreasMayShareAnOrgID() throws {
        let folder = try SampleDataCopy()
        try folder.edit("areas.csv", replacing: "GB-LAE-COV", with: "GB-LAE-BIR")
        let result = try csdash(["export", folder.path] + Self.asOf)
        #expect(result.status == 0, "\(result)")
    }

    // MARK: the official schema

    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/360giving")
    static let python = packageRoot.appendingPathComponent(".build/test-venv/bin/python")

    /// Runs the fixtures' validate.py (jsonschema, in the venv scripts/ensure-deps.sh makes) on `json`.
    static func validate(_ json: String) throws -> RunResult {
        try #require(FileManager.default.isExecutableFile(atPath: python.path),
                     "no \(python.path): run scripts/ensure-deps.sh --with-tmux, which makes the venv with jsonschema")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-360giving-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run(python, [fixtures.appendingPathComponent("validate.py").path, file.path])
    }

    @Test(arguments: [[String](), ["--data-source", "https://www.westmidlands-pcc.gov.uk/"], ["--funder", "west-mercia"],
                      ["--year", "2016/17"]])
    func theExportPassesTheOfficialSchema(_ options: [String]) throws {
        let plain = try csdash(["export", "sample-data"] + Self.asOf + options)
        try #require(plain.status == 0, "\(plain)")
        let checked = try Self.validate(plain.stdout)
        #expect(checked.status == 0, "\(checked)")
        let folder = try Self.withFunderIdentifiers()
        let identified = try csdash(["export", folder.path] + Self.asOf + options)
        try #require(identified.status == 0, "\(identified)")
        let checkedToo = try Self.validate(identified.stdout)
        #expect(checkedToo.status == 0, "\(checkedToo)")
    }

    /// The validator is not a formality: a grant without a recipient id, and a dateModified
    /// that is only a date, fail it.
    @Test func theSchemaCheckRefusesABrokenExport() throws {
        var root = try #require(try jsonObject(try csdash(["export", "sample-data"] + Self.asOf)) as? [String: Any])
        var items = try #require(root["grants"] as? [[String: Any]])
        items[0]["recipientOrganization"] = [["name": "Birmingham CC"]]
        items[1]["dateModified"] = "2016-12-06"
        root["grants"] = items
        let broken = String(decoding: try JSONSerialization.data(withJSONObject: root), as: UTF8.self)
        let checked = try Self.validate(broken)
        #expect(checked.status == 1, "\(checked)")
        #expect(checked.stdout.contains("'id' is a required property") && checked.stdout.contains("is not a 'date-time'"), "\(checked)")
    }
}
