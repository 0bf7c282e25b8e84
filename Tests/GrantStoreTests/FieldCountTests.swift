import GrantStore
import Testing

/// A row with more or fewer fields than the header is an error, not a guess.
struct FieldCountTests {
    @Test func tooManyFields() throws {
        let folder = try DataFolderFixture([.replaceLine("allocations.csv", 3, "solihull,2016/17,500,0,Police grant,,,extra")])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "allocations.csv:3:39",
                        containing: ["this row has 8 fields but the header has 7", "missing or extra comma"])
    }

    @Test func unquotedThousandsSeparatorIsTooManyFields() throws {
        let folder = try DataFolderFixture([.replaceLine("allocations.csv", 3, "solihull,2016/17,1,500,0,Police grant,,")])
        let loaded = try folder.load()
        #expect(loaded.grants == nil)
        expectDiagnostic(loaded, in: folder, at: "allocations.csv:3:40", containing: ["this row has 8 fields but the header has 7"])
    }

    @Test func tooFewFields() throws {
        let folder = try DataFolderFixture([.replaceLine("allocations.csv", 3, "solihull,2016/17,500")])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "allocations.csv:3:18", containing: ["this row has 3 fields but the header has 7"])
    }

    @Test func oneFieldIsSingular() throws {
        let folder = try DataFolderFixture([.append("reserves.csv", "wm")])
        let loaded = try folder.load()
        expectDiagnostic(loaded, in: folder, at: "reserves.csv:3:1", containing: ["this row has 1 field but the header has 5"])
    }
}
