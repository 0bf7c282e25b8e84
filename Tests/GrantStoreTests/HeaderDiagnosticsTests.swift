import GrantStore
import Testing

/// Header problems: missing required columns (with the look-alike hint), duplicates, empty files.
struct HeaderDiagnosticsTests {
    @Test func missingRequiredColumnWithLookalikeHint() throws {
        let folder = try DataFolderFixture([
            .replace("areas.csv", "Area ID,funder_id,name,kind,part_of,notes\nbham,wm,Birmingham,csp,,\nsolihull,wm,Solihull,csp,,\n"),
        ])
        let loaded = try folder.load()
        // Only the header: the allocations and returns naming bham are not blamed for it.
        expectOnlyError(loaded, in: folder, at: "areas.csv:1:1", containing: [
            "missing required column \"area_id\"", "(is \"Area ID\" meant to be \"area_id\"? column names are exact)",
        ])
    }

    @Test func lookalikeHintForCaseAndPunctuation() throws {
        let folder = try DataFolderFixture([
            .replace("reserves.csv", "Funder-ID,reserve,balance,as_of\nwm,General reserve,5000,2016-04-01\n"),
        ])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "reserves.csv:1:1", containing: [
            "missing required column \"funder_id\"", "is \"Funder-ID\" meant to be \"funder_id\"?",
        ])
    }

    @Test func missingRequiredColumnListsTheRequiredColumns() throws {
        let folder = try DataFolderFixture([
            .replace("projects.csv", "area_id,year,project_id,title,theme,spend\nbham,2016/17,P1,Youth diversion,Youth,50\n"),
        ])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "projects.csv:1:1", containing: [
            "missing required column \"budget\"; the header must name: area_id, year, project_id, title, theme, budget",
        ])
    }

    @Test func missingColumnIsReportedOnTheHeaderLine() throws {
        // Blank lines before the header: the header is line 3.
        let folder = try DataFolderFixture([
            .replace("reserves.csv", "\n\nfunder_id,reserve,as_of\nwm,General reserve,2016-04-01\n"),
        ])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "reserves.csv:3:1", containing: ["missing required column \"balance\""])
    }

    @Test func everyMissingColumnIsReported() throws {
        let folder = try DataFolderFixture([.replace("reserves.csv", "funder_id,notes\nwm,x\n")])
        let loaded = try folder.load()
        #expect(loaded.errors.count == 3, "\(listing(loaded))")
        for column in ["reserve", "balance", "as_of"] {
            expectDiagnostic(loaded, in: folder, at: "reserves.csv:1:1", containing: ["missing required column \"\(column)\""])
        }
    }

    @Test func duplicateHeader() throws {
        let folder = try DataFolderFixture([
            .replace("funders.csv", "funder_id,name,currency,return_due_days,name\nwm,West Midlands PCC,GBP,30,Again\n"),
        ])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "funders.csv:1:41", containing: ["column \"name\" appears twice in the header row"])
    }

    @Test func unnamedHeaderColumn() throws {
        let folder = try DataFolderFixture([
            .replace("reserves.csv", "funder_id,reserve,,balance,as_of\nwm,General reserve,x,5000,2016-04-01\n"),
        ])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "reserves.csv:1:19", containing: ["a column has no name"])
    }

    @Test(arguments: ["", "\n", "\r\n\r\n", ",,,\n"])
    func emptyFile(_ text: String) throws {
        let folder = try DataFolderFixture([.replace("projects.csv", text)])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "projects.csv:1:1", containing: ["the file is empty: it needs a header row"])
    }

    @Test func headerOnlyFileIsFine() throws {
        let folder = try DataFolderFixture([.replace("projects.csv", "area_id,year,project_id,title,theme,budget\n")])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        #expect(loaded.grants?.projects.isEmpty == true)
    }

    @Test func malformedCSVInAFolderFileIsReportedWithItsPath() throws {
        let folder = try DataFolderFixture([
            .replace("reserves.csv", "funder_id,reserve,balance,as_of\nwm,\"General reserve,5000,2016-04-01\n"),
        ])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "reserves.csv:2:4", containing: ["never closed"])
    }
}
