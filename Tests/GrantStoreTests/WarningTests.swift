import GrantModel
import GrantStore
import Testing

/// Suspicious but possible figures are warnings: reported, and the data is still loaded.
struct WarningTests {
    /// Exactly one diagnostic, a warning at `location` containing `phrases`; no errors; data loaded.
    private func expectOnlyWarning(_ changes: [FolderChange], at location: String, _ phrases: String...,
                                   sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try DataFolderFixture(changes)
        let loaded = try folder.load()
        #expect(loaded.errors.isEmpty, "\(listing(loaded))", sourceLocation: sourceLocation)
        #expect(loaded.warnings.count == 1, "\(listing(loaded))", sourceLocation: sourceLocation)
        #expect(loaded.grants != nil, sourceLocation: sourceLocation)
        let warning = expectDiagnostic(loaded, in: folder, at: location, .warning, containing: phrases, sourceLocation: sourceLocation)
        #expect(warning?.severity == .warning, sourceLocation: sourceLocation)
    }

    @Test func spendFallingBetweenQuarters() throws {
        try expectOnlyWarning([.append("returns.csv", "bham,2016/17,Q2,2016-10-20,600,80,")],
                              at: "returns.csv:4:32", "spend £80 is less than Q1's £100", "spend is cumulative")
    }

    @Test func spendFallingAcrossAMissingQuarter() throws {
        try expectOnlyWarning([
            .append("returns.csv", "bham,2016/17,Q2,,,,"),
            .append("returns.csv", "bham,2016/17,Q3,2017-01-20,600,90,"),
        ], at: "returns.csv:5:32", "spend £90 is less than Q1's £100")
    }

    @Test func spendRisingOrLevelIsNotAWarning() throws {
        let folder = try DataFolderFixture([
            .append("returns.csv", "bham,2016/17,Q2,2016-10-20,600,100,"),
            .append("returns.csv", "bham,2016/17,Q3,2017-01-20,600,101,"),
        ])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
    }

    @Test func spendAboveTheTotalAllocation() throws {
        // bham's total is 1000 + 100 carried forward.
        try expectOnlyWarning([.append("returns.csv", "bham,2016/17,Q2,2016-10-20,600,\"1,100.01\",")],
                              at: "returns.csv:4:32", "spend £1,100.01 is above the total allocation £1,100 for 2016/17")
    }

    @Test func plannedAboveTheTotalAllocation() throws {
        try expectOnlyWarning([.append("returns.csv", "bham,2016/17,Q2,2016-10-20,1150,200,")],
                              at: "returns.csv:4:28",
                              "planned £1,150 is above the total allocation £1,100 for 2016/17 (over-allocated by £50)")
    }

    @Test func figuresEqualToTheTotalAreNotAWarning() throws {
        let folder = try DataFolderFixture([.append("returns.csv", "bham,2016/17,Q2,2016-10-20,1100,1100,")])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
    }

    @Test func returnWithNoAllocationThatYear() throws {
        try expectOnlyWarning([.append("returns.csv", "bham,2017/18,Q1,2017-07-20,,,")],
                              at: "returns.csv:4:6", "bham has no allocation for 2017/18")
    }

    @Test func warningsAndErrorsAreBothReported() throws {
        let folder = try DataFolderFixture([
            .append("returns.csv", "bham,2016/17,Q2,2016-10-20,1150,200,"),
            .replaceLine("reserves.csv", 2, "wm,General reserve,5000,2016-02-30,"),
        ])
        let loaded = try folder.load()
        #expect(loaded.errors.count == 1 && loaded.warnings.count == 1, "\(listing(loaded))")
        #expect(loaded.grants == nil)
    }
}
