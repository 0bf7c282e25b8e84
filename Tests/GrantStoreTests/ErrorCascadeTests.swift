import GrantStore
import Testing

/// One problem, one diagnostic: a row or file that is itself wrong is not blamed again at every
/// reference to it ("is not a funder_id in funders.csv" when the funder is there).
struct ErrorCascadeTests {
    @Test func invalidFunderRowIsNotAlsoAMissingFunder() throws {
        let folder = try DataFolderFixture([.replaceLine("funders.csv", 2, "wm,West Midlands PCC,GBP,thirty,")])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "funders.csv:2:26", containing: ["return_due_days \"thirty\""])
    }

    @Test func invalidAreaRowIsNotAlsoAMissingArea() throws {
        let folder = try DataFolderFixture([.replaceLine("areas.csv", 2, "bham,wm,Birmingham,city,,")])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "areas.csv:2:20", containing: ["kind \"city\""])
    }

    @Test func unreadableFileIsOneError() throws {
        let folder = try DataFolderFixture([
            .replace("areas.csv", "area_id,funder_id,name\nbham,wm,\"Birmingham\nsolihull,wm,Solihull\n"),
        ])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "areas.csv:2:9", containing: ["never closed"])
    }

    @Test func referencesIntoAReadableFileAreStillChecked() throws {
        // Beside a broken funders.csv, a wrong area_id is still reported.
        let folder = try DataFolderFixture([
            .replace("funders.csv", "funder_id,name,currency,return_due_days,name\nwm,West Midlands PCC,GBP,30,Again\n"),
            .replaceLine("returns.csv", 3, "solihul,2016/17,Q1,2016-07-21,200,50,"),
        ])
        let loaded = try folder.load()
        #expect(loaded.errors.count == 2, "\(listing(loaded))")
        expectDiagnostic(loaded, in: folder, at: "returns.csv:3:1", containing: ["area_id \"solihul\" is not an area_id"])
    }
}
