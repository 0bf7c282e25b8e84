import Foundation
import GrantModel
import GrantStore
import Testing

/// Validation and import stay linear: folders far larger than any real one load and merge within
/// the time limit, where a quadratic or cubic step would take hours. (How long they take is a
/// figure for `make bench`'s growth table, not for a test.)
struct LinearGrowthTests {
    /// One funder, `count` areas each part of the one before (the first part of the last: a cycle).
    static func chain(_ count: Int, cycle: Bool) throws -> DataFolderFixture {
        var areas = "area_id,funder_id,name,kind,part_of,notes\n"
        for index in 0..<count {
            let parent = index > 0 ? "a\(index - 1)" : (cycle ? "a\(count - 1)" : "")
            areas += "a\(index),wm,Area \(index),csp,\(parent),\n"
        }
        return try DataFolderFixture([.replace("areas.csv", areas), .replace("allocations.csv", "area_id,year,allocation\n"),
                                      .replace("returns.csv", "area_id,year,quarter\n"), .remove("projects.csv"), .remove("decisions.csv")])
    }

    @Test(.timeLimit(.minutes(1)))
    func aChainOfFiftyThousandAreasIsCheckedInLinearTime() throws {
        let loaded = try Self.chain(50_000, cycle: false).load()
        #expect(loaded.errors.isEmpty, "\(loaded.errors.prefix(3))")
        #expect(loaded.grants?.areas.count == 50_000)
    }

    @Test(.timeLimit(.minutes(1)))
    func aCycleOfFiftyThousandAreasIsReportedOnce() throws {
        let loaded = try Self.chain(50_000, cycle: true).load()
        #expect(loaded.errors.count == 1)
        let message = loaded.errors.first?.message ?? ""
        #expect(message.hasPrefix("part_of forms a cycle: a0 → a49999 → a49998 → "), "\(message.prefix(80))")
        #expect(message.contains("a1 → a0; an area cannot be part of itself"))
    }

    @Test func cyclesAreReportedAtTheirFirstRowsInFileOrder() throws {
        let folder = try DataFolderFixture([.replace("areas.csv", """
            area_id,funder_id,name,kind,part_of,notes
            tail,wm,Tail,csp,y,
            x,wm,X,csp,y,
            bham,wm,Birmingham,csp,solihull,
            y,wm,Y,csp,x,
            solihull,wm,Solihull,csp,bham,

            """)])
        let messages = try folder.load().errors.map(\.message).filter { $0.hasPrefix("part_of forms a cycle") }
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.first?.contains("x → y → x") == true && messages.last?.contains("bham → solihull → bham") == true, "\(messages)")
    }

    /// 2,000 areas with five years of allocations; a file of all their 40,000 returns.
    @Test(.timeLimit(.minutes(1)))
    func anImportOfFortyThousandRowsIsMergedInLinearTime() throws {
        let areaCount = 2_000
        var areas = "area_id,funder_id,name,kind,part_of,notes\n", allocations = "area_id,year,allocation\n"
        var file = "area_id,year,quarter,received,planned,spend\n"
        let received = ["07-20", "10-20", "01-20", "04-20"]
        for area in 0..<areaCount {
            areas += "a\(area),wm,Area \(area),csp,,\n"
            for start in 2015..<2020 {
                let year = FinancialYear(startYear: start)
                allocations += "a\(area),\(year),100000\n"
                for quarter in 0..<4 {
                    file += "a\(area),\(year),Q\(quarter + 1),\(quarter < 2 ? start : start + 1)-\(received[quarter]),50000,\(10_000 * (quarter + 1))\n"
                }
            }
        }
        let folder = try DataFolderFixture([.replace("areas.csv", areas), .replace("allocations.csv", allocations),
                                            .replace("returns.csv", "area_id,year,quarter,received,planned,spend\n"),
                                            .remove("projects.csv"), .remove("decisions.csv")])
        try folder.write("import.csv", file)
        let grants = try #require(try folder.load().grants)
        var warnings: [Diagnostic] = []
        let edits = try ReturnFile.edits(from: folder.path + "/import.csv", for: grants, today: Day(year: 2026, month: 12, day: 4)!, warnings: &warnings)
        let outcome = try ReturnsWriter.apply(edits, to: folder.path, command: "import", dryRun: true)
        #expect(outcome.changes.count == areaCount * 20 * 3)
        #expect(outcome.folder.grants?.returns.count == areaCount * 20)
    }
}
