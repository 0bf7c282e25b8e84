import Testing
import GrantModel

/// Seed 001 (2015/16 allocations) to seed 002 (2016/17): the PCC's 25% cut for every West
/// Midlands CSP (seed 004 para 3.1: "a 25% reduction in grant allocations across the seven").
@Suite("YearOnYear: allocations year by year, seed 001 to seed 002")
struct YearOnYearTests {
    /// (area, 2015/16 allocation from seed 001, 2016/17 allocation and 2015/16 carry forward from seed 002)
    static let rows: [(AreaID, Int64, Int64, Int64)] = [
        ("birmingham", 2_497_583, 1_873_187, 0),
        ("coventry", 546_304, 409_728, 102_504),
        ("dudley", 396_364, 297_273, 22_505),
        ("sandwell", 530_190, 397_643, 85_248),
        ("solihull", 285_938, 214_454, 0),
        ("walsall", 402_203, 301_652, 52_279),
        ("wolverhampton", 492_495, 369_371, 168_638),
    ]

    static let grants: Grants = {
        let first = FinancialYear(startYear: 2015), second = FinancialYear(startYear: 2016)
        return Grants(
            funders: [Funder(id: "wm", name: "West Midlands PCC", returnDueDays: 30),
                      Funder(id: "other", name: "Elsewhere", returnDueDays: 30)],
            areas: rows.map { Area(id: $0.0, funderID: "wm", name: $0.0, kind: .csp) }
                + [Area(id: "elsewhere", funderID: "other", name: "Elsewhere"), Area(id: "unfunded", funderID: "wm", name: "Unfunded")],
            allocations: rows.flatMap { row in
                [Allocation(areaID: row.0, year: first, allocation: Money(pounds: row.1)),
                 Allocation(areaID: row.0, year: second, allocation: Money(pounds: row.2), carryForward: Money(pounds: row.3))]
            } + [Allocation(areaID: "elsewhere", year: second, allocation: Money(pounds: 5))],
            returns: [])
    }()

    @Test("every West Midlands CSP: -25% from 2015/16 to 2016/17")
    func twentyFivePercentCut() throws {
        let table = Self.grants.yearOnYear(for: "wm")
        #expect(table.map(\.area.id) == Self.rows.map(\.0), "areas with an allocation, in areas.csv order")
        for entry in table {
            #expect(entry.rows.map(\.year) == [FinancialYear(startYear: 2015), FinancialYear(startYear: 2016)])
            #expect(entry.rows[1].changePercent == -25, "\(entry.area.id)")
        }
    }

    @Test("Birmingham: £2,497,583 to £1,873,187 is -£624,396")
    func birmingham() throws {
        let birmingham = try #require(Self.grants.yearOnYear(for: "wm").first { $0.area.id == "birmingham" })
        let first = birmingham.rows[0], second = birmingham.rows[1]
        #expect(first.allocation == Money(pounds: 2_497_583))
        #expect(first.change == nil && first.changePercent == nil, "no year before the first")
        #expect(second.allocation == Money(pounds: 1_873_187))
        #expect(second.change == Money(pounds: -624_396))
    }

    @Test("every change is the exact difference of the two allocations")
    func exactChanges() throws {
        for entry in Self.grants.yearOnYear(for: "wm") {
            let row = try #require(Self.rows.first { $0.0 == entry.area.id })
            #expect(entry.rows[1].change == Money(pounds: row.2 - row.1), "\(entry.area.id)")
        }
    }

    @Test("the carry forward into the next year is that year's carry_forward (Coventry £102,504)")
    func carriedIntoNextYear() throws {
        let table = Self.grants.yearOnYear(for: "wm")
        let coventry = try #require(table.first { $0.area.id == "coventry" })
        #expect(coventry.rows[0].carriedIntoNextYear == Money(pounds: 102_504))
        #expect(coventry.rows[1].carryForward == Money(pounds: 102_504))
        #expect(coventry.rows[1].carriedIntoNextYear == nil, "2017/18 is not in the data")
        let carried = table.compactMap { $0.rows[0].carriedIntoNextYear }.sum()
        #expect(carried == Money(pounds: 431_174), "seed 002 Table 1's carry forward total")
    }

    @Test("another funder's areas are not listed; a year with no previous allocation has no change")
    func otherFunderAndGaps() throws {
        let other = Self.grants.yearOnYear(for: "other")
        #expect(other.map(\.area.id) == ["elsewhere"])
        #expect(other[0].rows.map(\.year) == [FinancialYear(startYear: 2016)])
        #expect(other[0].rows[0].change == nil)
    }

    @Test("an empty carry_forward is unknown, not £0; a stated £0 is £0; the first year's is kept")
    func unknownCarryForward() throws {
        let birmingham = try #require(Self.grants.yearOnYear(for: "wm").first { $0.area.id == "birmingham" })
        #expect(birmingham.rows[0].carryForward == nil, "2015/16's carry_forward is empty")
        #expect(birmingham.rows[1].carryForward == .zero, "2016/17's is a stated 0")
        #expect(birmingham.rows[0].carriedIntoNextYear == .zero)
        let other = try #require(Self.grants.yearOnYear(for: "other").first)
        #expect(other.rows[0].carryForward == nil)
        let stated = Grants(funders: [Funder(id: "f", name: "F", returnDueDays: 30)], areas: [Area(id: "a", funderID: "f", name: "A")],
                            allocations: [Allocation(areaID: "a", year: fy("2016/17"), allocation: Money(pounds: 300_000),
                                                     carryForward: Money(pence: 4_045_050))], returns: [])
        #expect(stated.yearOnYear(for: "f").first?.rows.first?.carryForward == Money(pence: 4_045_050),
                "a carry forward into the first year of the data")
    }

    @Test("a change that rounds to 0% shows one decimal, or <0.1%; a huge one >999%", arguments: [
        (Int64(36_937_100), Int64(36_900_000), "-0.1%"),   // Wolverhampton 2016/17 to 2017/18: -£371
        (Int64(100_000), Int64(100_060), "+0.1%"),
        (Int64(100_000_000), Int64(100_000_001), "<0.1%"),
        (Int64(100_000), Int64(75_000), "-25%"),
        (Int64(100_000), Int64(100_000), "0%"),
        (Int64(1), Int64(99_999_999_999_999_999), ">999%"),
    ])
    func changeText(before: Int64, after: Int64, text: String) throws {
        let grants = Grants(funders: [Funder(id: "f", name: "F", returnDueDays: 30)], areas: [Area(id: "a", funderID: "f", name: "A")],
                            allocations: [Allocation(areaID: "a", year: fy("2016/17"), allocation: Money(pence: before)),
                                          Allocation(areaID: "a", year: fy("2017/18"), allocation: Money(pence: after))], returns: [])
        #expect(grants.yearOnYear(for: "f").first?.rows[1].changePercentText == text)
    }
}
