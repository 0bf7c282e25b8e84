import Foundation
import Testing

/// `report --format html`: a self-contained board paper with seed 002's Tables 1 and 2.
struct HTMLBoardPaperTests {
    static let arguments = Seed002.reportArguments + ["--format", "html"]

    private func paper(_ arguments: [String] = arguments) throws -> String {
        let result = try csdash(arguments)
        try #require(result.status == 0, "\(result)")
        return result.stdout
    }

    /// The text of every `<td>`/`<th>` cell, tags inside removed and entities decoded, in order.
    private func cells(_ html: String) -> [String] {
        html.matches(of: /<t[dh](?:\s[^>]*)?>(.*?)<\/t[dh]>/).map { match in
            String(match.1).replacing(/<[^>]+>/, with: "")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// The rows of the table following `<h2>title</h2>`, as cell texts.
    private func table(_ html: String, after title: String) throws -> [[String]] {
        let start = try #require(html.range(of: "<h2>\(title)</h2>"), "no \(title)")
        let rest = html[start.upperBound...]
        let end = try #require(rest.range(of: "</table>"))
        return rest[..<end.lowerBound].matches(of: /<tr[^>]*>(.*?)<\/tr>/).map { cells(String($0.1)) }
    }

    @Test func tablesOneAndTwoHaveEveryFigureOfSeed002() throws {
        let html = try paper()
        let table1 = try table(html, after: "Table 1")
        #expect(table1.first == ["Local Authority", "2016/17 Allocation", "2015/16 Carry Forward", "2016/17 Total Allocation",
                                 "Planned Allocation as per Q2 Return", "Remainder to be Allocated", "% Allocated", "Comments"])
        let table2 = try table(html, after: "Table 2")
        #expect(table2.first == ["Local Authority", "2016/17 Allocation", "2015/16 Carry Forward", "2016/17 Total Allocation",
                                 "Q1 Spend", "Q2 Spend", "% Spend at Q2", "Paid to Date", "Comments"])
        for (index, row) in Seed002.rows.enumerated() {
            let money = [row.allocation, row.carryForward, row.total].map(Seed002.pounds)
            #expect(table1[index + 1] == [row.name] + money + [Seed002.pounds(row.planned), Seed002.pounds(row.remainder),
                                                               "\(row.percentAllocated)%", row.comment])
            #expect(table2[index + 1] == [row.name] + money + [Seed002.pounds(row.spendQ1), Seed002.pounds(row.spendQ2),
                                                               "\(row.percentSpend)%", SamplePaidToDate.pounds(of: row.areaID),
                                                               row.comment])
        }
        let totals = [Seed002.totalAllocation, Seed002.totalCarryForward, Seed002.totalTotal].map(Seed002.pounds)
        #expect(table1.last == ["Total"] + totals + [Seed002.pounds(Seed002.totalPlanned), Seed002.pounds(Seed002.totalRemainder), "", ""])
        #expect(table2.last == ["Total"] + totals + [Seed002.pounds(Seed002.totalSpendQ1), Seed002.pounds(Seed002.totalSpendQ2), "",
                                                     SamplePaidToDate.pounds(SamplePaidToDate.totalPence), ""])
        #expect(table1.count == 9 && table2.count == 9)
    }

    @Test func headingNamesFunderYearQuarterDateAndFolder() throws {
        let html = try paper()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<h1>West Midlands Police and Crime Commissioner</h1>"))
        #expect(html.contains("Position at the end of Q2 2016/17"))
        #expect(html.contains("<time datetime=\"2016-12-06\">6 Dec 2016</time>"))
        #expect(html.contains("Data folder: <code>sample-data</code>"))
        #expect(html.contains("<title>Community Safety Grant 2016/17 at Q2, as of 2016-12-06: West Midlands Police and Crime Commissioner</title>"))
    }

    @Test func selfContainedAndPrintable() throws {
        let html = try paper()
        #expect(html.contains("<style>") && html.contains("@media print"))
        for external in ["<script", "<link", "src=", "http://", "https://", "@import", "url("] {
            #expect(!html.contains(external), "\(external)")
        }
    }

    @Test func tagsAreBalanced() throws {
        let html = try paper(Self.arguments + ["--forecast"])
        var stack: [String] = []
        var problems: [String] = []
        let void: Set<String> = ["meta", "br", "hr", "img", "link", "input"]
        for match in html.matches(of: /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/) {
            let name = String(match.2).lowercased()
            if void.contains(name) { continue }
            if match.1.isEmpty {
                stack.append(name)
            } else if stack.last == name {
                stack.removeLast()
            } else {
                problems.append("</\(name)> closes <\(stack.last ?? "nothing")>")
            }
        }
        #expect(problems.isEmpty, "\(problems)")
        #expect(stack.isEmpty, "unclosed: \(stack)")
        for tag in ["table", "tr", "td", "th", "section"] {
            let opened = html.matches(of: try Regex("<\(tag)[ >]")).count
            #expect(opened > 0 && opened == html.components(separatedBy: "</\(tag)>").count - 1, "\(tag)")
        }
    }

    @Test func outstandingReturnsMostOverdueFirstWithPaymentHeld() throws {
        let html = try paper()
        let rows = try table(html, after: "Outstanding returns, 2016/17, as of 6 Dec 2016")
        #expect(rows.first == ["Local Authority", "Quarter", "Status", "Due", "Days Overdue", "Payment", "Contact"])
        #expect(rows.dropFirst().map { $0 } == [["Solihull MBC", "Q2", "OVERDUE", "30 Oct 2016", "37", "held", ""]])
        // Later, Q3 is overdue for every area and Solihull's Q2 still leads.
        let later = try paper(["report", "sample-data", "--as-of", "2017-03-01", "--year", "2016/17", "--quarter", "Q3", "--format", "html"])
        let laterRows = try table(later, after: "Outstanding returns, 2016/17, as of 1 Mar 2017").dropFirst()
        #expect(laterRows.count == 8)
        #expect(laterRows.first?.prefix(2) == ["Solihull MBC", "Q2"])
        #expect(laterRows.first?[4] == "122")
        #expect(laterRows.allSatisfy { $0[5] == "held" })
    }

    @Test func aBarPerAreaAsWidthPercentages() throws {
        let html = try paper()
        #expect(html.matches(of: /<div class="area">/).count == 7)
        // Birmingham: planned 1,630,367 / 1,873,187 = 87.03%; spent 508,449 / 1,873,187 = 27.14%.
        #expect(html.contains("<div class=\"fill planned\" style=\"width: 87.03%\"></div>"))
        #expect(html.contains("<div class=\"fill spend\" style=\"width: 27.14%\"></div>"))
        // Wolverhampton planned £1 over its total: a full bar, marked over.
        #expect(html.contains("<div class=\"fill planned over\" style=\"width: 100%\"></div>"))
    }

    @Test func forecastColumnsAppearWithForecast() throws {
        let html = try paper(Self.arguments + ["--forecast"])
        let table2 = try table(html, after: "Table 2")
        #expect(table2.first?.suffix(5) == ["Forecast Outturn", "Forecast Underspend", "Forecast Flag (over 10%)", "Paid to Date", "Comments"])
        #expect(table2[1].suffix(5) == ["£1,016,898", "£856,289", "! underspend 46%", "£468,296.75", ""])
        #expect(html.contains("<td class=\"flag\">! underspend 46%</td>"))
    }

    @Test func dataTextIsEscaped() throws {
        let folder = try SampleDataCopy()
        try folder.edit("areas.csv", replacing: "solihull,west-midlands,Solihull MBC,",
                        with: "solihull,west-midlands,\"<script>alert('x')</script> & \"\"Co\"\"\",")
        let result = try csdash(["report", folder.path, "--as-of", "2016-12-06", "--format", "html"])
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.contains("<script"))
        #expect(result.stdout.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"))
        #expect(cells(result.stdout).contains("<script>alert('x')</script> & \"Co\""))
        #expect(result.stdout.contains("Data folder: <code>\(folder.path)</code>"))
    }

    @Test func noFunderInTheYear() throws {
        let html = try paper(["report", "sample-data", "--year", "2019/20", "--format", "html"])
        #expect(html.contains("<p>No funder allocates money in 2019/20.</p>"))
        #expect(html.hasSuffix("</html>\n"))
    }
}
