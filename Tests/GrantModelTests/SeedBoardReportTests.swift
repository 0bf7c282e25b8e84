import Testing
import GrantModel

/// Seed 002: the West Midlands Strategic Policing and Crime Board report of 6 December 2016,
/// "Community Safety Grant 2016-17", Tables 1 and 2 at the end of Quarter 2.
@Suite("Seed 002: West Midlands board tables, 2016/17 Q2, as of 6 December 2016")
struct SeedBoardReportTests {
    static let year = FinancialYear(startYear: 2016)
    static let asOf = Day(year: 2016, month: 12, day: 6)!

    /// (area id, name, allocation, carry forward, Q1 spend, Q2 planned, Q2 spend); Solihull has no Q2 return.
    static let rows: [(AreaID, String, Int64, Int64, Int64, Int64?, Int64?)] = [
        ("birmingham", "Birmingham CC", 1_873_187, 0, 275_109, 1_630_367, 508_449),
        ("coventry", "Coventry CC", 409_728, 102_504, 27_531, 492_478, 242_941),
        ("dudley", "Dudley MBC", 297_273, 22_505, 58_291, 295_842, 158_183),
        ("sandwell", "Sandwell MBC", 397_643, 85_248, 80_914, 459_090, 209_170),
        ("solihull", "Solihull MBC", 214_454, 0, 133_454, nil, nil),
        ("walsall", "Walsall MBC", 301_652, 52_279, 71_533, 315_767, 131_435),
        ("wolverhampton", "Wolverhampton CC", 369_371, 168_638, 47_269, 538_010, 144_090),
    ]

    static let grants: Grants = {
        var returns: [MonitoringReturn] = []
        for (id, _, _, _, q1Spend, q2Planned, q2Spend) in rows {
            // The seeds give no Q1 planned figures, except Solihull's, whose Q1 figures stand for Q2.
            let q1Planned: Money? = id == "solihull" ? Money(pounds: 214_454) : nil
            returns.append(MonitoringReturn(areaID: id, year: year, quarter: .q1, received: Day(year: 2016, month: 7, day: 28)!,
                                            planned: q1Planned, spend: Money(pounds: q1Spend)))
            if let q2Planned, let q2Spend {
                returns.append(MonitoringReturn(areaID: id, year: year, quarter: .q2, received: Day(year: 2016, month: 10, day: 27)!,
                                                planned: Money(pounds: q2Planned), spend: Money(pounds: q2Spend)))
            }
        }
        return Grants(
            funders: [Funder(id: "wm", name: "West Midlands PCC", currency: .gbp, returnDueDays: 30)],
            areas: rows.map { Area(id: $0.0, funderID: "wm", name: $0.1, kind: .csp) },
            allocations: rows.map { Allocation(areaID: $0.0, year: year, allocation: Money(pounds: $0.2),
                                               carryForward: Money(pounds: $0.3)) },
            returns: returns)
    }()

    /// The report the board saw, reached through the contract's defaults.
    func report() throws -> FunderReport {
        let period = Self.grants.defaultPeriod(asOf: Self.asOf)
        #expect(period == ReportPeriod(year: Self.year, quarter: .q2, asOf: Self.asOf))
        return try #require(Self.grants.report(for: "wm", in: period))
    }

    private func money(_ value: Money?) -> String { value?.formatted() ?? "?" }
    private func percent(_ value: Int?) -> String { value.map { "\($0)%" } ?? "" }

    /// Table 1 of seed 002, verbatim (tab separated).
    static let table1 = """
        Birmingham CC\t£1,873,187\t£0\t£1,873,187\t£1,630,367\t£242,820\t87%\t
        Coventry CC\t£409,728\t£102,504\t£512,232\t£492,478\t£19,754\t96%\t
        Dudley MBC\t£297,273\t£22,505\t£319,778\t£295,842\t£23,936\t93%\t
        Sandwell MBC\t£397,643\t£85,248\t£482,891\t£459,090\t£23,801\t95%\t
        Solihull MBC\t£214,454\t£0\t£214,454\t£214,454\t£0\t100%\tQ2 report has not been received, Q1 figures have therefore been used for Q2
        Walsall MBC\t£301,652\t£52,279\t£353,931\t£315,767\t£38,164\t89%\t
        Wolverhampton CC\t£369,371\t£168,638\t£538,009\t£538,010\t-£1\t100%\t
        Total\t£3,863,308\t£431,174\t£4,294,482\t£3,946,008\t£348,474\t\t
        """

    /// Table 2 of seed 002, verbatim (tab separated).
    static let table2 = """
        Birmingham CC\t£1,873,187\t£0\t£1,873,187\t£275,109\t£508,449\t27%\t
        Coventry CC\t£409,728\t£102,504\t£512,232\t£27,531\t£242,941\t47%\t
        Dudley MBC\t£297,273\t£22,505\t£319,778\t£58,291\t£158,183\t49%\t
        Sandwell MBC\t£397,643\t£85,248\t£482,891\t£80,914\t£209,170\t43%\t
        Solihull MBC\t£214,454\t£0\t£214,454\t£133,454\t£133,454\t62%\tQ2 report has not been received, Q1 figures have therefore been used for Q2
        Walsall MBC\t£301,652\t£52,279\t£353,931\t£71,533\t£131,435\t37%\t
        Wolverhampton CC\t£369,371\t£168,638\t£538,009\t£47,269\t£144,090\t27%\t
        Total\t£3,863,308\t£431,174\t£4,294,482\t£694,101\t£1,527,722\t\t
        """

    @Test("every cell of Table 1: allocation, carry forward, total, planned, remainder, % allocated, comment")
    func table1() throws {
        let report = try report()
        var lines = report.positions.map { p in
            [p.area.name, money(p.allocation.allocation), money(p.allocation.carryForward), money(p.total),
             money(p.planned), money(p.remainder), percent(p.percentAllocated), p.comment].joined(separator: "\t")
        }
        let t = report.totals
        lines.append(["Total", money(t.allocation), money(t.carryForward), money(t.total), money(t.planned),
                      money(t.remainder), "", ""].joined(separator: "\t"))
        let expected = Self.table1.split(separator: "\n").map(String.init)
        #expect(lines.count == expected.count)
        for (line, want) in zip(lines, expected) { #expect(line == want) }
    }

    @Test("every cell of Table 2: allocation, carry forward, total, Q1 and Q2 spend, % spend, comment")
    func table2() throws {
        let report = try report()
        var lines = report.positions.map { p in
            [p.area.name, money(p.allocation.allocation), money(p.allocation.carryForward), money(p.total),
             money(p.spendByQuarter[.q1]), money(p.spendByQuarter[.q2]), percent(p.percentSpend), p.comment]
                .joined(separator: "\t")
        }
        let t = report.totals
        lines.append(["Total", money(t.allocation), money(t.carryForward), money(t.total), money(t.spendByQuarter[.q1]),
                      money(t.spendByQuarter[.q2]), "", ""].joined(separator: "\t"))
        let expected = Self.table2.split(separator: "\n").map(String.init)
        #expect(lines.count == expected.count)
        for (line, want) in zip(lines, expected) { #expect(line == want) }
    }

    @Test("the totals row as values")
    func totals() throws {
        let totals = try report().totals
        #expect(totals.allocation == Money(pounds: 3_863_308))
        #expect(totals.carryForward == Money(pounds: 431_174))
        #expect(totals.total == Money(pounds: 4_294_482))
        #expect(totals.planned == Money(pounds: 3_946_008))
        #expect(totals.remainder == Money(pounds: 348_474))
        #expect(totals.spendByQuarter[.q1] == Money(pounds: 694_101))
        #expect(totals.spendByQuarter[.q2] == Money(pounds: 1_527_722))
        #expect(totals.spend == Money(pounds: 1_527_722))
        #expect(totals.spendByQuarter[.q3] == nil)
    }

    @Test("the areas as values: percentages, sources and the Solihull carry")
    func positions() throws {
        let positions = try report().positions
        #expect(positions.map(\.area.id) == Self.rows.map(\.0))
        #expect(positions.map(\.percentAllocated) == [87, 96, 93, 95, 100, 89, 100])
        #expect(positions.map(\.percentSpend) == [27, 47, 49, 43, 62, 37, 27])
        #expect(positions.map(\.remainder) == [242_820, 19_754, 23_936, 23_801, 0, 38_164, -1].map(Money.init(pounds:)))
        let solihull = positions[4]
        #expect(solihull.figures == Figures(planned: Money(pounds: 214_454), spend: Money(pounds: 133_454), source: .carried(from: .q1)))
        #expect(solihull.figures.carriedFrom == .q1)
        #expect(positions.filter { $0.area.id != "solihull" }.allSatisfy { $0.figures.source == .received })
        #expect(positions.allSatisfy { $0.spendByQuarter.keys.sorted() == [.q1, .q2] })
    }

    @Test("return statuses on the board date: Solihull's Q2 is 37 days overdue and withholds payment")
    func statuses() throws {
        let report = try report()
        for p in report.positions {
            #expect(p.statuses[.q1] == .received)
            #expect(p.statuses[.q2] == (p.area.id == "solihull" ? .overdue(days: 37) : .received))
            #expect(p.statuses[.q3] == .notDue)
            #expect(p.statuses[.q4] == .notDue)
            #expect(p.isPaymentWithheld == (p.area.id == "solihull"))
        }
        #expect(report.outstandingCount == 1)
        let outstanding = Self.grants.returnRows(asOf: Self.asOf).filter(\.status.isOutstanding)
        #expect(outstanding.map { "\($0.area.id) \($0.quarter)" } == ["solihull Q2"])
        #expect(outstanding.first?.due == Day(year: 2016, month: 10, day: 30))
    }

    @Test("behind profile at Q2 (below 40%): Birmingham, Walsall, Wolverhampton")
    func behindProfile() throws {
        let behind = try report().positions.filter(\.isBehindProfile).map(\.area.id)
        #expect(behind == ["birmingham", "walsall", "wolverhampton"])
    }

    @Test("Table 2's Q1 column is the Q1 report seen on its own")
    func q1Report() throws {
        let report = try #require(Self.grants.report(for: "wm", in: ReportPeriod(year: Self.year, quarter: .q1, asOf: Self.asOf)))
        #expect(report.positions.map { $0.spend } == Self.rows.map { Money(pounds: $0.4) })
        #expect(report.positions.allSatisfy { $0.comment.isEmpty })
        #expect(report.totals.spend == Money(pounds: 694_101))
        #expect(report.totals.planned == nil)   // only Solihull stated a Q1 planned figure
    }
}
