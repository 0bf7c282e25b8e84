import GrantModel
import GrantStore
import Testing

/// `DataFolder.firstLook`, what the dashboard draws its first frame from: every file but
/// projects.csv, checked as `load` checks them, without the warnings that the complete load
/// brings a moment later.
@Suite struct FirstLookTests {
    @Test func leavesProjectsAndWarningsForTheCompleteLoad() throws {
        let look = try DataFolder.firstLook(sampleDataPath)
        let whole = try DataFolder.load(sampleDataPath)
        let grants = try #require(look.grants)
        let complete = try #require(whole.grants)

        #expect(look.unread == ["projects.csv"] && !look.isComplete)
        #expect(whole.unread.isEmpty && whole.isComplete)
        #expect(grants.projects.isEmpty && !complete.projects.isEmpty)
        #expect(look.diagnostics.isEmpty, "the seed's -£1 warning comes with the complete load")
        #expect(whole.warnings.count == 1)
        // Everything the overview, the board and the returns show is the complete load's own.
        #expect(grants.funders == complete.funders && grants.areas == complete.areas)
        #expect(grants.allocations == complete.allocations && grants.returns == complete.returns)
        #expect(grants.decisions == complete.decisions && grants.reserves == complete.reserves)
        #expect(look.tables[FileSchema.projects.fileName] == nil)
    }

    @Test func aFolderWithoutProjectsIsReadWholeAtFirstLook() throws {
        let fixture = try DataFolderFixture([.remove("projects.csv"),
                                             .replaceLine("returns.csv", 2, "bham,2016/17,Q1,2016-07-20,4000,100,")])
        let look = try DataFolder.firstLook(fixture.path)
        #expect(look.isComplete)
        #expect(look.grants != nil)
        #expect(look.diagnostics.map(\.description) == (try fixture.load()).diagnostics.map(\.description))
        #expect(look.warnings.count == 1, "planned above the total allocation: \(listing(look))")
    }

    @Test func errorsInTheFilesItReadsAreFoundAtFirstLook() throws {
        let fixture = try DataFolderFixture([.replaceLine("returns.csv", 3, "solihull,2016/17,Q9,2016-07-21,200,50,"),
                                             .replaceLine("projects.csv", 2, "bham,2016/17,P1,Youth diversion,Youth,lots,50,")])
        let look = try DataFolder.firstLook(fixture.path)
        let whole = try fixture.load()
        #expect(look.grants == nil)
        #expect(look.errors.map(\.description) == [whole.errors[0].description], "\(listing(look))")
        #expect(whole.errors.count == 2 && whole.errors[1].description.contains("projects.csv:2:"), "\(listing(whole))")
    }

    @Test func anErrorOnlyInProjectsIsLeftToTheCompleteLoad() throws {
        let fixture = try DataFolderFixture([.replaceLine("projects.csv", 2, "nowhere,2016/17,P1,Youth diversion,Youth,300,50,")])
        let look = try DataFolder.firstLook(fixture.path)
        #expect(look.grants != nil && look.diagnostics.isEmpty)
        let whole = try fixture.load()
        #expect(whole.grants == nil)
        #expect(whole.errors.count == 1)
        #expect(whole.errors.first?.description.hasPrefix("\(fixture.path)/projects.csv:2:1: error: area_id \"nowhere\" is not an area_id in areas.csv") == true,
                "\(listing(whole))")
    }

    @Test func aFolderThatIsNotThereIsRefusedAsLoadRefusesIt() {
        #expect(throws: DataFolderError.notFound(path: "/nonexistent/csdash")) { try DataFolder.firstLook("/nonexistent/csdash") }
    }
}
