import GrantModel
import GrantStore
import Testing

/// Columns are found by name: any order, unknown columns tolerated (and kept in the table).
struct ColumnOrderTests {
    @Test func columnsInAnyOrderAndUnknownColumns() throws {
        let folder = try DataFolderFixture([
            .replace("areas.csv", """
                colour,name,part_of,area_id,notes,funder_id,kind
                red,Birmingham,,bham,,wm,csp
                blue,Solihull,bham,solihull,a note,wm,council

                """),
            .replace("allocations.csv", """
                year,allocation,Officer,area_id,carry_forward
                2016/17,1000,Jo,bham,100
                2016/17,500,,solihull,

                """),
        ])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        let grants = try #require(loaded.grants)
        let solihull = try #require(grants.area("solihull"))
        #expect(solihull.name == "Solihull" && solihull.funderID == "wm" && solihull.kind == .council)
        #expect(solihull.partOf == "bham" && solihull.notes == "a note")
        #expect(grants.area("bham")?.partOf == nil)
        #expect(grants.allocation(for: "bham", in: fy("2016/17"))?.total == Money(pounds: 1100))
        #expect(grants.allocation(for: "solihull", in: fy("2016/17"))?.carryForward == .zero)
        #expect(loaded.tables["areas.csv"]?.columnNames.first == "colour")
    }

    @Test func optionalColumnsMayBeLeftOut() throws {
        let folder = try DataFolderFixture([
            .replace("funders.csv", "return_due_days,currency,funder_id,name\n30,gbp,wm,West Midlands PCC\n"),
            .replace("areas.csv", "name,funder_id,area_id\nBirmingham,wm,bham\nSolihull,wm,solihull\n"),
        ])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        #expect(loaded.grants?.area("bham")?.kind == nil)
        #expect(loaded.grants?.funder("wm")?.currency == .gbp)
    }

    @Test func crlfAndByteOrderMarkInAFolderFile() throws {
        let folder = try DataFolderFixture()
        try folder.write("areas.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(
            "area_id,funder_id,name\r\nbham,wm,Birmingham\r\nsolihull,wm,Solihull\r\n".utf8))
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        #expect(loaded.grants?.areas.map(\.name) == ["Birmingham", "Solihull"])
    }
}
