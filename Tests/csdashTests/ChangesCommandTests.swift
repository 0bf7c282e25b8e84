import Foundation
import Testing

/// `csdash changes DIR --since D1 [--as-of D2]`: what happened between two boards.
struct ChangesCommandTests {
    static let board = ["--since", "2016-09-06", "--as-of", "2016-12-06"]

    static func events(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try csdash(["changes"] + arguments + ["--format", "json"])
        return try #require(try jsonObject(result) as? [[String: Any]], "\(result)")
    }

    /// The check: the Q2 returns received between the boards of September and December
    /// 2016 with their figures, and Solihull's Q2 overdue from 31 October (due 30 days after the
    /// quarter ended on 30 September, so overdue the day after).
    @Test func theQ2ReturnsAndSolihullsOverdueBetweenTheBoards() throws {
        let events = try Self.events(["sample-data"] + Self.board)
        let received = events.filter { $0["kind"] as? String == "return_received" }
        #expect(received.map { $0["area_id"] as? String } == ["wolverhampton", "coventry", "birmingham", "walsall", "dudley", "sandwell"])
        #expect(received.allSatisfy { $0["quarter"] as? String == "Q2" && $0["year"] as? String == "2016/17" })
        let birmingham = try #require(received.first { $0["area_id"] as? String == "birmingham" })
        #expect(birmingham["date"] as? String == "2016-10-26")
        #expect(birmingham["detail"] as? String == "Received on time: planned £1,630,367, spend £508,449")
        let sandwell = try #require(received.first { $0["area_id"] as? String == "sandwell" })
        #expect(sandwell["detail"] as? String == "Received 9 days late: planned £459,090, spend £209,170")
        let solihull = try #require(events.first { $0["area_id"] as? String == "solihull" && $0["kind"] as? String == "return_overdue" })
        #expect(solihull["date"] as? String == "2016-10-31")
        #expect(solihull["quarter"] as? String == "Q2")
        let dates = events.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted(), "oldest first")
        #expect(dates.allSatisfy { $0 > "2016-09-06" && $0 <= "2016-12-06" })
    }

    @Test func theTableSaysTheSame() throws {
        let result = try csdash(["changes", "sample-data"] + Self.board)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.first == "Changes since 6 Sep 2016, as of 6 Dec 2016")
        #expect(result.stdout.contains("2016-10-31  return overdue   Solihull MBC      2016/17 Q2  Not received by its due date, 30 Oct 2016: payment held"))
    }

    @Test(arguments: [("table", ChangesGoldenOutputs.table), ("markdown", ChangesGoldenOutputs.markdown),
                      ("csv", ChangesGoldenOutputs.csv), ("json", ChangesGoldenOutputs.json)])
    func goldenOutput(_ format: String, _ expected: String) throws {
        let result = try csdash(["changes", "sample-data"] + ChangesGoldenOutputs.window + ["--format", format])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == expected)
    }

    @Test func eventsWithoutAnAreaOrQuarterHaveNulls() throws {
        let result = try csdash(["changes", "sample-data", "--format", "json"] + ChangesGoldenOutputs.westMerciaWindow)
        #expect(result.stdout == ChangesGoldenOutputs.westMerciaJSON, "\(result)")
        let filtered = try Self.events(["sample-data", "--funder", "west-midlands"] + ChangesGoldenOutputs.westMerciaWindow)
        #expect(filtered.isEmpty)
    }

    @Test func anEmptyWindowSaysSo() throws {
        let result = try csdash(["changes", "sample-data", "--since", "2016-12-06", "--as-of", "2016-12-06"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "Nothing changed after 6 Dec 2016 up to 6 Dec 2016.\n")
    }

    @Test func theFunderAndYearFiltersKeepTheirOwn() throws {
        let all = try Self.events(["sample-data", "--since", "2016-01-01", "--as-of", "2024-01-01"])
        let mercia = try Self.events(["sample-data", "--since", "2016-01-01", "--as-of", "2024-01-01", "--funder", "west-mercia"])
        #expect(!mercia.isEmpty && mercia.count < all.count)
        #expect(mercia.allSatisfy { $0["funder_id"] as? String == "west-mercia" })
        let year = try Self.events(["sample-data", "--since", "2016-01-01", "--as-of", "2024-01-01", "--year", "2023/24"])
        #expect(year.allSatisfy { $0["year"] as? String == "2023/24" || $0["year"] is NSNull })
        #expect(year.contains { $0["kind"] as? String == "reserve" }, "a reserve has no year: it stays")
    }

    /// A later day's data (a return received after the board, a correction made today) and
    /// another "today" (the clock's day moved by time zones) change nothing of a past window.
    @Test func theReplayIsTheSameOnAnyDay() throws {
        let before = try csdash(["changes", "sample-data", "--format", "json"] + Self.board)
        #expect(before.status == 0, "\(before)")
        for zone in ["Pacific/Kiritimati", "Pacific/Pago_Pago"] {
            let elsewhere = try csdash(["changes", "sample-data", "--format", "json"] + Self.board, environment: ["TZ": zone])
            #expect(elsewhere.stdout == before.stdout, "TZ=\(zone)")
        }
        let folder = try AsRecordedCommandTests.corrected()
        let solihull = try csdash(["record", folder.path, "--area", "solihull", "--year", "2016/17", "--quarter", "Q2",
                                   "--received", "2016-12-12", "--planned", "214454", "--spend", "150000"])
        try #require(solihull.status == 0, "\(solihull)")
        let later = try csdash(["changes", folder.path, "--format", "json"] + Self.board)
        #expect(later.stdout == before.stdout, "\(later)")
        let corrections = try Self.events([folder.path, "--since", "2016-12-06"])
        #expect(corrections.contains { $0["kind"] as? String == "return_corrected" && $0["area_id"] as? String == "birmingham"
            && $0["detail"] as? String == "Corrected: spend £508,449 to £600,000" }, "\(corrections)")
    }

    @Test func aFormulaLikeNameIsWrittenAsTextInCSV() throws {
        let folder = try SampleDataCopy()
        try folder.edit("areas.csv", replacing: "Dudley MBC,csp", with: "=1+2 Dudley,csp")
        let result = try csdash(["changes", folder.path, "--format", "csv"] + ChangesGoldenOutputs.window)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains(",'=1+2 Dudley\n"), "\(result.stdout)")
    }

    @Test(arguments: [
        (["--since", "2016-12-07", "--as-of", "2016-12-06"], "--since 2016-12-07 is after --as-of 2016-12-06"),
        (["--since", "2016-02-30"], "'2016-02-30' is not a date that exists"),
        (["--since", "6/9/16"], "is not a date: write YYYY-MM-DD"),
        (["--since", "2016-09-06", "--as-of", "2016-13-01"], "'2016-13-01' is not a date that exists"),
        ([String](), "Missing expected argument '--since <YYYY-MM-DD>'"),
    ])
    func badDatesExit64(_ arguments: [String], _ message: String) throws {
        let result = try csdash(["changes", "sample-data"] + arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test func sinceAfterTodayExits64() throws {
        let result = try csdash(["changes", "sample-data", "--since", "9999-12-31"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("--since 9999-12-31 is after today"), "\(result)")
    }
}
