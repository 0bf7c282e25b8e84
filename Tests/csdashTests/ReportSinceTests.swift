import Foundation
import Testing

/// `report --since D1`: the board of D1 beside today's, in every format of the report.
struct ReportSinceTests {
    static let board = ["sample-data", "--as-of", "2016-12-06", "--since", "2016-09-06"]

    static func areas(_ root: [String: Any]) throws -> [[String: Any]] {
        let funders = try #require(root["funders"] as? [[String: Any]])
        return try #require(funders.first?["areas"] as? [[String: Any]])
    }

    @Test func table2GainsPercentSpendThenAndItsChange() throws {
        let result = try csdash(["report"] + Self.board)
        #expect(result.status == 0, "\(result)")
        let table2 = try #require(result.stdout.components(separatedBy: "Table 2\n").last)
        let lines = table2.split(separator: "\n").map(String.init)
        #expect(lines[0].hasSuffix("%                  Change"), "\(table2)")
        #expect(lines[1].contains("Spend  % Spend on       since"), "\(table2)")
        #expect(lines[2].contains("at Q2  2016-09-06  2016-09-06"), "\(table2)")
        let birmingham = try #require(lines.first { $0.hasPrefix("Birmingham CC") })
        #expect(birmingham.contains("£508,449    27%         15%         +12    £468,296.75"), "\(birmingham)")
        let solihull = try #require(lines.first { $0.hasPrefix("Solihull MBC") })
        #expect(solihull.contains("£133,454    62%         62%           0"), "\(solihull)")
        // Every figure whole: nothing cut to fit.
        #expect(table2.contains("£1,873,187") && table2.contains("£1,160,601.75"))
    }

    @Test func thenIsTheReportOfTheEarlierDateBuiltTheSameWay() throws {
        let since = try Self.areas(try #require(try jsonObject(try csdash(["report"] + Self.board + ["--format", "json"])) as? [String: Any]))
        let then = try Self.areas(try #require(try jsonObject(try csdash("report", "sample-data", "--as-of", "2016-09-06", "--format", "json")) as? [String: Any]))
        for area in since {
            let id = try #require(area["area_id"] as? String)
            let earlier = try #require(then.first { $0["area_id"] as? String == id })
            let object = try #require(area["since"] as? [String: Any], "\(area)")
            #expect(object["date"] as? String == "2016-09-06")
            #expect(object["quarter"] as? String == "Q1")
            #expect(number(object["pct_spend_then"]) == number(earlier["pct_spend"]), "\(id)")
            #expect(number(object["pct_spend_change"]) == (number(area["pct_spend"])! - number(earlier["pct_spend"])!), "\(id)")
            #expect(object["status_then"] as? String == (earlier["return_status"] as? [String: Any])?["Q1"] as? String, "\(id)")
            #expect(object["status_now"] as? String == (area["return_status"] as? [String: Any])?["Q2"] as? String, "\(id)")
        }
        let solihull = try #require(since.first { $0["area_id"] as? String == "solihull" }?["since"] as? [String: Any])
        #expect(solihull["status_then"] as? String == "received")
        #expect(solihull["status_now"] as? String == "overdue")
        #expect(solihull["standing_now"] as? String == "Q2 OVERDUE 37 days")
        #expect(bool(solihull["moved"]) == true)
    }

    @Test func jsonListsTheEventsOfTheWindowAtTheTop() throws {
        let root = try #require(try jsonObject(try csdash(["report"] + Self.board + ["--format", "json"])) as? [String: Any])
        #expect(root["since"] as? String == "2016-09-06")
        let events = try #require(root["changes"] as? [[String: Any]])
        let full = try ChangesCommandTests.events(["sample-data", "--funder", "west-midlands"] + ChangesCommandTests.board)
        #expect(events.count == full.count)
        #expect(events.contains { $0["area_id"] as? String == "solihull" && $0["kind"] as? String == "return_overdue" })
        let plain = try #require(try jsonObject(try csdash("report", "sample-data", "--as-of", "2016-12-06", "--format", "json")) as? [String: Any])
        #expect(plain["since"] == nil && plain["changes"] == nil, "without --since the JSON is as before")
        #expect(try Self.areas(plain).allSatisfy { $0["since"] == nil })
    }

    @Test func csvAddsItsColumnsLast() throws {
        let result = try csdash(["report"] + Self.board + ["--format", "csv"])
        #expect(result.status == 0, "\(result)")
        let header = try #require(result.stdoutLines.first)
        #expect(header.hasSuffix(",paid,since,pct_spend_then,pct_spend_change,pct_allocated_then,pct_allocated_change,status_then,status_now,standing_then,standing_now"))
        let solihull = try #require(result.stdoutLines.first { $0.contains(",solihull,") })
        #expect(solihull.hasSuffix(",2016-09-06,62,0,100,0,received,overdue,Q1 received,Q2 OVERDUE 37 days"), "\(solihull)")
        let plain = try csdash("report", "sample-data", "--as-of", "2016-12-06", "--format", "csv")
        #expect(header.hasPrefix(try #require(plain.stdoutLines.first)), "the columns before keep their places")
    }

    @Test func markdownAndTheBoardPaperShowItToo() throws {
        let markdown = try csdash(["report"] + Self.board + ["--format", "markdown"])
        #expect(markdown.stdout.contains("| % Spend at Q2 | % Spend on 2016-09-06 | Change since 2016-09-06 |"), "\(markdown)")
        #expect(markdown.stdout.contains("| 27% | 15% | +12 |"), "\(markdown)")
        let html = try csdash(["report"] + Self.board + ["--format", "html"])
        #expect(html.status == 0, "\(html)")
        #expect(html.stdout.contains("<h2>Since the last board (<time datetime=\"2016-09-06\">6 Sep 2016</time>)</h2>"))
        #expect(html.stdout.contains("<tr><td><time datetime=\"2016-10-31\">31 Oct 2016</time></td><td>return overdue</td><td>Solihull MBC</td><td>2016/17 Q2</td><td>Not received by its due date, 30 Oct 2016: payment held</td></tr>"))
        #expect(html.stdout.contains("<th scope=\"col\" class=\"num\">Change since 2016-09-06</th>"))
        let plain = try csdash("report", "sample-data", "--as-of", "2016-12-06", "--format", "html")
        #expect(!plain.stdout.contains("Since the last board"))
    }

    @Test func sinceAfterAsOfExits64() throws {
        let result = try csdash("report", "sample-data", "--as-of", "2016-09-06", "--since", "2016-12-06")
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("--since 2016-12-06 is after --as-of 2016-09-06"), "\(result)")
    }

    @Test func theSameOnAnyDay() throws {
        let here = try csdash(["report"] + Self.board + ["--format", "json"])
        let elsewhere = try csdash(["report"] + Self.board + ["--format", "json"], environment: ["TZ": "Pacific/Kiritimati"])
        #expect(here.status == 0 && here.stdout == elsewhere.stdout)
    }
}
