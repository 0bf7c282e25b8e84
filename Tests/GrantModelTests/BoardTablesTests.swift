import Testing
import GrantModel

@Suite("BoardTables: seed 002's Tables 1 and 2 as cells")
struct BoardTablesTests {
    private func report(at quarter: Quarter, asOf: String = "2017-06-01") throws -> FunderReport {
        try #require(SeedBoardReportTests.grants.report(
            for: "wm", in: ReportPeriod(year: SeedBoardReportTests.year, quarter: quarter, asOf: d(asOf))))
    }

    private func lines(_ table: BoardTable) -> [String] {
        (table.rows + [table.totals]).map { $0.joined(separator: "\t") }
    }

    @Test("Table 1 reproduces the seed, headings included")
    func table1() throws {
        let table = BoardTables.allocation(try report(at: .q2, asOf: "2016-12-06"))
        #expect(table.title == "Table 1")
        #expect(table.columns.map(\.header) == [
            "Local Authority", "2016/17 Allocation", "2015/16 Carry Forward", "2016/17 Total Allocation",
            "Planned Allocation as per Q2 Return", "Remainder to be Allocated", "% Allocated", "Comments",
        ])
        #expect(table.columns.map(\.alignment) == [.left, .right, .right, .right, .right, .right, .right, .left])
        #expect(lines(table) == SeedBoardReportTests.table1.split(separator: "\n").map(String.init))
    }

    @Test("Table 2 reproduces the seed, headings included")
    func table2() throws {
        let table = BoardTables.spend(try report(at: .q2, asOf: "2016-12-06"))
        #expect(table.title == "Table 2")
        #expect(table.columns.map(\.header) == [
            "Local Authority", "2016/17 Allocation", "2015/16 Carry Forward", "2016/17 Total Allocation",
            "Q1 Spend", "Q2 Spend", "% Spend at Q2", "Comments",
        ])
        #expect(lines(table) == SeedBoardReportTests.table2.split(separator: "\n").map(String.init))
    }

    @Test("Table 2 has one spend column per quarter up to the report quarter")
    func spendColumnsFollowTheQuarter() throws {
        let atQ1 = BoardTables.spend(try report(at: .q1))
        #expect(atQ1.columns.map(\.header).filter { $0.hasSuffix(" Spend") } == ["Q1 Spend"])
        #expect(atQ1.columns.last?.header == "Comments")
        #expect(atQ1.columns.dropLast().last?.header == "% Spend at Q1")
        #expect(atQ1.totals == ["Total", "£3,863,308", "£431,174", "£4,294,482", "£694,101", "", ""])
        let atQ4 = BoardTables.spend(try report(at: .q4))
        #expect(atQ4.columns.map(\.header).filter { $0.hasSuffix(" Spend") } == ["Q1 Spend", "Q2 Spend", "Q3 Spend", "Q4 Spend"])
        for row in atQ4.rows + [atQ4.totals] { #expect(row.count == atQ4.columns.count) }
    }

    @Test("an unstated figure shows as a dash, and its total too; no total shows no percent")
    func unstatedFigures() throws {
        // At Q1 only Solihull stated planned.
        let table = BoardTables.allocation(try report(at: .q1))
        let birmingham = try #require(table.rows.first)
        #expect(birmingham[4] == BoardTables.unknown)
        #expect(birmingham[5] == BoardTables.unknown)
        #expect(birmingham[6] == "")
        #expect(table.totals[4] == "—" && table.totals[5] == "—")
        let solihull = try #require(table.rows.first { $0[0] == "Solihull MBC" })
        #expect(solihull[4] == "£214,454" && solihull[5] == "£0" && solihull[6] == "100%")
    }

    @Test("comments for carried figures at later quarters")
    func laterComments() throws {
        let table = BoardTables.allocation(try report(at: .q3, asOf: "2017-02-01"))
        #expect(table.columns[4].header == "Planned Allocation as per Q3 Return")
        let solihull = try #require(table.rows.first { $0[0] == "Solihull MBC" })
        #expect(solihull.last == "Q3 report has not been received, Q1 figures have therefore been used for Q3")
        let birmingham = try #require(table.rows.first)
        #expect(birmingham.last == "Q3 report has not been received, Q2 figures have therefore been used for Q3")
    }

    @Test func helpers() {
        #expect(BoardTables.money(nil, .gbp) == "—")
        #expect(BoardTables.money(Money(pounds: -1), .gbp) == "-£1")
        #expect(BoardTables.money(Money(pence: 150), .eur) == "€1.50")
        #expect(BoardTables.percent(nil) == "")
        #expect(BoardTables.percent(87) == "87%")
    }
}
