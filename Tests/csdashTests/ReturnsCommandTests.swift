import Foundation
import Testing

/// `csdash returns`: the JSON shape and null rules of DESIGN.md, and the status filters.
struct ReturnsCommandTests {
    private func returns(_ extra: String..., asOf: String = "2016-12-06") throws -> [[String: Any]] {
        let result = try csdash(["returns", "sample-data", "--as-of", asOf, "--format", "json"] + extra)
        return try #require(try jsonObject(result) as? [[String: Any]], "\(result)")
    }

    /// area_id → allocated years, counted from sample-data/allocations.csv itself.
    private func allocatedAreaYears() throws -> Int {
        let text = try String(contentsOf: sampleDataURL.appendingPathComponent("allocations.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().filter { !$0.isEmpty }.count
    }

    @Test func jsonShapeAndNullRules() throws {
        let rows = try returns()
        #expect(!rows.isEmpty)
        let keys: Set<String> = ["funder_id", "area_id", "year", "quarter", "status", "due", "received", "days_late", "days_overdue",
                                 "payment_held", "contact"]
        let statuses: Set<String> = ["received", "late", "not_due", "due", "overdue"]
        let isoDate = try Regex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
        for row in rows {
            #expect(Set(row.keys) == keys, "\(row)")
            let status = try #require(row["status"] as? String)
            #expect(statuses.contains(status))
            #expect((row["year"] as? String)?.wholeMatch(of: try Regex("^[0-9]{4}/[0-9]{2}$")) != nil)
            #expect(["Q1", "Q2", "Q3", "Q4"].contains(row["quarter"] as? String))
            #expect((row["due"] as? String)?.wholeMatch(of: isoDate) != nil)
            // received: a date exactly when the status says it was received by the as-of date.
            if status == "received" || status == "late" {
                let received = try #require(row["received"] as? String, "\(row)")
                #expect(received.wholeMatch(of: isoDate) != nil)
                #expect(received <= "2016-12-06")
            } else {
                #expect(isNull(row["received"]), "\(row)")
            }
            // days_late only for late, days_overdue only for overdue.
            if status == "late" { #expect((number(row["days_late"]) ?? 0) > 0, "\(row)") } else { #expect(isNull(row["days_late"]), "\(row)") }
            if status == "overdue" { #expect((number(row["days_overdue"]) ?? 0) > 0, "\(row)") } else { #expect(isNull(row["days_overdue"]), "\(row)") }
            // Payment is held exactly while the return is overdue; the contact is areas.csv's, or null.
            #expect(row["payment_held"] as? Bool == (status == "overdue"), "\(row)")
            if row["area_id"] as? String == "wolverhampton" {
                #expect(row["contact"] as? String == ChaseListTests.wolverhamptonContact, "\(row)")
            } else {
                #expect(isNull(row["contact"]), "\(row)")
            }
        }
    }

    @Test func lateReturnsAtTheBoard() throws {
        let rows = try returns()
        let late = rows.filter { $0["status"] as? String == "late" && $0["year"] as? String == "2016/17" }
        let birmingham = try #require(late.first { $0["area_id"] as? String == "birmingham" })
        #expect(birmingham["quarter"] as? String == "Q1")
        #expect(birmingham["due"] as? String == "2016-07-30")
        #expect(birmingham["received"] as? String == "2016-08-12")
        #expect(number(birmingham["days_late"]) == 13)
        let sandwell = try #require(late.first { $0["area_id"] as? String == "sandwell" })
        #expect(sandwell["quarter"] as? String == "Q2" && number(sandwell["days_late"]) == 9)
        #expect(late.count == 2)
    }

    @Test func outstandingAtTheBoardIsSolihullQ2() throws {
        let rows = try returns("--status", "outstanding")
        #expect(rows.count == 1, "\(rows)")
        let row = try #require(rows.first)
        #expect(row["funder_id"] as? String == "west-midlands")
        #expect(row["area_id"] as? String == "solihull")
        #expect(row["year"] as? String == "2016/17")
        #expect(row["quarter"] as? String == "Q2")
        #expect(row["status"] as? String == "overdue")
        #expect(row["due"] as? String == "2016-10-30")
        #expect(isNull(row["received"]))
        #expect(isNull(row["days_late"]))
        #expect(number(row["days_overdue"]) == 37)
    }

    @Test func overdueFilter() throws {
        let rows = try returns("--status", "overdue")
        #expect(rows.map { $0["area_id"] as? String } == ["solihull"])
    }

    @Test func allIsFourQuartersOfEveryAllocatedAreaYear() throws {
        let rows = try returns("--status", "all")
        let areaYears = try allocatedAreaYears()
        #expect(areaYears == 27)
        #expect(rows.count == 4 * areaYears)
        #expect(try returns().count == rows.count, "--status all is the default")
        let keys = Set(rows.map { "\($0["area_id"] ?? "")|\($0["year"] ?? "")|\($0["quarter"] ?? "")" })
        #expect(keys.count == rows.count, "each area-year-quarter once")
    }

    @Test func aReturnReceivedAfterTheAsOfDateCountsAsNotReceived() throws {
        // Birmingham's 2016/17 Q2 return came in on 2016-10-26; replay 2016-10-25.
        let rows = try returns("--status", "all", asOf: "2016-10-25")
        let row = try #require(rows.first {
            $0["area_id"] as? String == "birmingham" && $0["year"] as? String == "2016/17" && $0["quarter"] as? String == "Q2"
        })
        #expect(row["status"] as? String == "due")
        #expect(isNull(row["received"]))
        let outstanding = try returns("--status", "outstanding", asOf: "2016-10-25")
        #expect(outstanding.allSatisfy { $0["status"] as? String == "due" })
        // Coventry (2016-10-21) and Wolverhampton (2016-10-07) were in; the other five were not yet.
        #expect(Set(outstanding.compactMap { $0["area_id"] as? String }) == ["birmingham", "dudley", "sandwell", "solihull", "walsall"])
        #expect(outstanding.count == 5)
    }

    @Test func tableFormat() throws {
        let result = try csdash("returns", "sample-data", "--as-of", "2016-12-06", "--status", "outstanding")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("Returns to chase as of 2016-12-06\n"))
        let line = try #require(result.stdout.components(separatedBy: "\n").first { $0.contains("Solihull MBC") })
        for cell in ["2016/17", "Q2", "overdue", "2016-10-30", "37", "held"] { #expect(line.contains(cell), "\(cell)") }
        #expect(!line.contains("withheld"), "one word for it: payment held")
    }

    @Test func csvFormat() throws {
        let result = try csdash("returns", "sample-data", "--as-of", "2016-12-06", "--status", "outstanding", "--format", "csv")
        #expect(result.stdout == """
            funder_id,area_id,year,quarter,status,due,received,days_late,days_overdue,area_name,payment_held,contact
            west-midlands,solihull,2016/17,Q2,overdue,2016-10-30,,,37,Solihull MBC,true,

            """)
    }
}
