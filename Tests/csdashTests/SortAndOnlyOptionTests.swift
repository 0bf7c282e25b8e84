import Foundation
import Testing

/// `report` and `returns` `--sort KEY` and `--only KEY`: the dashboard's orders and filters in the
/// same words; an unknown word is a usage error that lists the words there are.
struct SortAndOnlyOptionTests {
    private func reportAreas(_ extra: String...) throws -> [[String: Any]] {
        let result = try csdash(["report", "sample-data", "--as-of", "2016-12-06", "--funder", "west-midlands", "--format", "json"] + extra)
        let object = try #require(try jsonObject(result) as? [String: Any])
        let funders = try #require(object["funders"] as? [[String: Any]])
        return try #require(funders.first?["areas"] as? [[String: Any]])
    }

    @Test func reportSortsBySpendLargestFirst() throws {
        let areas = try reportAreas("--sort", "spend")
        #expect(areas.count == 7)
        let spend = areas.compactMap { number($0["pct_spend"]) }
        #expect(spend == spend.sorted(by: >), "\(spend)")
    }

    @Test func reportSortsByNameAToZAndByDaysOverdue() throws {
        let names = try reportAreas("--sort", "name").compactMap { $0["name"] as? String }
        #expect(names == names.sorted())
        #expect(try reportAreas("--sort", "overdue").first?["area_id"] as? String == "solihull")
    }

    @Test func reportOnlyPaymentHeldAndBehindProfile() throws {
        let held = try reportAreas("--only", "held")
        #expect(held.map { $0["area_id"] as? String } == ["solihull"])
        let behind = try reportAreas("--only", "behind")
        #expect(!behind.isEmpty && behind.count < 7)
        #expect(behind.allSatisfy { $0["behind_profile"] as? Bool == true })
    }

    @Test func theTableHeadingSaysHowManyOfHowMany() throws {
        let result = try csdash("report", "sample-data", "--as-of", "2016-12-06", "--funder", "west-midlands", "--sort", "spend", "--only", "held")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("sorted by % spend, largest first; 1 of 7 areas: payment held"), "\(result.stdout)")
        #expect(result.stdout.contains("Solihull MBC") && !result.stdout.contains("Coventry CC"))
    }

    @Test func returnsOnlyOutstandingSortedByName() throws {
        let result = try csdash("returns", "sample-data", "--as-of", "2016-12-06", "--year", "2016/17", "--only", "outstanding",
                                "--sort", "name", "--format", "json")
        let rows = try #require(try jsonObject(result) as? [[String: Any]])
        #expect(!rows.isEmpty)
        let areas = Set(rows.compactMap { $0["area_id"] as? String })
        #expect(areas.contains("solihull"))
        for area in areas {
            let statuses = rows.filter { $0["area_id"] as? String == area }.compactMap { $0["status"] as? String }
            #expect(statuses.contains { $0 == "due" || $0 == "overdue" }, "\(area): only areas with a return due or overdue")
        }
        let all = try #require(try jsonObject(try csdash("returns", "sample-data", "--as-of", "2016-12-06", "--year", "2016/17",
                                                         "--sort", "name", "--format", "json")) as? [[String: Any]])
        let names = all.compactMap { $0["area_id"] as? String }
        #expect(names == names.sorted(), "area ids of the sample sort as their names do")
    }

    @Test(arguments: [("report", "--sort", "size"), ("report", "--only", "late"), ("returns", "--sort", "Spend"), ("returns", "--only", "all-areas")])
    func anUnknownWordIsAUsageErrorListingTheWords(command: String, option: String, word: String) throws {
        let result = try csdash(command, "sample-data", option, word)
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout.isEmpty)
        let words = option == "--sort" ? "name, spend, remainder, overdue or underspend" : "all, behind, held, outstanding or over-allocated"
        #expect(result.stderr.contains("'\(word)' is not one of \(words)"), "\(result.stderr)")
    }
}
