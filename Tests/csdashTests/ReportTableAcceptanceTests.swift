import Testing

/// The same acceptance figures in `--format table`: each area's line carries its £ figures and
/// percents in the order of the board paper's columns, and Table 2 the sample's Paid to Date.
struct ReportTableAcceptanceTests {
    /// The lines of Table 1 and of Table 2 (from each title to the next).
    private func tables() throws -> (table1: [String], table2: [String], result: RunResult) {
        let result = try csdash(Seed002.reportArguments + ["--format", "table"])
        try #require(result.status == 0, "\(result)")
        let lines = result.stdout.components(separatedBy: "\n")
        let first = try #require(lines.firstIndex(of: "Table 1"), "\(result)")
        let second = try #require(lines.firstIndex(of: "Table 2"), "\(result)")
        #expect(first < second)
        return (Array(lines[first..<second]), Array(lines[second...]), result)
    }

    /// The money and percent figures of a line, in order: `£1,873,187`, `-£1`, `87%`.
    private func figures(_ line: String) -> [String] {
        line.split(separator: " ").map(String.init).filter { $0.hasPrefix("£") || $0.hasPrefix("-£") || $0.hasSuffix("%") }
    }

    private func line(_ lines: [String], startingWith name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let matches = lines.filter { $0.hasPrefix(name + " ") }
        try #require(matches.count == 1, "one line for \(name) in:\n\(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return matches[0]
    }

    @Test func headingNamesFunderPeriodAndDate() throws {
        let (_, _, result) = try tables()
        #expect(result.stdout.hasPrefix("West Midlands Police and Crime Commissioner: community safety 2016/17 at Q2, as of 2016-12-06\n"))
    }

    @Test(arguments: Seed002.rows.map(\.areaID))
    func table1Line(_ areaID: String) throws {
        let row = try #require(Seed002.rows.first { $0.areaID == areaID })
        let text = try line(try tables().table1, startingWith: row.name)
        #expect(figures(text) == [
            Seed002.pounds(row.allocation), Seed002.pounds(row.carryForward), Seed002.pounds(row.total),
            Seed002.pounds(row.planned), Seed002.pounds(row.remainder), "\(row.percentAllocated)%",
        ])
        #expect(text.hasSuffix(row.comment.isEmpty ? "%" : row.comment))
    }

    @Test(arguments: Seed002.rows.map(\.areaID))
    func table2Line(_ areaID: String) throws {
        let row = try #require(Seed002.rows.first { $0.areaID == areaID })
        let text = try line(try tables().table2, startingWith: row.name)
        #expect(figures(text) == [
            Seed002.pounds(row.allocation), Seed002.pounds(row.carryForward), Seed002.pounds(row.total),
            Seed002.pounds(row.spendQ1), Seed002.pounds(row.spendQ2), "\(row.percentSpend)%",
            SamplePaidToDate.pounds(of: areaID),
        ])
        #expect(text.hasSuffix(row.comment.isEmpty ? SamplePaidToDate.pounds(of: areaID) : row.comment))
    }

    @Test func totalLines() throws {
        let (table1, table2, _) = try tables()
        #expect(figures(try line(table1, startingWith: "Total")) == [
            "£3,863,308", "£431,174", "£4,294,482", "£3,946,008", "£348,474",
        ])
        #expect(figures(try line(table2, startingWith: "Total")) == [
            "£3,863,308", "£431,174", "£4,294,482", "£694,101", "£1,527,722", "£1,160,601.75",
        ])
    }

    @Test func wolverhamptonIsOverAllocatedByOnePound() throws {
        let text = try line(try tables().table1, startingWith: "Wolverhampton CC")
        #expect(text.contains(" -£1 "))
    }

    @Test func poundsHelperWritesBoardPaperMoney() {
        #expect(Seed002.pounds(1_873_187) == "£1,873,187")
        #expect(Seed002.pounds(0) == "£0")
        #expect(Seed002.pounds(-1) == "-£1")
        #expect(Seed002.pounds(348_474) == "£348,474")
        #expect(SamplePaidToDate.pounds(5_361_350) == "£53,613.50" && SamplePaidToDate.pounds(20_486_400) == "£204,864")
        #expect(SamplePaidToDate.pounds(101) == "£1.01" && SamplePaidToDate.plain(7_431_825) == "74318.25")
        #expect(SamplePaidToDate.pence.values.reduce(0, +) == SamplePaidToDate.totalPence)
        #expect(SamplePaidToDate.pounds(SamplePaidToDate.totalPence) == "£1,160,601.75")
    }
}
