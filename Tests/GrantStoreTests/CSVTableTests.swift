import GrantModel
import GrantStore
import Testing

/// CSVTable: header, blank rows skipped, empty files, the reader's refusals as diagnostics.
struct CSVTableTests {
    private func parsed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> CSVTable? {
        switch CSVTable.parse(path: "dir/t.csv", bytes: Array(text.utf8)) {
        case .success(let table): return table
        case .failure(let diagnostic):
            Issue.record("unexpected \(diagnostic)", sourceLocation: sourceLocation)
            return nil
        }
    }

    private func failure(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        switch CSVTable.parse(path: "dir/t.csv", bytes: Array(text.utf8)) {
        case .success: Issue.record("expected a diagnostic", sourceLocation: sourceLocation); return nil
        case .failure(let diagnostic): return diagnostic
        }
    }

    @Test func blankLinesAndEmptyCommaRowsAreSkipped() throws {
        let table = try #require(parsed("a,b,c\n\n1,2,3\n,,\n,,,\n\r\n4,5,6\n\n"))
        #expect(table.records.map(\.line) == [3, 7])
        #expect(table.records.map { $0.fields.map(\.value) } == [["1", "2", "3"], ["4", "5", "6"]])
    }

    @Test func quotedEmptyFieldsAreABlankRowToo() throws {
        let table = try #require(parsed("a,b\n\"\",\"\"\n1,2\n"))
        #expect(table.records.map(\.line) == [3])
    }

    @Test func aRowWithOnlySpacesIsNotBlank() throws {
        // Spaces are content the reader trims and then finds empty: reported, not silently skipped.
        let table = try #require(parsed("a,b\n ,\n"))
        #expect(table.records.count == 1)
    }

    @Test func blankLinesBeforeTheHeaderAreSkipped() throws {
        let table = try #require(parsed("\n,,\narea_id,name\nx,y\n"))
        #expect(table.header.first?.line == 3)
        #expect(table.columnNames == ["area_id", "name"])
        #expect(table.records.first?.line == 4)
    }

    @Test func headerNamesAreTrimmedOfSpacesAndFoundByName() throws {
        let table = try #require(parsed(" area_id , name\n"))
        #expect(table.columnNames == ["area_id", "name"])
        #expect(table.columnIndex["name"] == 1)
        #expect(table.header[1].column == 11)
        #expect(table.records.isEmpty)
    }

    @Test func emptyFileIsADiagnosticAtLineOne() {
        for text in ["", "\n\n", ",,,\n\r\n"] {
            let diagnostic = failure(text)
            #expect(diagnostic?.description.hasPrefix("dir/t.csv:1:1: error: the file is empty") == true)
        }
    }

    @Test func aRefusalBecomesADiagnosticWithThePath() {
        let diagnostic = failure("a,b\n1,x\"y\n")
        #expect(diagnostic?.description.hasPrefix("dir/t.csv:2:4: error: a quote inside an unquoted field") == true)
        #expect(diagnostic?.severity == .error)
    }
}
