import Foundation
import GrantStore
import Testing

/// `report`'s defaults (year and quarter from --as-of), its other formats, and --funder.
struct ReportDefaultsAndFormatsTests {
    @Test func yearAndQuarterDefaultFromTheAsOfDate() throws {
        let defaulted = try csdash("report", "sample-data", "--as-of", "2016-12-06", "--format", "json")
        let explicit = try csdash(Seed002.reportArguments + ["--format", "json"])
        let root = try #require(try jsonObject(defaulted) as? [String: Any])
        #expect(root["year"] as? String == "2016/17")
        #expect(root["quarter"] as? String == "Q2")
        #expect(defaulted.stdout == explicit.stdout)
    }

    @Test func quarterDefaultsToTheLatestWhoseReturnsWereDue() throws {
        // Returns are due 30 days after quarter end: Q2's on 30 October 2016, Q1's on 30 July.
        func period(_ asOf: String) throws -> (String?, String?) {
            let root = try #require(try jsonObject(try csdash("report", "sample-data", "--as-of", asOf, "--format", "json")) as? [String: Any])
            return (root["year"] as? String, root["quarter"] as? String)
        }
        #expect(try period("2016-10-30") == ("2016/17", "Q2"))
        #expect(try period("2016-10-29") == ("2016/17", "Q1"), "Q2 has ended but its returns are not due yet")
        #expect(try period("2016-07-29") == ("2015/16", "Q4"), "nothing of 2016/17 is due yet")
        #expect(try period("2017-05-15") == ("2016/17", "Q4"))
    }

    @Test func tableIsTheDefaultFormat() throws {
        let plain = try csdash(Seed002.reportArguments)
        let table = try csdash(Seed002.reportArguments + ["--format", "table"])
        #expect(plain.status == 0)
        #expect(plain.stdout == table.stdout)
        #expect(plain.stdout.contains("Table 1"))
    }

    @Test func markdown() throws {
        let result = try csdash(Seed002.reportArguments + ["--format", "markdown"])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.first == "## West Midlands Police and Crime Commissioner: community safety 2016/17 at Q2, as of 2016-12-06")
        #expect(lines.contains("### Table 1") && lines.contains("### Table 2"))
        #expect(lines.contains { $0.hasPrefix("| Birmingham CC | £1,873,187 | £0 | £1,873,187 | £1,630,367 | £242,820 | 87% |") })
        #expect(lines.contains { $0.hasPrefix("| Wolverhampton CC | £369,371 | £168,638 | £538,009 | £538,010 | -£1 | 100% |") })
        #expect(lines.contains { $0.hasPrefix("| **Total** | £3,863,308 | £431,174 | £4,294,482 | £3,946,008 | £348,474 |") })
        #expect(lines.contains { $0.hasPrefix("| **Total** | £3,863,308 | £431,174 | £4,294,482 | £694,101 | £1,527,722 |") })
        #expect(lines.contains { $0.hasPrefix("|---|") && $0.contains("---:|") })
    }

    @Test func csv() throws {
        let result = try csdash(Seed002.reportArguments + ["--format", "csv"])
        #expect(result.status == 0, "\(result)")
        guard case .success(let records) = CSVReader.records(from: Array(result.stdout.utf8)) else {
            Issue.record("csv output does not tokenize: \(result)")
            return
        }
        let header = try #require(records.first).fields.map(\.value)
        let rows = records.dropFirst().map { record in
            Dictionary(uniqueKeysWithValues: zip(header, record.fields.map(\.value)))
        }
        #expect(rows.count == 8, "seven areas and a total")
        for expected in Seed002.rows {
            let row = try #require(rows.first { $0["area_id"] == expected.areaID })
            #expect(row["name"] == expected.name)
            #expect(row["allocation"] == "\(expected.allocation)")
            #expect(row["carry_forward"] == "\(expected.carryForward)")
            #expect(row["total"] == "\(expected.total)")
            #expect(row["planned"] == "\(expected.planned)")
            #expect(row["remainder"] == "\(expected.remainder)")
            #expect(row["pct_allocated"] == "\(expected.percentAllocated)")
            #expect(row["spend_Q1"] == "\(expected.spendQ1)")
            #expect(row["spend_Q2"] == "\(expected.spendQ2)")
            #expect(row["spend_Q3"] == "")
            #expect(row["pct_spend"] == "\(expected.percentSpend)")
            #expect(row["carried_from"] == (expected.carriedFrom ?? ""))
            #expect(row["comment"] == expected.comment)
        }
        let total = try #require(rows.last)
        #expect(total["name"] == "Total")
        #expect(total["allocation"] == "3863308" && total["planned"] == "3946008" && total["remainder"] == "348474")
        #expect(total["spend_Q1"] == "694101" && total["spend_Q2"] == "1527722")
    }

    @Test func westMerciaIn2023() throws {
        let result = try csdash("report", "sample-data", "--funder", "west-mercia", "--year", "2023/24", "--format", "json")
        let root = try #require(try jsonObject(result) as? [String: Any])
        #expect(root["year"] as? String == "2023/24")
        let funders = try #require(root["funders"] as? [[String: Any]])
        #expect(funders.map { $0["funder_id"] as? String } == ["west-mercia"])
        let areas = try #require(funders.first?["areas"] as? [[String: Any]])
        #expect(areas.map { $0["area_id"] as? String } == ["herefordshire", "shropshire", "telford-wrekin", "worcestershire", "worcs-districts"])
        #expect(areas.map { $0["name"] as? String } == ["Herefordshire", "Shropshire", "Telford & Wrekin", "Worcestershire", "Worcestershire district councils"])
        let totals = try #require(funders.first?["totals"] as? [String: Any])
        #expect(number(totals["allocation"]) == 1_100_000)
    }

    @Test func westMerciaTableListsItsAreas() throws {
        let result = try csdash("report", "sample-data", "--funder", "west-mercia", "--year", "2023/24", "--as-of", "2024-06-01")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("West Mercia Police and Crime Commissioner: community safety 2023/24 at Q4, as of 2024-06-01"))
        for name in ["Herefordshire", "Shropshire", "Telford & Wrekin", "Worcestershire", "Worcestershire district councils"] {
            #expect(result.stdout.contains("\n\(name) "), "\(name)")
        }
        #expect(!result.stdout.contains("Birmingham"))
    }

    @Test func funderFilterKeepsOneFunder() throws {
        let result = try csdash(Seed002.reportArguments + ["--funder", "west-midlands", "--format", "json"])
        let root = try #require(try jsonObject(result) as? [String: Any])
        #expect((root["funders"] as? [[String: Any]])?.count == 1)
    }

    @Test func aYearNobodyAllocatesIsAnEmptyReport() throws {
        let result = try csdash("report", "sample-data", "--year", "2019/20", "--as-of", "2020-06-01", "--format", "json")
        let root = try #require(try jsonObject(result) as? [String: Any])
        #expect((root["funders"] as? [Any])?.isEmpty == true)
    }
}
