import GrantStore
import Testing

/// Every reference between files must resolve; a near miss gets a "did you mean" hint.
struct ReferenceDiagnosticsTests {
    static let cases: [ErrorCase] = [
        .init(.append("areas.csv", "extra,wmm,Extra,csp,,"),
              "areas.csv:4:7", "funder_id \"wmm\" is not a funder_id in funders.csv; did you mean \"wm\"?"),
        .init(.replaceLine("allocations.csv", 3, "solihul,2016/17,500,0,Police grant,,"),
              "allocations.csv:3:1", "area_id \"solihul\" is not an area_id in areas.csv; did you mean \"solihull\"?"),
        .init(.replaceLine("returns.csv", 3, "Solihull,2016/17,Q1,2016-07-21,200,50,"),
              "returns.csv:3:1", "area_id \"Solihull\" is not an area_id in areas.csv; did you mean \"solihull\"?"),
        .init(.replaceLine("allocations.csv", 2, "bham,2016/17,1000,100,Police grant,PCC/D/2016/1,"),
              "allocations.csv:2:36", "decision_ref \"PCC/D/2016/1\" is not a decision_ref in decisions.csv; did you mean \"PCC/D/2016/01\"?"),
        .init(.replaceLine("decisions.csv", 2, "PCC/D/2016/01,wx,2016-04-01,Birmingham grant,bham,1000,2016/17,1,Police grant,,,"),
              "decisions.csv:2:15", "funder_id \"wx\" is not a funder_id in funders.csv; did you mean \"wm\"?"),
        .init(.replaceLine("decisions.csv", 2, "PCC/D/2016/01,wm,2016-04-01,Birmingham grant,bhm,1000,2016/17,1,Police grant,,,"),
              "decisions.csv:2:46", "area_id \"bhm\" is not an area_id in areas.csv; did you mean \"bham\"?"),
        .init(.replaceLine("reserves.csv", 2, "wmm,General reserve,5000,2016-04-01,"),
              "reserves.csv:2:1", "funder_id \"wmm\" is not a funder_id in funders.csv; did you mean \"wm\"?"),
        .init(.replaceLine("areas.csv", 3, "solihull,wm,Solihull,csp,bhm,"),
              "areas.csv:3:26", "part_of \"bhm\" is not an area_id in areas.csv; did you mean \"bham\"?"),
        .init(.replaceLine("projects.csv", 2, "bhm,2016/17,P1,Youth diversion,Youth,300,50,"),
              "projects.csv:2:1", "area_id \"bhm\" is not an area_id in areas.csv; did you mean \"bham\"?"),
    ]

    @Test(arguments: cases) func unresolvedReference(_ spec: ErrorCase) throws { try checkOnlyError(spec) }

    @Test func noHintWhenNothingIsClose() throws {
        let folder = try DataFolderFixture([.replaceLine("reserves.csv", 2, "west-mercia,General reserve,5000,2016-04-01,")])
        let loaded = try folder.load()
        let diagnostic = expectOnlyError(loaded, in: folder, at: "reserves.csv:2:1",
                                         containing: ["funder_id \"west-mercia\" is not a funder_id in funders.csv"])
        #expect(diagnostic?.message.contains("did you mean") == false)
    }

    @Test func decisionRefWithNoDecisionsFile() throws {
        let folder = try DataFolderFixture([.remove("decisions.csv")])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "allocations.csv:2:36", containing: [
            "decision_ref \"PCC/D/2016/01\" is not a decision_ref in decisions.csv (the folder has no decisions.csv)",
        ])
    }

    @Test func everyUnresolvedReferenceIsReported() throws {
        let folder = try DataFolderFixture([
            .append("returns.csv", "nowhere,2016/17,Q1,2016-07-21,,,"),
            .append("returns.csv", "nowhere,2016/17,Q2,2016-10-21,,,"),
        ])
        let loaded = try folder.load()
        #expect(loaded.errors.count == 2, "\(listing(loaded))")
        expectDiagnostic(loaded, in: folder, at: "returns.csv:4:1", containing: ["area_id \"nowhere\" is not an area_id"])
        expectDiagnostic(loaded, in: folder, at: "returns.csv:5:1", containing: ["area_id \"nowhere\" is not an area_id"])
    }
}
