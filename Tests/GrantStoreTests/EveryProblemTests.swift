import GrantStore
import Testing

/// `check` promises every problem, not just the first: one per file, per row and per field.
struct EveryProblemTests {
    @Test func threeErrorsInThreeFilesAreThreeDiagnostics() throws {
        let folder = try DataFolderFixture([
            .replaceLine("allocations.csv", 3, "solihull,2016/17,12a,0,Police grant,,"),
            .replaceLine("returns.csv", 2, "bham,2016/17,Q5,2016-07-20,400,100,"),
            .replaceLine("reserves.csv", 2, "wm,General reserve,5k,2016-04-01,"),
        ])
        let loaded = try folder.load()
        #expect(loaded.errors.count == 3, "\(listing(loaded))")
        #expect(loaded.grants == nil)
        expectDiagnostic(loaded, in: folder, at: "allocations.csv:3:18", containing: ["allocation \"12a\""])
        expectDiagnostic(loaded, in: folder, at: "returns.csv:2:14", containing: ["quarter \"Q5\""])
        expectDiagnostic(loaded, in: folder, at: "reserves.csv:2:20", containing: ["balance \"5k\""])
    }

    @Test func everyBadFieldOfOneRowIsReported() throws {
        let folder = try DataFolderFixture([.replaceLine("returns.csv", 3, "solihull,2016/18,Q9,yesterday,x,y,")])
        let loaded = try folder.load()
        #expect(loaded.errors.count == 5, "\(listing(loaded))")
        for (column, name) in [(10, "year"), (18, "quarter"), (21, "received"), (31, "planned"), (33, "spend")] {
            expectDiagnostic(loaded, in: folder, at: "returns.csv:3:\(column)", containing: [name])
        }
    }

    @Test func aBrokenFileDoesNotStopTheOthersBeingChecked() throws {
        let folder = try DataFolderFixture([
            .replace("projects.csv", "area_id,year,\"project_id\n"),
            .replaceLine("reserves.csv", 2, "wm,General reserve,5k,2016-04-01,"),
            .remove("returns.csv"),
        ])
        let loaded = try folder.load()
        #expect(loaded.errors.count == 3, "\(listing(loaded))")
        expectDiagnostic(loaded, in: folder, at: "projects.csv:1:14", containing: ["never closed"])
        expectDiagnostic(loaded, in: folder, at: "reserves.csv:2:20", containing: ["balance"])
        #expect(loaded.errors.contains { $0.description.hasPrefix("\(folder.path)/returns.csv: error: missing file") })
    }

    @Test func errorsComeInFileOrder() throws {
        let folder = try DataFolderFixture([
            .replaceLine("reserves.csv", 2, "wm,General reserve,5k,2016-04-01,"),
            .append("funders.csv", "wm2,Second PCC,GBP,abc,"),
        ])
        let loaded = try folder.load()
        #expect(loaded.errors.map { $0.path.split(separator: "/").last.map(String.init) } == ["funders.csv", "reserves.csv"])
    }
}

