import GrantModel
@testable import GrantStore
import Testing

/// A text value that a spreadsheet would run as a formula (begins with `=`, `+` or `@`) is a
/// warning where it is, in every text column of every file; the folder still loads.
struct FormulaWarningTests {
    @Test func formulaLikeTextIsAWarningAtItsField() throws {
        let folder = try DataFolderFixture([
            .replace("areas.csv", """
                area_id,funder_id,name,kind,part_of,contact,notes
                bham,wm,"=HYPERLINK(""http://example.com"",""Birmingham"")",csp,,@admin,
                solihull,wm,Solihull,csp,,+44 121 704 6000,+1 to this
                """),
            .replace("returns.csv", """
                area_id,year,quarter,received,planned,spend,notes
                bham,2016/17,Q1,2016-07-20,400,100,-1 day late
                solihull,2016/17,Q1,2016-07-21,200,50,=1+1
                """),
        ])
        let loaded = try DataFolder.load(folder.path)
        #expect(loaded.grants != nil)
        #expect(loaded.errors.isEmpty, "\(listing(loaded))")
        expectDiagnostic(loaded, in: folder, at: "areas.csv:2:9", .warning, containing: ["name \"=HYPERLINK(", "begins with =", "formula"])
        expectDiagnostic(loaded, in: folder, at: "areas.csv:2:66", .warning, containing: ["contact \"@admin\" begins with @"])
        expectDiagnostic(loaded, in: folder, at: "areas.csv:3:44", .warning, containing: ["notes \"+1 to this\" begins with +"])
        expectDiagnostic(loaded, in: folder, at: "returns.csv:3:39", .warning, containing: ["notes \"=1+1\" begins with ="])
        // A telephone number and a note that begins with "-" are not warned about.
        #expect(loaded.warnings.count == 4, "\(listing(loaded))")
    }

    /// A first look leaves every warning to the complete load.
    @Test func aFirstLookHasNoFormulaWarning() throws {
        let folder = try DataFolderFixture([.replaceLine("returns.csv", 2, "bham,2016/17,Q1,2016-07-20,400,100,=1+1")])
        #expect(try DataFolder.load(folder.path).warnings.count == 1)
        #expect(try DataFolder.firstLook(folder.path).diagnostics.isEmpty)
    }
}
