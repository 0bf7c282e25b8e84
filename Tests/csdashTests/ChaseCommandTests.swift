import CSDashTestSupport
import Foundation
import Testing

/// `csdash chase`: one message per contact, word for word, on sample-data as of the board of
/// 6 December 2016 with contacts added, Birmingham's and Walsall's Q2 returns queried and
/// Walsall's Q2 instalment unscheduled.
@Suite struct ChaseCommandTests {
    static let asOf = ["--as-of", "2016-12-06"]

    /// Jo Bloggs looks after Solihull and Walsall, Sam Patel Birmingham; the rest have no contact.
    static func folder() throws -> SampleDataCopy {
        let folder = try SampleDataCopy()
        try folder.edit("areas.csv", replacing: "solihull,west-midlands,Solihull MBC,csp,,,",
                        with: "solihull,west-midlands,Solihull MBC,csp,,Jo Bloggs <jo.bloggs@solihull.example>,")
        try folder.edit("areas.csv", replacing: "walsall,west-midlands,Walsall MBC,csp,,,",
                        with: "walsall,west-midlands,Walsall MBC,csp,,Jo Bloggs <jo.bloggs@solihull.example>,")
        try folder.edit("areas.csv", replacing: "birmingham,west-midlands,Birmingham CC,csp,,,",
                        with: "birmingham,west-midlands,Birmingham CC,csp,,\"Sam Patel, 0121 303 1111\",")
        // So that one letter says what is held where no instalment is scheduled.
        try folder.edit("payments.csv", replacing: "walsall,2016/17,Q2,75413,2016-12-15,BACS-WAL-1617-Q2,\n", with: "")
        for (area, query, date) in [("birmingham", "spend by project missing", "2016-11-01"), ("walsall", "no figures by project", "2016-11-02")] {
            let review = try csdash("review", folder.path, "--area", area, "--year", "2016/17", "--quarter", "Q2", "--query", query, "--date", date)
            try #require(review.status == 0, "\(review)")
        }
        return folder
    }

    static let samPatel = """
        To: Sam Patel, 0121 303 1111
        Subject: Monitoring return queried: Birmingham CC 2016/17 Q2

        Dear Sam Patel,

        Funding from the West Midlands Police and Crime Commissioner is paid out
        on receipt of satisfactory monitoring information. As of 6 December
        2016, the payment for each quarter below is held until its return is
        received or its query answered.

        1. Birmingham CC, 2016/17 Q2 (July to September 2016)
           We queried the return on 1 November 2016: "spend by project missing"
           Payment held: £468,296.75 (the Q2 instalment).

        Please answer the query as soon as you can, with a corrected return
        where the figures change.

        Thank you.

        Community safety team, West Midlands Police and Crime Commissioner

        """

    static let joBloggs = """
        To: Jo Bloggs <jo.bloggs@solihull.example>
        Subject: Monitoring returns: 1 overdue, 1 queried (Solihull MBC, Walsall MBC)

        Dear Jo Bloggs,

        Funding from the West Midlands Police and Crime Commissioner is paid out
        on receipt of satisfactory monitoring information. As of 6 December
        2016, the payment for each quarter below is held until its return is
        received or its query answered.

        1. Solihull MBC, 2016/17 Q2 (July to September 2016)
           The return was due on 30 October 2016 and is 37 days overdue.
           Payment held: £53,613.50 (the Q2 instalment).

        2. Walsall MBC, 2016/17 Q2 (July to September 2016)
           We queried the return on 2 November 2016: "no figures by project"
           Payment held: the quarter's payment (no instalment is scheduled yet).

        Held in all: £53,613.50, and the payment for 1 quarter with no
        instalment scheduled yet.

        Please send the overdue returns and answer the query as soon as you can.
        If a return is already on its way, please tell us when it was sent, so
        that we can find it.

        Thank you.

        Community safety team, West Midlands Police and Crime Commissioner

        """

    @Test func oneMessagePerContactWordForWord() throws {
        let folder = try Self.folder()
        let result = try csdash(["chase", folder.path] + Self.asOf)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == Self.samPatel + "\n" + String(repeating: "-", count: 72) + "\n\n" + Self.joBloggs)
    }

    @Test func anAreaWithNoContactIsListedAtTheEnd() throws {
        let result = try csdash(["chase", sampleDataURL.path] + Self.asOf)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            No contact recorded

            These areas have returns overdue or queried on 6 December 2016 but no
            contact in areas.csv: add one (a name and an email address) so that they
            can be chased.

            - Solihull MBC, 2016/17 Q2: overdue 37 days; held £53,613.50

            """)
    }

    @Test func nothingToChaseSaysSo() throws {
        let result = try csdash("chase", sampleDataURL.path, "--as-of", "2016-07-01")
        #expect(result.status == 0 && result.stdout == "Nothing to chase on 1 July 2016: no return is overdue or queried.\n", "\(result)")
        let mercia = try csdash("chase", sampleDataURL.path, "--as-of", "2016-12-06", "--funder", "west-mercia")
        #expect(mercia.stdout == "Nothing to chase on 6 December 2016: no return is overdue or queried.\n", "\(mercia)")
    }

    @Test func outputWritesATextAndAnUnsentEmailPerContact() throws {
        let folder = try Self.folder()
        let output = folder.url.appendingPathComponent("chase-2016-12-06")
        let result = try csdash(["chase", folder.path, "--output", output.path] + Self.asOf)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines == [
            "\(output.path)/01-sam-patel.txt (and .eml): Sam Patel, 0121 303 1111: 1 return",
            "\(output.path)/02-jo-bloggs.txt (and .eml): Jo Bloggs <jo.bloggs@solihull.example>: 2 returns",
            "",
        ])
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == ["01-sam-patel.eml", "01-sam-patel.txt", "02-jo-bloggs.eml", "02-jo-bloggs.txt"])
        #expect(try String(contentsOf: output.appendingPathComponent("02-jo-bloggs.txt"), encoding: .utf8) == Self.joBloggs)
        let email = try String(contentsOf: output.appendingPathComponent("02-jo-bloggs.eml"), encoding: .utf8)
        let body = Self.joBloggs.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
        #expect(email == """
            To: jo.bloggs@solihull.example\r
            Subject: Monitoring returns: 1 overdue, 1 queried (Solihull MBC, Walsall MBC)\r
            X-Unsent: 1\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Transfer-Encoding: 8bit\r
            \r

            """ + body.replacingOccurrences(of: "\n", with: "\r\n"))
        // No address in Sam Patel's contact: the draft has no To, to be filled in by hand.
        let noAddress = try String(contentsOf: output.appendingPathComponent("01-sam-patel.eml"), encoding: .utf8)
        #expect(noAddress.hasPrefix("Subject: Monitoring return queried: Birmingham CC 2016/17 Q2\r\n"))
    }

    @Test func aSubjectOutsideASCIIIsEncodedForMail() throws {
        let folder = try Self.folder()
        try folder.edit("areas.csv", replacing: "Solihull MBC,csp", with: "Sólihull MBC,csp")
        let output = folder.url.appendingPathComponent("out")
        #expect(try csdash(["chase", folder.path, "--output", output.path] + Self.asOf).status == 0)
        let email = try String(contentsOf: output.appendingPathComponent("02-jo-bloggs.eml"), encoding: .utf8)
        let subject = try #require(email.components(separatedBy: "\r\nX-Unsent").first?.components(separatedBy: "Subject: ").last)
        #expect(!subject.unicodeScalars.contains { !$0.isASCII }, "\(subject)")
        let decoded = subject.components(separatedBy: "\r\n ").map { word -> String in
            let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            return String(decoding: Data(base64Encoded: String(base64)) ?? Data(), as: UTF8.self)
        }.joined()
        #expect(decoded == "Monitoring returns: 1 overdue, 1 queried (Sólihull MBC, Walsall MBC)")
        #expect(subject.components(separatedBy: "\r\n ").allSatisfy { $0.count <= 75 })
    }

    @Test func aFolderThatHoldsFilesOrAFileInTheWayIsRefusedAndNothingIsWritten() throws {
        let folder = try Self.folder()
        let output = folder.url.appendingPathComponent("letters")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("yesterday".utf8).write(to: output.appendingPathComponent("01-old.txt"))
        let full = try csdash(["chase", folder.path, "--output", output.path] + Self.asOf)
        #expect(full.status == 73, "\(full)")
        #expect(full.stderr.contains("\(output.path): error: already holds files: name a new or empty folder; nothing was written"), "\(full)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["01-old.txt"])

        let file = folder.url.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let inTheWay = try csdash(["chase", folder.path, "--output", file.path] + Self.asOf)
        #expect(inTheWay.status == 73 && inTheWay.stderr.contains("is a file, not a folder"), "\(inTheWay)")
        // No temporary folder is left beside them.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func anEmptyFolderIsFilledAndAnUnknownFunderIsAUsageError() throws {
        let folder = try Self.folder()
        let output = folder.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        #expect(try csdash(["chase", folder.path, "--output", output.path] + Self.asOf).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).count == 4)
        let unknown = try csdash("chase", folder.path, "--funder", "west-midland")
        #expect(unknown.status == 64 && unknown.stderr.contains("--funder 'west-midland' is not a funder_id"), "\(unknown)")
    }
}
