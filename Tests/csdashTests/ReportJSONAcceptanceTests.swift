import Foundation
import Testing

/// The acceptance test of the issue: `csdash report sample-data --as-of 2016-12-06 --year 2016/17
/// --quarter Q2 --format json` reproduces every cell of seed 002's Tables 1 and 2.
struct ReportJSONAcceptanceTests {
    private func report() throws -> (root: [String: Any], funder: [String: Any], result: RunResult) {
        let result = try csdash(Seed002.reportArguments + ["--format", "json"])
        let root = try #require(try jsonObject(result) as? [String: Any])
        let funders = try #require(root["funders"] as? [[String: Any]])
        #expect(funders.count == 1, "only West Midlands allocates money in 2016/17")
        let funder = try #require(funders.first)
        return (root, funder, result)
    }

    @Test func periodAndFunder() throws {
        let (root, funder, result) = try report()
        #expect(result.status == 0)
        #expect(root["as_of"] as? String == "2016-12-06")
        #expect(root["year"] as? String == "2016/17")
        #expect(root["quarter"] as? String == "Q2")
        #expect(funder["funder_id"] as? String == "west-midlands")
        #expect(funder["name"] as? String == "West Midlands Police and Crime Commissioner")
    }

    @Test func areasInTableOrder() throws {
        let (_, funder, _) = try report()
        let areas = try #require(funder["areas"] as? [[String: Any]])
        #expect(areas.map { $0["area_id"] as? String } == Seed002.rows.map(\.areaID))
        #expect(areas.map { $0["name"] as? String } == Seed002.rows.map(\.name))
    }

    @Test(arguments: Seed002.rows.map(\.areaID))
    func everyCellOfTheArea(_ areaID: String) throws {
        let expected = try #require(Seed002.rows.first { $0.areaID == areaID })
        let (_, funder, _) = try report()
        let areas = try #require(funder["areas"] as? [[String: Any]])
        let area = try #require(areas.first { $0["area_id"] as? String == areaID })

        // Table 1
        #expect(number(area["allocation"]) == Decimal(expected.allocation))
        #expect(number(area["carry_forward"]) == Decimal(expected.carryForward))
        #expect(number(area["total"]) == Decimal(expected.total))
        #expect(number(area["planned"]) == Decimal(expected.planned))
        #expect(number(area["remainder"]) == Decimal(expected.remainder))
        #expect(number(area["pct_allocated"]) == Decimal(expected.percentAllocated))
        // Table 2
        let spend = try #require(area["spend"] as? [String: Any])
        #expect(number(spend["Q1"]) == Decimal(expected.spendQ1))
        #expect(number(spend["Q2"]) == Decimal(expected.spendQ2))
        #expect(isNull(spend["Q3"]) && isNull(spend["Q4"]), "spend after the report quarter is null")
        #expect(Set(spend.keys) == ["Q1", "Q2", "Q3", "Q4"])
        #expect(number(area["pct_spend"]) == Decimal(expected.percentSpend))
        // Comments
        if let carried = expected.carriedFrom {
            #expect(area["carried_from"] as? String == carried)
        } else {
            #expect(isNull(area["carried_from"]))
        }
        #expect(bool(area["no_return"]) == false)
        #expect(area["comment"] as? String == expected.comment)
    }

    @Test func totals() throws {
        let (_, funder, _) = try report()
        let totals = try #require(funder["totals"] as? [String: Any])
        #expect(number(totals["allocation"]) == Decimal(Seed002.totalAllocation))
        #expect(number(totals["carry_forward"]) == Decimal(Seed002.totalCarryForward))
        #expect(number(totals["total"]) == Decimal(Seed002.totalTotal))
        #expect(number(totals["planned"]) == Decimal(Seed002.totalPlanned))
        #expect(number(totals["remainder"]) == Decimal(Seed002.totalRemainder))
        let spend = try #require(totals["spend"] as? [String: Any])
        #expect(number(spend["Q1"]) == Decimal(Seed002.totalSpendQ1))
        #expect(number(spend["Q2"]) == Decimal(Seed002.totalSpendQ2))
        #expect(isNull(spend["Q3"]))
        #expect(isNull(spend["Q4"]))
    }

    @Test func totalsAreTheSumsOfTheAreas() throws {
        let (_, funder, _) = try report()
        let areas = try #require(funder["areas"] as? [[String: Any]])
        let totals = try #require(funder["totals"] as? [String: Any])
        for key in ["allocation", "carry_forward", "total", "planned", "remainder"] {
            let sum = areas.compactMap { number($0[key]) }.reduce(Decimal(0), +)
            #expect(number(totals[key]) == sum, "\(key)")
        }
    }

    @Test func everyAreaHasTheContractKeys() throws {
        let (_, funder, _) = try report()
        let areas = try #require(funder["areas"] as? [[String: Any]])
        let required: Set<String> = [
            "area_id", "name", "allocation", "carry_forward", "total", "planned", "remainder", "pct_allocated",
            "spend", "pct_spend", "carried_from", "no_return", "return_status", "behind_profile", "comment",
        ]
        for area in areas {
            #expect(required.isSubset(of: Set(area.keys)), "missing \(required.subtracting(area.keys))")
            #expect(bool(area["behind_profile"]) != nil)
        }
        #expect(Set(funder.keys).isSuperset(of: ["funder_id", "name", "areas", "totals"]))
    }

    @Test func returnStatusesAtTheBoard() throws {
        let (_, funder, _) = try report()
        let areas = try #require(funder["areas"] as? [[String: Any]])
        func statuses(_ id: String) -> [String?] {
            let status = areas.first { $0["area_id"] as? String == id }?["return_status"] as? [String: Any]
            return ["Q1", "Q2", "Q3", "Q4"].map { status?[$0] as? String }
        }
        // Solihull's Q2 return: due 2016-10-30, not in by 2016-12-06.
        #expect(statuses("solihull") == ["received", "overdue", "not_due", "not_due"])
        // Birmingham's Q1 came in 2016-08-12 (13 days late); Sandwell's Q2 2016-11-08 (9 days late).
        #expect(statuses("birmingham") == ["late", "received", "not_due", "not_due"])
        #expect(statuses("sandwell") == ["received", "late", "not_due", "not_due"])
    }

    @Test func moneyIsWrittenAsExactIntegers() throws {
        let (_, _, result) = try report()
        #expect(result.stdout.contains("\"remainder\": -1,"))
        #expect(result.stdout.contains("\"allocation\": 1873187,"))
        #expect(result.stdout.contains("\"Q2\": 1527722"))
        #expect(!result.stdout.contains("e+"), "no floating-point exponents")
        #expect(!result.stdout.contains(".0,"), "no floating-point decimals for whole pounds")
    }
}
