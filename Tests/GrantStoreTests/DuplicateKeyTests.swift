import GrantStore
import Testing

/// Every keyed file rejects a second row with the same key, pointing at the second and naming the first.
struct DuplicateKeyTests {
    static let cases: [ErrorCase] = [
        .init(.append("funders.csv", "wm,Again,GBP,30,"),
              "funders.csv:3:1", "duplicate funder_id (wm): line 2 of funders.csv has the same key"),
        .init(.append("areas.csv", "bham,wm,Again,csp,,"),
              "areas.csv:4:1", "duplicate area_id (bham): line 2 of areas.csv has the same key"),
        .init(.append("allocations.csv", "bham,2016/17,1,0,,,"),
              "allocations.csv:4:1", "duplicate area_id + year (bham, 2016/17): line 2 of allocations.csv has the same key"),
        .init(.append("returns.csv", "solihull,2016/17,Q1,2016-07-22,200,50,"),
              "returns.csv:4:1", "duplicate area_id + year + quarter (solihull, 2016/17, Q1): line 3 of returns.csv has the same key"),
        .init(.append("projects.csv", "bham,2016/17,P1,Other,Youth,1,,"),
              "projects.csv:3:1", "duplicate area_id + year + project_id (bham, 2016/17, P1): line 2 of projects.csv"),
        .init(.append("decisions.csv", "PCC/D/2016/01,wm,2016-04-02,Again,,5,2016/17,1,,,,"),
              "decisions.csv:3:1", "duplicate decision_ref (PCC/D/2016/01): line 2 of decisions.csv"),
        .init(.append("reserves.csv", "wm,General reserve,1,2016-04-01,"),
              "reserves.csv:3:1", "duplicate funder_id + reserve (wm, General reserve): line 2 of reserves.csv"),
    ]

    @Test(arguments: cases) func duplicateKey(_ spec: ErrorCase) throws { try checkOnlyError(spec) }

    @Test func sameAreaInAnotherYearIsNotADuplicate() throws {
        let folder = try DataFolderFixture([
            .append("allocations.csv", "bham,2017/18,1,0,,,"),
            .append("returns.csv", "bham,2016/17,Q2,2016-10-20,400,150,"),
            .append("projects.csv", "bham,2017/18,P1,Youth diversion,Youth,1,,"),
        ])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
    }

    @Test func theLineNamedIsTheRecordLineOfAMultiLineRow() throws {
        let folder = try DataFolderFixture([
            .replace("areas.csv", """
                area_id,funder_id,name,kind,part_of,notes
                bham,wm,Birmingham,csp,,"two
                line note"
                solihull,wm,Solihull,csp,,
                bham,wm,Again,csp,,

                """),
        ])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "areas.csv:5:1", containing: ["line 2 of areas.csv"])
    }

    @Test func everyDuplicateIsReported() throws {
        let folder = try DataFolderFixture([
            .append("areas.csv", "bham,wm,Again,csp,,"),
            .append("areas.csv", "bham,wm,Third,csp,,"),
            .append("areas.csv", "solihull,wm,Again,csp,,"),
        ])
        let loaded = try folder.load()
        #expect(loaded.errors.count == 3, "\(listing(loaded))")
        expectDiagnostic(loaded, in: folder, at: "areas.csv:4:1", containing: ["duplicate area_id (bham): line 2"])
        expectDiagnostic(loaded, in: folder, at: "areas.csv:5:1", containing: ["duplicate area_id (bham): line 2"])
        expectDiagnostic(loaded, in: folder, at: "areas.csv:6:1", containing: ["duplicate area_id (solihull): line 3"])
    }
}
