import CSDashTestSupport
import Foundation
import Testing

/// `csdash rollover`: next year's allocations proposed from the sample data's years, written only
/// through the locked, atomic, audited path, and refused whole when anything stands in the way.
struct RolloverCommandTests {
    static let westMidlands = ["--funder", "west-midlands"]

    /// The board report of 6 December 2016 cut every 2015/16 allocation (the Panel report of
    /// 12 October 2015) by 25% for 2016/17: the proposal gives its Table 1 figures to the pound,
    /// and its total, £3,863,308. The 2015/16 returns state no figures, so no carry forward.
    @Test func rolling2015Into2016ReproducesTheBoardsCut() throws {
        let result = try csdash(["rollover", "sample-data", "--from", "2015/16", "--allocation-from", "2015/16", "--change", "-25%",
                                 "--round-to", "pound", "--as-of", "2016-12-06", "--dry-run"] + Self.westMidlands)
        #expect(result.status == 0, "\(result)")
        let rows = result.stdoutLines.filter { $0.contains("cannot propose") }.map { line in
            line.split(separator: " ").filter { $0.hasPrefix("£") }.map(String.init)
        }
        #expect(rows == [["£2,497,583", "£1,873,187"], ["£546,304", "£409,728"], ["£396,364", "£297,273"],
                         ["£530,190", "£397,643"], ["£285,938", "£214,454"], ["£402,203", "£301,652"], ["£492,495", "£369,371"]])
        #expect(result.stdout.contains("Allocation = the 2015/16 allocation -25%, rounded half up to the whole pound."))
        #expect(result.stdoutLines.contains { $0.hasPrefix("Total") && $0.contains("£5,151,077") && $0.contains("£3,863,308") })
        #expect(result.stdout.contains("cannot propose: Q4 return states no spend; allocations.csv already has 2016/17: 397,643 + 85,248 carried"))
    }

    /// Without rounding to the pound the cut keeps its pence, rounded half up.
    @Test func theCutToThePenny() throws {
        let result = try csdash(["rollover", "sample-data", "--from", "2015/16", "--allocation-from", "2015/16", "--change", "-25%",
                                 "--as-of", "2016-12-06", "--dry-run"] + Self.westMidlands)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("£1,873,187.25"))
        #expect(result.stdout.contains("£397,642.50"))
        #expect(result.stdout.contains("rounded half up to the whole penny"))
    }

    /// 2016/17 into 2017/18 on 15 May 2017: no Q4 return of 2016/17 is in the sample data, so each
    /// area is listed as one whose carry forward cannot be proposed; Wolverhampton's 2017/18 row
    /// (its report of 28 February 2017) is already there.
    @Test func rolling2016Into2017StatedPerArea() throws {
        let result = try csdash(["rollover", "sample-data", "--from", "2016/17", "--as-of", "2017-05-15", "--dry-run"] + Self.westMidlands)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            Rollover of 2016/17 into 2017/18, Q4 returns received by 2017-05-15
            Carry forward = 2016/17 total allocation - spend at Q4, never negative.

                                 2016/17  2016/17  2017/18
                                   Total    Spend    Carry     2017/18  2017/18
            Area              Allocation    at Q4  Forward  Allocation    Total  Note
            ----------------  ----------  -------  -------  ----------  -------  ------------------------------------------------------------------------------------------------
            Birmingham CC     £1,873,187                                         cannot propose: Q4 return missing
            Coventry CC         £512,232                                         cannot propose: Q4 return missing
            Dudley MBC          £319,778                                         cannot propose: Q4 return missing
            Sandwell MBC        £482,891                                         cannot propose: Q4 return missing
            Solihull MBC        £214,454                                         cannot propose: Q4 return missing
            Walsall MBC         £353,931                                         cannot propose: Q4 return missing
            Wolverhampton CC    £538,009                                         cannot propose: Q4 return missing; allocations.csv already has 2017/18: 369,000 + 38,000 carried
            ----------------  ----------  -------  -------  ----------  -------  ------------------------------------------------------------------------------------------------
            Total             £4,294,482

            Allocation left for you: type each area's 2017/18 allocation in allocations.csv, or give --allocation-from 2016/17 (and --change, e.g. -25%).

            """, "\(result)")
    }

    /// A copy of sample-data with three 2016/17 Q4 returns recorded: Wolverhampton's spend leaves
    /// the £38,000 its report of 28 February 2017 asks to carry forward; Birmingham overspent.
    static func folderWithQ4Returns() throws -> SampleDataCopy {
        let folder = try SampleDataCopy()
        for (area, spend) in [("birmingham", "1900000"), ("coventry", "412232"), ("wolverhampton", "500009")] {
            let result = try csdash("record", folder.path, "--area", area, "--year", "2016/17", "--quarter", "Q4",
                                    "--received", "2017-04-20", "--planned", spend, "--spend", spend)
            precondition(result.status == 0, "\(result)")
        }
        return folder
    }

    @Test func theCarryForwardIsTheTotalLessSpendAtQ4() throws {
        let folder = try Self.folderWithQ4Returns()
        let result = try csdash(["rollover", folder.path, "--from", "2016/17", "--as-of", "2017-05-15", "--allocation-from", "2016/17",
                                 "--dry-run"] + Self.westMidlands)
        #expect(result.status == 0, "\(result)")
        let line = { (name: String) in result.stdoutLines.first { $0.hasPrefix(name) } ?? "" }
        #expect(line("Birmingham CC").split(separator: " ").filter { $0.hasPrefix("£") } == ["£1,873,187", "£1,900,000", "£0", "£1,873,187", "£1,873,187"])
        #expect(line("Coventry CC").split(separator: " ").filter { $0.hasPrefix("£") } == ["£512,232", "£412,232", "£100,000", "£409,728", "£509,728"])
        #expect(line("Wolverhampton CC").split(separator: " ").filter { $0.hasPrefix("£") } == ["£538,009", "£500,009", "£38,000", "£369,371", "£407,371"])
        #expect(line("Dudley MBC").hasSuffix("cannot propose: Q4 return missing"))
        // On 19 April 2017 the Q4 returns had not arrived.
        let earlier = try csdash(["rollover", folder.path, "--from", "2016/17", "--as-of", "2017-04-19", "--dry-run"] + Self.westMidlands)
        #expect(earlier.stdoutLines.filter { $0.contains("cannot propose: Q4 return missing") }.count == 7, "\(earlier)")
    }

    @Test func writesTheRowsAgainstADecisionAuditedAndValid() throws {
        let folder = try Self.folderWithQ4Returns()
        let decisions = folder.url.appendingPathComponent("decisions.csv")
        let handle = try FileHandle(forWritingTo: decisions)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("PCC/D/2017/03,west-midlands,2017-03-01,Community safety grant 2017/18,,2282915,2017/18,,,,,\n".utf8))
        try handle.close()
        let result = try csdash("rollover", folder.path, "--from", "2016/17", "--as-of", "2017-05-15", "--allocation-from", "2016/17",
                                "--change", "-0.5%", "--area", "birmingham", "--area", "coventry", "--decision", "PCC/D/2017/03")
        #expect(result.status == 0, "\(result)")
        let allocations = try FolderBytes.read(folder.path, "allocations.csv")
        #expect(allocations.hasSuffix("""
            birmingham,2017/18,1863821.07,0,Police main grant,PCC/D/2017/03,"Rollover from 2016/17; allocation: the 2016/17 allocation -0.5%, rounded half up to the penny; carry forward: total 1,873,187 less Q4 spend 1,900,000"
            coventry,2017/18,407679.36,100000,Police main grant,PCC/D/2017/03,"Rollover from 2016/17; allocation: the 2016/17 allocation -0.5%, rounded half up to the penny; carry forward: total 512,232 less Q4 spend 412,232"

            """), "\(allocations)")
        let audit = try FolderBytes.auditRows(folder.path).filter { $0[2] == "rollover" }
        #expect(audit.map { [$0[3], $0[4], $0[5], $0[7]] }.prefix(4) == [
            ["allocations.csv", "birmingham 2017/18", "allocation", "1863821.07"],
            ["allocations.csv", "birmingham 2017/18", "carry_forward", "0"],
            ["allocations.csv", "birmingham 2017/18", "source", "Police main grant"],
            ["allocations.csv", "birmingham 2017/18", "decision_ref", "PCC/D/2017/03"],
        ])
        let check = try csdash("check", folder.path)
        #expect(check.status == 0, "\(check)")
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var status: Int32
        var phrase: String
        var testDescription: String { name }
    }

    static let refusals = [
        Refusal(name: "next year's row already there", arguments: ["--from", "2016/17", "--allocation-from", "2016/17"], status: 73,
                phrase: "allocations.csv: error: already has wolverhampton 2017/18: a rollover adds rows, it does not change them"),
        Refusal(name: "no allocation to write", arguments: ["--from", "2016/17", "--area", "dudley"], status: 64,
                phrase: "allocation is required in allocations.csv: give --allocation-from 2016/17"),
        Refusal(name: "unknown decision", arguments: ["--from", "2016/17", "--allocation-from", "2016/17", "--area", "dudley",
                                                      "--decision", "PCC/D/1999/99"], status: 64,
                phrase: "--decision 'PCC/D/1999/99' is not a decision_ref in decisions.csv"),
        Refusal(name: "a change that is no percent", arguments: ["--from", "2016/17", "--allocation-from", "2016/17", "--change", "-25"],
                status: 64, phrase: "'-25' is not a change"),
        Refusal(name: "a change with nothing to change", arguments: ["--from", "2016/17", "--change", "-25%"], status: 64,
                phrase: "--change applies to a copied allocation"),
        Refusal(name: "an area not allocated that year", arguments: ["--from", "2016/17", "--area", "shropshire"], status: 64,
                phrase: "--area 'shropshire' has no 2016/17 allocation"),
        Refusal(name: "nothing to copy", arguments: ["--from", "2016/17", "--allocation-from", "2014/15", "--area", "dudley"], status: 64,
                phrase: "dudley: no 2014/15 allocation to copy: nothing was written"),
        Refusal(name: "a carry forward for several areas", arguments: ["--from", "2016/17", "--carry-forward", "38000"], status: 64,
                phrase: "--carry-forward is one area's"),
        Refusal(name: "an unknown funder", arguments: ["--from", "2016/17", "--funder", "mars"], status: 64,
                phrase: "--funder 'mars' is not a funder_id"),
    ]

    @Test(arguments: refusals)
    func refusesWritingNothing(refusal: Refusal) throws {
        let folder = try SampleDataCopy()
        let before = try FolderBytes.snapshot(folder.path)
        let result = try csdash(["rollover", folder.path, "--as-of", "2017-05-15"] + refusal.arguments)
        #expect(result.status == refusal.status, "\(result)")
        #expect(result.stderr.contains(refusal.phrase), "\(result)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    /// Wolverhampton's request (its report of 28 February 2017) recorded as asked, against a decision.
    @Test func aRequestedCarryForwardIsRecordedAsAsked() throws {
        let folder = try SampleDataCopy()
        try folder.edit("allocations.csv", replacing: "wolverhampton,2017/18,369000,38000", with: "wolverhampton,2018/19,369000,38000")
        try folder.edit("projects.csv", replacing: "wolverhampton,2017/18", with: "wolverhampton,2018/19")
        let result = try csdash("rollover", folder.path, "--from", "2016/17", "--area", "wolverhampton", "--allocation-from", "2016/17",
                                "--carry-forward", "38000", "--as-of", "2017-05-15")
        #expect(result.status == 0, "\(result)")
        #expect(try FolderBytes.read(folder.path, "allocations.csv").contains(
            "wolverhampton,2017/18,369371,38000,Police main grant,,Rollover from 2016/17; allocation: the 2016/17 allocation; carry forward as requested\n"))
    }
}
