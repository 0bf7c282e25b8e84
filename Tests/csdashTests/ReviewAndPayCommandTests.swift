import Foundation
import Testing

/// `csdash review`, `pay` and `payments`, and what `report` says of payment.
struct ReviewAndPayCommandTests {
    static let birminghamQ2 = ["--area", "birmingham", "--year", "2016/17", "--quarter", "Q2"]

    /// The examples of a command's --help, one command line each (continuations joined, a
    /// redirection left off), split into words as a shell would split them.
    private func examples(_ command: String) throws -> [[String]] {
        let help = try csdash(command, "--help")
        try #require(help.status == 0, "\(help)")
        let text = try #require(help.stdout.components(separatedBy: "Examples:").last).replacingOccurrences(of: "\\\n", with: " ")
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("csdash \(command) ") }
            .map { line in words(String(line.split(separator: ">").first!)).dropFirst().map { $0 } }
    }

    private func words(_ line: String) -> [String] {
        var words: [String] = [], current = "", quoted = false, started = false
        for character in line {
            if character == "\"" { quoted.toggle(); started = true } else if character == " " && !quoted {
                if started { words.append(current) }
                current = ""; started = false
            } else { current.append(character); started = true }
        }
        if started { words.append(current) }
        return words
    }

    @Test(arguments: ["review", "pay", "payments"]) func helpExamplesRunAsWritten(_ command: String) throws {
        let lines = try examples(command)
        #expect(lines.count >= 2, "\(lines)")
        let folder = try SampleDataCopy()
        let parent = folder.url.appendingPathComponent("run")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: parent.appendingPathComponent("sample-data"), withDestinationURL: folder.url)
        for arguments in lines {
            let result = try csdash(arguments, in: parent)
            #expect(result.status == 0, "\(result)")
        }
    }

    @Test func aQueryHoldsThePaymentAnAcceptanceReadiesItAndAPaymentPaysIt() throws {
        let folder = try SampleDataCopy()
        func birmingham() throws -> [String: Any] {
            let rows = try #require(try jsonObject(try csdash("payments", folder.path, "--as-of", "2016-12-06", "--year", "2016/17", "--format", "json")) as? [[String: Any]])
            return try #require(rows.first { $0["area_id"] as? String == "birmingham" && $0["quarter"] as? String == "Q2" })
        }
        // As the sample has it: accepted on 2 November, its instalment to be paid on 15 December.
        let sample = try birmingham()
        #expect(sample["status"] as? String == "ready" && sample["review_status"] as? String == "accepted", "\(sample)")
        #expect(number(sample["amount"]) == Decimal(string: "468296.75") && isNull(sample["paid"]), "\(sample)")

        let query = try csdash(["review", folder.path] + Self.birminghamQ2 + ["--query", "spend by project missing", "--date", "2016-11-01"])
        #expect(query.status == 0, "\(query)")
        #expect(query.stdoutLines == ["returns.csv: birmingham 2016/17 Q2  query: (empty) -> spend by project missing",
                                      "returns.csv: birmingham 2016/17 Q2  review: accepted -> queried",
                                      "returns.csv: birmingham 2016/17 Q2  reviewed: 2016-11-02 -> 2016-11-01", ""], "\(query)")
        #expect(query.stderrLines.contains { $0.contains("payments.csv:3:") && $0.contains("warning: paid 2016-12-15 before the 2016/17 Q2 return was accepted") },
                "the instalment scheduled for 15 December now precedes an acceptance: \(query)")
        #expect(try birmingham()["status"] as? String == "held")
        #expect(try birmingham()["reason"] as? String == "queried: spend by project missing")
        let held = try csdash("payments", folder.path, "--as-of", "2016-12-06", "--status", "held")
        #expect(held.stdout.contains("queried: spend by project missing") && held.stdout.contains("return overdue 37 days"), "\(held)")

        #expect(try csdash(["review", folder.path] + Self.birminghamQ2 + ["--accept", "--date", "2016-11-03"]).status == 0)
        // A scheduled £470,000 (no --paid) takes the year's four instalments £1,703.25 above the total allocation.
        let schedule = try csdash(["pay", folder.path] + Self.birminghamQ2 + ["--amount", "£470,000"])
        #expect(schedule.status == 0, "\(schedule)")
        #expect(schedule.stdoutLines == ["payments.csv: birmingham 2016/17 Q2  amount: 468296.75 -> 470000",
                                         "payments.csv: birmingham 2016/17 Q2  paid: 2016-12-15 -> (empty)", ""], "\(schedule)")
        #expect(schedule.stderr.contains("payments.csv:5:23: warning: the 2016/17 payments to birmingham come to £1,874,890.25 with this one, above the total allocation £1,873,187"),
                "\(schedule)")
        let ready = try birmingham()
        #expect(ready["status"] as? String == "ready" && number(ready["amount"]) == 470_000 && isNull(ready["paid"]), "\(ready)")
        // Replayed before the acceptance: the later review replaced the query in returns.csv, so
        // the return was awaiting review then (the audit log keeps the query).
        let before = try #require(try jsonObject(try csdash("payments", folder.path, "--as-of", "2016-11-02", "--year", "2016/17", "--format", "json")) as? [[String: Any]])
        let then = before.first { $0["area_id"] as? String == "birmingham" && $0["quarter"] as? String == "Q2" }
        #expect(then?["status"] as? String == "pending" && then?["review_status"] as? String == "awaiting")

        let pay = try csdash(["pay", folder.path] + Self.birminghamQ2 + ["--amount", "470000", "--paid", "2016-11-04", "--ref", "BACS 4471"])
        #expect(pay.status == 0, "\(pay)")
        #expect(pay.stderr.isEmpty, "paid after acceptance: no warning\n\(pay)")
        let paid = try birmingham()
        #expect(paid.count == 10, "\(paid.keys.sorted())")
        #expect(paid["funder_id"] as? String == "west-midlands" && paid["year"] as? String == "2016/17")
        #expect(paid["status"] as? String == "paid" && number(paid["amount"]) == 470_000)
        #expect(paid["paid"] as? String == "2016-11-04" && paid["ref"] as? String == "BACS 4471")
        #expect(paid["review_status"] as? String == "accepted" && isNull(paid["reason"]))

        // The audit keeps the query and the acceptance that answered it.
        let audit = try FolderBytes.auditRows(folder.path).dropFirst()
        #expect(audit.map { "\($0[2]) \($0[3]) \($0[5]) \($0[6]) -> \($0[7])" } == [
            "review returns.csv query  -> spend by project missing", "review returns.csv review accepted -> queried",
            "review returns.csv reviewed 2016-11-02 -> 2016-11-01",
            "review returns.csv query spend by project missing -> ", "review returns.csv review queried -> accepted",
            "review returns.csv reviewed 2016-11-01 -> 2016-11-03",
            "pay payments.csv amount 468296.75 -> 470000", "pay payments.csv paid 2016-12-15 -> ",
            "pay payments.csv paid  -> 2016-11-04", "pay payments.csv ref BACS-BIR-1617-Q2 -> BACS 4471",
        ])

        let report = try #require(try jsonObject(try csdash("report", folder.path, "--as-of", "2016-12-06", "--funder", "west-midlands",
                                                            "--format", "json")) as? [String: Any])
        let funder = try #require((report["funders"] as? [[String: Any]])?.first)
        let area = try #require((funder["areas"] as? [[String: Any]])?.first { $0["area_id"] as? String == "birmingham" })
        // Q1's £468,296.75 (paid 15 September) and Q2's £470,000.
        #expect(number(area["paid"]) == Decimal(string: "938296.75"))
        let reviews = try #require(area["review_status"] as? [String: Any])
        #expect(reviews["Q1"] as? String == "accepted" && reviews["Q2"] as? String == "accepted")
        #expect(isNull(reviews["Q3"]) && isNull(reviews["Q4"]))
        let statuses = try #require(area["payment_status"] as? [String: String])
        #expect(statuses == ["Q1": "paid", "Q2": "paid", "Q3": "pending", "Q4": "pending"])
        let solihull = try #require((funder["areas"] as? [[String: Any]])?.first { $0["area_id"] as? String == "solihull" })
        #expect((solihull["payment_status"] as? [String: String])?["Q2"] == "held")
        // The seven Q1 instalments (£965,827), Coventry's and Wolverhampton's Q2 (paid 15 November)
        // and Birmingham's £470,000; the others' Q2 is due to be paid on 15 December.
        #expect(number((funder["totals"] as? [String: Any])?["paid"]) == Decimal(string: "1630601.75"))

        let table = try csdash("report", folder.path, "--as-of", "2016-12-06", "--funder", "west-midlands")
        #expect(table.stdoutLines.contains { $0.hasPrefix("Birmingham CC") && $0.hasSuffix("£938,296.75") }, "\(table)")
        let csv = try csdash("report", folder.path, "--as-of", "2016-12-06", "--funder", "west-midlands", "--format", "csv")
        #expect(csv.stdoutLines.first?.hasSuffix(",comment,paid") == true, "\(csv)")
        #expect(csv.stdoutLines.contains { $0.hasPrefix("west-midlands,birmingham,") && $0.hasSuffix(",938296.75") })
        let html = try csdash("report", folder.path, "--as-of", "2016-12-06", "--format", "html")
        #expect(html.stdout.contains("Paid to Date"))
        #expect(html.stdout.contains("<h2>Ready to release / held, 2016/17, as of 6 Dec 2016</h2>"), "\(html.stdout)")
        #expect(html.stdout.contains("<th scope=\"row\">Solihull MBC</th><td>Q2</td><td class=\"overdue\">HELD</td><td>return overdue 37 days</td>"))
    }

    @Test func aReportWithoutPaymentsHasNoPaidColumnButJSONSaysNothingWasPaid() throws {
        let folder = try SampleDataCopy()
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("payments.csv"))
        let table = try csdash("report", folder.path, "--as-of", "2016-12-06")
        #expect(table.status == 0, "\(table)")
        #expect(!table.stdout.contains("Paid to Date"))
        let report = try #require(try jsonObject(try csdash("report", folder.path, "--as-of", "2016-12-06", "--format", "json")) as? [String: Any])
        let area = try #require(((report["funders"] as? [[String: Any]])?.first?["areas"] as? [[String: Any]])?.first)
        #expect(number(area["paid"]) == 0)
        // Birmingham's Q2 return was accepted on 2 November: with nothing paid, it is ready to release.
        #expect((area["payment_status"] as? [String: String])?["Q2"] == "ready")
    }

    @Test func aPaymentBeforeAcceptanceIsWrittenWithAWarning() throws {
        let folder = try SampleDataCopy()
        // The sample's Birmingham Q2 return arrived on 26 October and was accepted on 2 November.
        let pay = try csdash(["pay", folder.path] + Self.birminghamQ2 + ["--amount", "468296.75", "--paid", "2016-11-01"])
        #expect(pay.status == 0, "\(pay)")
        #expect(pay.stderrLines.contains { $0.contains("payments.csv:3:") && $0.contains("warning: paid 2016-11-01 before the 2016/17 Q2 return was accepted (it was accepted on 2016-11-02)") },
                "\(pay)")
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var status: Int32
        var phrase: String
        var testDescription: String { name }
    }

    static let refusals = [
        Refusal(name: "accept and query", arguments: ["review"] + birminghamQ2 + ["--accept", "--query", "why"], status: 64,
                phrase: "give one of --accept or --query"),
        Refusal(name: "neither", arguments: ["review"] + birminghamQ2, status: 64, phrase: "give one of --accept or --query"),
        Refusal(name: "empty query", arguments: ["review"] + birminghamQ2 + ["--query", " "], status: 64, phrase: "--query is empty"),
        Refusal(name: "review in the future", arguments: ["review"] + birminghamQ2 + ["--accept", "--date", "2099-01-01"], status: 64,
                phrase: "--date: reviewed 2099-01-01 is after today"),
        Refusal(name: "review of an unknown area", arguments: ["review", "--area", "atlantis", "--year", "2016/17", "--quarter", "Q2", "--accept"],
                status: 64, phrase: "--area 'atlantis' is not an area_id"),
        Refusal(name: "review of a return not received",
                arguments: ["review", "--area", "solihull", "--year", "2016/17", "--quarter", "Q2", "--accept", "--date", "2016-12-01"],
                status: 65, phrase: "review is accepted but received is empty"),
        Refusal(name: "review before the return arrived", arguments: ["review"] + birminghamQ2 + ["--accept", "--date", "2016-10-25"],
                status: 65, phrase: "reviewed 2016-10-25 is before the return was received on 2016-10-26"),
        Refusal(name: "amount not money", arguments: ["pay"] + birminghamQ2 + ["--amount", "47O000"], status: 64,
                phrase: "--amount '47O000' is not an amount of money"),
        Refusal(name: "amount negative", arguments: ["pay"] + birminghamQ2 + ["--amount=-5"], status: 64, phrase: "--amount '-5' is negative"),
        Refusal(name: "paid in the future", arguments: ["pay"] + birminghamQ2 + ["--amount", "5", "--paid", "2099-01-01"], status: 64,
                phrase: "--paid 2099-01-01 is after today"),
        Refusal(name: "pay a year with no allocation",
                arguments: ["pay", "--area", "birmingham", "--year", "2030/31", "--quarter", "Q2", "--amount", "5"], status: 64,
                phrase: "--year 2030/31: birmingham has no allocation for 2030/31"),
        Refusal(name: "payments of an unknown status", arguments: ["payments", "--status", "late"], status: 64, phrase: "--status"),
    ]

    @Test(arguments: refusals) func refusedWithTheFieldNamedAndNothingChanged(_ refusal: Refusal) throws {
        let folder = try SampleDataCopy()
        let before = try FolderBytes.snapshot(folder.path)
        var arguments = refusal.arguments
        arguments.insert(folder.path, at: 1)
        let result = try csdash(arguments)
        #expect(result.status == refusal.status, "\(result)")
        #expect(result.stderr.contains(refusal.phrase), "\(result)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }
}
