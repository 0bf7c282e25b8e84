import GrantStore
import Testing

/// returns.csv rules: no figures without a received date, not received before the quarter begins.
struct ReturnRuleTests {
    @Test func plannedOnANotReceivedReturn() throws {
        let folder = try DataFolderFixture([.append("returns.csv", "bham,2016/17,Q2,,600,,")])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "returns.csv:4:18",
                        containing: ["planned is given but received is empty", "a return that has not been received has no figures"])
    }

    @Test func spendOnANotReceivedReturn() throws {
        let folder = try DataFolderFixture([.append("returns.csv", "bham,2016/17,Q2,,,150,")])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "returns.csv:4:19", containing: ["spend is given but received is empty"])
    }

    @Test func bothFiguresOnANotReceivedReturnAreTwoErrors() throws {
        let folder = try DataFolderFixture([.append("returns.csv", "bham,2016/17,Q2,,600,150,")])
        let loaded = try folder.load()
        #expect(loaded.errors.count == 2, "\(listing(loaded))")
        expectDiagnostic(loaded, in: folder, at: "returns.csv:4:18", containing: ["planned is given"])
        expectDiagnostic(loaded, in: folder, at: "returns.csv:4:22", containing: ["spend is given"])
    }

    @Test func notReceivedWithoutFiguresIsFine() throws {
        let folder = try DataFolderFixture([.append("returns.csv", "bham,2016/17,Q2,,,,chased 2016-11-01")])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        #expect(loaded.grants?.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q2)?.received == nil)
    }

    @Test func receivedBeforeTheQuarterBegan() throws {
        let folder = try DataFolderFixture([.append("returns.csv", "bham,2016/17,Q2,2016-06-30,600,150,")])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "returns.csv:4:17", containing: [
            "received 2016-06-30 is before Q2 2016/17 began on 2016-07-01",
            "a return cannot be received before its quarter begins",
        ])
    }

    @Test func receivedBeforeTheYearBeganInUKForm() throws {
        let folder = try DataFolderFixture([.replaceLine("returns.csv", 3, "solihull,2016/17,Q1,31/03/2016,200,50,")])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "returns.csv:3:21", containing: ["before Q1 2016/17 began on 2016-04-01"])
    }

    @Test func receivedOnTheDayTheQuarterBeginsIsAllowed() throws {
        let folder = try DataFolderFixture([.append("returns.csv", "bham,2016/17,Q2,2016-07-01,600,150,")])
        let loaded = try folder.load()
        #expect(loaded.errors.isEmpty, "\(listing(loaded))")
        #expect(loaded.grants != nil)
    }
}
