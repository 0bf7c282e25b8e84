import GrantStore
import Testing

/// `part_of` must not form a cycle; each cycle is reported once.
struct PartOfCycleTests {
    private func areas(_ rows: String...) -> FolderChange {
        .replace("areas.csv", (["area_id,funder_id,name,kind,part_of,notes"] + rows).joined(separator: "\n") + "\n")
    }

    @Test func twoAreaCycleIsReportedOnce() throws {
        let folder = try DataFolderFixture([areas("bham,wm,Birmingham,csp,solihull,", "solihull,wm,Solihull,csp,bham,")])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "areas.csv:2:24", containing: ["part_of forms a cycle: bham → solihull → bham"])
    }

    @Test func selfCycle() throws {
        let folder = try DataFolderFixture([areas("bham,wm,Birmingham,csp,bham,", "solihull,wm,Solihull,csp,,")])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "areas.csv:2:24", containing: ["part_of forms a cycle: bham → bham"])
    }

    @Test func threeAreaCycleWithATailIsReportedOnce() throws {
        let folder = try DataFolderFixture([areas(
            "tail,wm,Tail,csp,bham,",
            "bham,wm,Birmingham,csp,solihull,",
            "solihull,wm,Solihull,csp,third,",
            "third,wm,Third,csp,bham,")])
        let loaded = try folder.load()
        #expect(loaded.errors.count == 1, "\(listing(loaded))")
        #expect(loaded.errors.first?.message.contains("part_of forms a cycle") == true)
        #expect(loaded.errors.first?.message.contains("tail") == false)
        expectDiagnostic(loaded, in: folder, at: "areas.csv:3:24", containing: ["bham → solihull → third → bham"])
    }

    @Test func twoSeparateCyclesAreTwoErrors() throws {
        let folder = try DataFolderFixture([areas(
            "bham,wm,Birmingham,csp,solihull,",
            "solihull,wm,Solihull,csp,bham,",
            "x,wm,X,csp,y,",
            "y,wm,Y,csp,x,")])
        let loaded = try folder.load()
        #expect(loaded.errors.count == 2, "\(listing(loaded))")
        expectDiagnostic(loaded, in: folder, at: "areas.csv:4:12", containing: ["x → y → x"])
    }

    @Test func aChainIsNotACycle() throws {
        let folder = try DataFolderFixture([areas(
            "bham,wm,Birmingham,csp,,", "solihull,wm,Solihull,csp,bham,", "x,wm,X,csp,solihull,")])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        #expect(loaded.grants?.ancestry(of: "x") == ["x", "solihull", "bham"])
    }
}
