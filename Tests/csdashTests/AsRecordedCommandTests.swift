import Foundation
import Testing

/// `--as-recorded` with `--as-of D` on `report`, `returns` and the dashboard: every figure as it
/// stood on D, corrections made since (in audit.csv) undone; without it, today's figures.
struct AsRecordedCommandTests {
    static let board = ["--as-of", "2016-12-06"]
    static let birminghamQ2 = ["--area", "birmingham", "--year", "2016/17", "--quarter", "Q2"]

    /// A copy of the sample whose Birmingham Q2 return was corrected today, long after the board
    /// of 6 December 2016: `values` replace what it had (received 26 Oct, £1,630,367, £508,449).
    static func corrected(received: String = "2016-10-26", spend: String = "600000") throws -> SampleDataCopy {
        let folder = try SampleDataCopy()
        let result = try csdash(["record", folder.path] + birminghamQ2 + ["--received", received, "--planned", "1630367", "--spend", spend])
        try #require(result.status == 0, "\(result)")
        return folder
    }

    /// Report JSON's root and Birmingham's entry.
    static func report(_ arguments: [String]) throws -> (root: [String: Any], birmingham: [String: Any]) {
        let root = try #require(try jsonObject(try csdash(["report"] + arguments + ["--format", "json"])) as? [String: Any])
        let funders = try #require(root["funders"] as? [[String: Any]])
        let areas = try #require(funders.first?["areas"] as? [[String: Any]])
        return (root, try #require(areas.first { $0["area_id"] as? String == "birmingham" }))
    }

    /// `returns --format json`'s row for an area's 2016/17 quarter.
    static func returnRow(_ arguments: [String], area: String, quarter: String) throws -> [String: Any] {
        let rows = try #require(try jsonObject(try csdash(["returns"] + arguments + ["--year", "2016/17", "--format", "json"])) as? [[String: Any]])
        return try #require(rows.first { $0["area_id"] as? String == area && $0["quarter"] as? String == quarter })
    }

    @Test func aCorrectionMadeAfterTheDayIsUndoneAsRecordedAndShownWithout() throws {
        let folder = try Self.corrected()
        let today = try Self.report([folder.path] + Self.board)
        #expect(number((today.birmingham["spend"] as? [String: Any])?["Q2"]) == 600_000)
        #expect(bool(today.root["as_recorded"]) == false)

        let recorded = try Self.report([folder.path] + Self.board + ["--as-recorded"])
        #expect(number((recorded.birmingham["spend"] as? [String: Any])?["Q2"]) == 508_449)
        #expect(bool(recorded.root["as_recorded"]) == true)
        #expect(recorded.root["as_of"] as? String == "2016-12-06")
    }

    @Test func theHeadingsSayAsRecordedOnTheDay() throws {
        let folder = try Self.corrected()
        let table = try csdash(["report", folder.path, "--as-recorded"] + Self.board)
        #expect(table.status == 0, "\(table)")
        #expect(table.stdoutLines.first == "West Midlands Police and Crime Commissioner: community safety 2016/17 at Q2, as recorded on 2016-12-06")
        #expect(table.stdout.contains("| 508,449 |") || table.stdout.contains("508,449"), "\(table)")
        let plain = try csdash(["report", folder.path] + Self.board)
        #expect(plain.stdoutLines.first == "West Midlands Police and Crime Commissioner: community safety 2016/17 at Q2, as of 2016-12-06")

        let markdown = try csdash(["report", folder.path, "--as-recorded", "--format", "markdown"] + Self.board)
        #expect(markdown.stdoutLines.first == "## West Midlands Police and Crime Commissioner: community safety 2016/17 at Q2, as recorded on 2016-12-06")
        let html = try csdash(["report", folder.path, "--as-recorded", "--format", "html"] + Self.board)
        #expect(html.stdout.contains("<title>Community Safety Grant 2016/17 at Q2, as recorded on 2016-12-06: West Midlands"), "\(html.stdout.prefix(600))")
        #expect(html.stdout.contains("(cumulative), as recorded on <time datetime=\"2016-12-06\">6 Dec 2016</time>"))
        #expect(html.stdout.contains("Outstanding returns, 2016/17, as recorded on 6 Dec 2016"))

        let returns = try csdash(["returns", folder.path, "--as-recorded", "--status", "overdue"] + Self.board)
        #expect(returns.stdoutLines.first == "Returns to chase as recorded on 2016-12-06", "\(returns)")
        // Not a terminal, the dashboard prints the report: as recorded too.
        let dashboard = try csdash([folder.path, "--as-recorded"] + Self.board)
        #expect(dashboard.stdoutLines.first?.hasSuffix("at Q2, as recorded on 2016-12-06") == true, "\(dashboard)")
        #expect(dashboard.stdout.contains("508,449") && !dashboard.stdout.contains("600,000"), "\(dashboard)")
    }

    @Test func aCorrectedReceivedDateIsReplayedByReturns() throws {
        // Typed 20 October today; on 6 December the board knew it as 26 October.
        let folder = try Self.corrected(received: "2016-10-20", spend: "508449")
        #expect(try Self.returnRow([folder.path] + Self.board, area: "birmingham", quarter: "Q2")["received"] as? String == "2016-10-20")
        let recorded = try Self.returnRow([folder.path, "--as-recorded"] + Self.board, area: "birmingham", quarter: "Q2")
        #expect(recorded["received"] as? String == "2016-10-26")
    }

    @Test func aReturnTypedInAfterTheDayCountsFromItsReceivedDate() throws {
        // Solihull's Q2 return arrived on 5 December 2016 and was only typed in today.
        let folder = try SampleDataCopy()
        let record = try csdash("record", folder.path, "--area", "solihull", "--year", "2016/17", "--quarter", "Q2",
                                "--received", "2016-12-05", "--planned", "214454", "--spend", "160000")
        try #require(record.status == 0, "\(record)")
        let onTheBoard = try Self.returnRow([folder.path, "--as-recorded"] + Self.board, area: "solihull", quarter: "Q2")
        #expect(onTheBoard["status"] as? String == "late" && number(onTheBoard["days_late"]) == 36, "\(onTheBoard)")
        let dayBefore = try Self.returnRow([folder.path, "--as-recorded", "--as-of", "2016-12-04"], area: "solihull", quarter: "Q2")
        #expect(dayBefore["status"] as? String == "overdue" && number(dayBefore["days_overdue"]) == 35, "\(dayBefore)")
    }

    @Test func asRecordedWithoutAsOfIsAUsageError() throws {
        for command in [["report"], ["returns"], []] {
            let result = try csdash(command + ["sample-data", "--as-recorded"])
            #expect(result.status == 64, "\(command): \(result)")
            #expect(result.stderr.contains("--as-recorded needs --as-of YYYY-MM-DD"), "\(result)")
        }
    }

    @Test func aReplayWithoutAnAuditLogSaysItsFiguresAreTodays() throws {
        let result = try csdash(["report", "sample-data", "--as-recorded"] + Self.board)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines.contains("sample-data/audit.csv: warning: no audit log: csdash has recorded no change in this folder, so the figures are today's (returns still count from their received dates)"), "\(result)")
    }

    @Test func anUnreadableAuditLogStopsAReplayAndIsAWarningInCheck() throws {
        let folder = try Self.corrected()
        let audit = folder.url.appendingPathComponent("audit.csv")
        try (try String(contentsOf: audit, encoding: .utf8) + "yesterday,ann,record,returns.csv,birmingham 2016/17 Q2,spend,1,2\n")
            .write(to: audit, atomically: false, encoding: .utf8)
        let replay = try csdash(["report", folder.path, "--as-recorded"] + Self.board)
        #expect(replay.status == 65, "\(replay)")
        #expect(replay.stderr.contains("\(folder.path)/audit.csv:3:1: error: time \"yesterday\" is not a time csdash writes"), "\(replay)")
        #expect(replay.stdout.isEmpty)
        let check = try csdash("check", folder.path)
        #expect(check.status == 0, "\(check)")
        #expect(check.stderr.contains("\(folder.path)/audit.csv:3:1: warning: time \"yesterday\""), "\(check)")
    }

    @Test func checkSaysWhenADataFileChangedAfterTheLastAuditLine() throws {
        let folder = try Self.corrected()
        let quiet = try csdash("check", folder.path)
        #expect(!quiet.stderr.contains("after the last line of audit.csv"), "csdash's own write: \(quiet)")
        // Edited in a spreadsheet an hour after csdash's last change.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(3_600)],
                                              ofItemAtPath: folder.path + "/allocations.csv")
        let check = try csdash("check", folder.path)
        #expect(check.status == 0, "\(check)")
        #expect(check.stderrLines.contains { $0.hasPrefix("\(folder.path)/allocations.csv: warning: changed at ")
            && $0.hasSuffix("a change made outside csdash has no audit line, so --as-recorded cannot undo it") }, "\(check)")
    }
}
