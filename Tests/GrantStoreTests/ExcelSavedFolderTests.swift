import Foundation
import GrantModel
import GrantStore
import Testing

/// The data folder's own files as Excel saves them: empty columns right of the header (on every
/// line), rows with trailing empty fields, amounts in the Accounting format. They read as the
/// files they were; a column with no name but with values is still an error.
struct ExcelSavedFolderTests {
    /// Every line of every file with `padding` after it, as Excel writes a sheet that once had
    /// something typed right of the table.
    static func padded(_ padding: String, onlyHeaders: Bool = false) -> [String: String] {
        DataFolderFixture.minimal.mapValues { text in
            var lines = text.components(separatedBy: "\n")
            for index in lines.indices where !lines[index].isEmpty && (!onlyHeaders || index == 0) { lines[index] += padding }
            return lines.joined(separator: "\n")
        }
    }

    @Test func emptyColumnsRightOfEveryFileAreLeftOut() throws {
        let plain = try #require(try DataFolderFixture().load().grants)
        for files in [Self.padded(",,"), Self.padded(",,,", onlyHeaders: true), Self.padded(" , \t,")] {
            let loaded = try DataFolderFixture(files: files).load()
            #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
            let grants = try #require(loaded.grants)
            #expect(grants.allocations == plain.allocations && grants.returns == plain.returns && grants.areas == plain.areas)
            #expect(grants.projects.count == plain.projects.count)
        }
    }

    @Test func aRowMayEndInEmptyFieldsUpToTheHeadersWidth() throws {
        let folder = try DataFolderFixture([
            .replace("allocations.csv", """
                area_id,year,allocation,carry_forward,source,decision_ref,notes,,
                bham,2016/17,1000,100,Police grant,PCC/D/2016/01,
                solihull,2016/17,500,0,Police grant,,,,

                """),
        ])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
    }

    @Test func returnsCSVIsWrittenBackWithoutTheEmptyColumns() throws {
        let folder = try DataFolderFixture(files: Self.padded(",,"))
        let edit = ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q2, fields: ["received": "2016-10-20", "spend": "60"])
        _ = try ReturnsWriter.apply([edit], to: folder.path, command: "test")
        #expect(try folder.read("returns.csv") == """
            area_id,year,quarter,received,planned,spend,notes
            bham,2016/17,Q1,2016-07-20,400,100,
            solihull,2016/17,Q1,2016-07-21,200,50,
            solihull,2016/17,Q2,2016-10-20,,60,

            """)
        #expect(try folder.load().diagnostics.isEmpty)
    }

    @Test func aColumnWithNoNameButAValueIsStillAnError() throws {
        let header = "area_id,year,allocation,carry_forward,source,decision_ref,notes"
        let folder = try DataFolderFixture([
            .replace("allocations.csv", """
                \(header),,
                bham,2016/17,1000,100,Police grant,PCC/D/2016/01,,,
                solihull,2016/17,500,0,Police grant,,,x,

                """),
        ])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "allocations.csv:1:\(header.count + 2)", containing: ["a column has no name in the header row"])
    }

    @Test func accountingAmountsReadInEveryMoneyColumn() throws {
        let folder = try DataFolderFixture([
            .replaceLine("allocations.csv", 2, #"bham,2016/17," £ 1,000.00 "," £ 100.00 ",Police grant,PCC/D/2016/01,"#),
            .replaceLine("allocations.csv", 3, #"solihull,2016/17,£ 500.00, £-   ,Police grant,,"#),
            .replaceLine("returns.csv", 2, #"bham,2016/17,Q1,2016-07-20,£ 400.00, -   ,"#),
            .replaceLine("projects.csv", 2, #"bham,2016/17,P1,Youth diversion,Youth,"£ 300.00 ",£ 50.00,"#),
            .replaceLine("reserves.csv", 2, #"wm,General reserve,"£ 5,000.00",2016-04-01,"#),
        ])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        let grants = try #require(loaded.grants)
        #expect(grants.allocation(for: "bham", in: fy("2016/17"))?.total == Money(pounds: 1100))
        #expect(grants.allocation(for: "solihull", in: fy("2016/17"))?.statedCarryForward == .zero)
        #expect(grants.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q1)?.spend == .zero)
        #expect(grants.reserves.first?.balance == Money(pounds: 5000))
    }

    @Test func aFigureInBracketsIsRefusedAsNegative() throws {
        let folder = try DataFolderFixture([.replaceLine("allocations.csv", 3, #"solihull,2016/17,"(1,234)",0,Police grant,,"#)])
        let loaded = try folder.load()
        expectOnlyError(loaded, in: folder, at: "allocations.csv:3:18",
                        containing: ["allocation \"(1,234)\" is negative (a figure in brackets is negative, as Excel's Accounting format writes it)"])
    }
}
