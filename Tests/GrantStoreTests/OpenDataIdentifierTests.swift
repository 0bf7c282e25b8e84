import GrantModel
@testable import GrantStore
import Testing

/// The optional identifiers for open data: funders' `org_id` and `prefix_360g`, areas' `org_id`
/// and `geo_code`. Read into the model when well formed; an error at the field when not.
struct OpenDataIdentifierTests {
    static let funders = """
        funder_id,name,currency,return_due_days,notes,org_id,prefix_360g
        wm,West Midlands PCC,GBP,30,,GB-GOR-PC000123,360G-wmpcc

        """

    static func areas(_ bham: String, _ solihull: String = ",") -> String {
        """
        area_id,funder_id,name,kind,part_of,notes,org_id,geo_code
        bham,wm,Birmingham,csp,,,\(bham)
        solihull,wm,Solihull,csp,,,\(solihull)

        """
    }

    @Test func wellFormedIdentifiersAreRead() throws {
        let folder = try DataFolderFixture([.replace("funders.csv", Self.funders), .replace("areas.csv", Self.areas("GB-LAE-BIR,E08000025"))])
        let loaded = try DataFolder.load(folder.path)
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        let grants = try #require(loaded.grants)
        #expect(grants.funder("wm")?.orgID == "GB-GOR-PC000123")
        #expect(grants.funder("wm")?.prefix360G == "360G-wmpcc")
        #expect(grants.area("bham")?.orgID == "GB-LAE-BIR")
        #expect(grants.area("bham")?.geoCode == "E08000025")
        #expect(grants.area("solihull")?.orgID == nil && grants.area("solihull")?.geoCode == nil, "empty is not given")
    }

    @Test(arguments: [
        ("GB LAE BIR,", "areas.csv:2:26", "org_id \"GB LAE BIR\" is not an org-id.guide identifier"),
        ("GB-BIR,", "areas.csv:2:26", "org_id \"GB-BIR\" is not an org-id.guide identifier"),
        ("gb-lae-bir,", "areas.csv:2:26", "org_id \"gb-lae-bir\" is not an org-id.guide identifier"),
        (",E0800002", "areas.csv:2:27", "geo_code \"E0800002\" is not an ONS code"),
        (",Birmingham", "areas.csv:2:27", "geo_code \"Birmingham\" is not an ONS code"),
    ])
    func malformedAreaIdentifiersAreErrorsAtTheirField(_ cells: String, _ location: String, _ message: String) throws {
        let folder = try DataFolderFixture([.replace("areas.csv", Self.areas(cells))])
        let loaded = try DataFolder.load(folder.path)
        expectOnlyError(loaded, in: folder, at: location, containing: [message])
    }

    @Test(arguments: [
        ("GB-GOR-PC000123,wmpcc", "funders.csv:2:46", "prefix_360g \"wmpcc\" is not a 360Giving prefix"),
        ("GB-GOR-PC000123,360G-", "funders.csv:2:46", "prefix_360g \"360G-\" is not a 360Giving prefix"),
        ("GB-GOR-PC000123,360G-wm pcc", "funders.csv:2:46", "prefix_360g \"360G-wm pcc\" is not a 360Giving prefix"),
        ("GB-GOR-PC000123,360G-wmpcc-", "funders.csv:2:46", "prefix_360g \"360G-wmpcc-\" is not a 360Giving prefix"),
        ("PC000123,360G-wmpcc", "funders.csv:2:30", "org_id \"PC000123\" is not an org-id.guide identifier"),
    ])
    func malformedFunderIdentifiersAreErrorsAtTheirField(_ cells: String, _ location: String, _ message: String) throws {
        let text = "funder_id,name,currency,return_due_days,notes,org_id,prefix_360g\nwm,West Midlands PCC,GBP,30,,\(cells)\n"
        let folder = try DataFolderFixture([.replace("funders.csv", text)])
        let loaded = try DataFolder.load(folder.path)
        expectOnlyError(loaded, in: folder, at: location, containing: [message])
    }

    /// W15 (a Welsh police force area) is an ONS entity the 360Giving codelist does not list.
    @Test func aCodeWhoseEntityTheCodelistLacksIsAWarning() throws {
        let folder = try DataFolderFixture([.replace("areas.csv", Self.areas(",W15000001"))])
        let loaded = try DataFolder.load(folder.path)
        #expect(loaded.errors.isEmpty, "\(listing(loaded))")
        expectDiagnostic(loaded, in: folder, at: "areas.csv:2:27", .warning, containing: ["entity W15", "without a geoCodeType"])
    }
}
