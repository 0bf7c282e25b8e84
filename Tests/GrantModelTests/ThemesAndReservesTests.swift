import Testing
import GrantModel

/// Seed 002 paragraph 16: "4/7 allocate funding to Domestic Abuse c£500k" ... as counts of areas
/// and budget totals per theme.
@Suite("Themes: areas and budgets per theme")
struct ThemesTests {
    static let year = FinancialYear(startYear: 2015)
    static let areaIDs = ["b", "c", "d", "s", "so", "w", "wo"]

    static func project(_ area: AreaID, _ id: String, _ theme: String, _ pounds: Int64, spend: Int64? = nil,
                        year: FinancialYear = year) -> Project {
        Project(areaID: area, year: year, projectID: id, title: id, theme: theme, budget: Money(pounds: pounds),
                spend: spend.map(Money.init(pounds:)))
    }

    static let grants = Grants(
        funders: [Funder(id: "wm", name: "WM", returnDueDays: 30), Funder(id: "x", name: "X", returnDueDays: 30)],
        areas: areaIDs.map { Area(id: $0, funderID: "wm", name: $0.uppercased()) } + [Area(id: "x1", funderID: "x", name: "X1")],
        allocations: areaIDs.map { Allocation(areaID: $0, year: year, allocation: Money(pounds: 1_000_000)) }
            + [Allocation(areaID: "x1", year: year, allocation: Money(pounds: 1))],
        returns: [],
        projects: [
            project("b", "DA", "Domestic Abuse", 250_000, spend: 10),
            project("c", "DA", "Domestic Abuse", 90_000, spend: 20),
            project("s", "DA", "Domestic Abuse", 85_000, spend: 30),
            project("wo", "DA", "Domestic Abuse", 60_000, spend: 40),
            // A second Domestic Abuse project in Wolverhampton: one more project, not one more area.
            project("wo", "DA2", "Domestic Abuse", 15_000, spend: 50),
            project("b", "SM", "Substance misuse", 200_000),
            project("d", "SM", "Substance misuse", 60_000, spend: 1),
            project("so", "SM", "Substance misuse", 60_000),
            project("w", "SM", "Substance misuse", 80_000),
            // Another funder, and another year: neither counts.
            project("x1", "DA", "Domestic Abuse", 1),
            project("b", "DA17", "Domestic Abuse", 999, year: FinancialYear(startYear: 2017)),
        ])

    @Test("4/7 Domestic Abuse £500,000 in five projects; 4/7 substance misuse £400,000")
    func countsAndTotals() throws {
        let (themes, areasInYear) = Self.grants.themes(for: "wm", in: Self.year)
        #expect(areasInYear == 7)
        #expect(themes.map(\.theme) == ["Domestic Abuse", "Substance misuse"], "largest budget first")
        let abuse = themes[0], misuse = themes[1]
        #expect(abuse.areaIDs == ["b", "c", "s", "wo"])
        #expect(abuse.budget == Money(pounds: 500_000))
        #expect(abuse.projectCount == 5)
        #expect(abuse.spend == Money(pounds: 150))
        #expect(misuse.areaIDs.count == 4)
        #expect(misuse.budget == Money(pounds: 400_000))
        #expect(misuse.spend == nil, "some projects state no spend: the sum is unknown")
    }

    @Test("equal budgets are ordered by theme name; a year with no projects has no themes")
    func orderAndEmptyYear() throws {
        let grants = Grants(
            funders: [Funder(id: "wm", name: "WM", returnDueDays: 30)],
            areas: [Area(id: "a", funderID: "wm", name: "A")],
            allocations: [Allocation(areaID: "a", year: Self.year, allocation: Money(pounds: 10))],
            returns: [],
            projects: [Self.project("a", "2", "Youth", 5), Self.project("a", "1", "Adults", 5)])
        #expect(grants.themes(for: "wm", in: Self.year).themes.map(\.theme) == ["Adults", "Youth"])
        let empty = grants.themes(for: "wm", in: FinancialYear(startYear: 2020))
        #expect(empty.themes.isEmpty && empty.areasInYear == 0)
    }
}

/// Seed 000: "There is £1,057k available in the budget equalisation reserve", and PCC/D/2023/18
/// releases £200,000 from it.
@Suite("ReserveBalance: a reserve less the decisions drawn on it")
struct ReserveBalanceTests {
    static let reserve = Reserve(funderID: "west-mercia", name: "Budget equalisation reserve",
                                 balance: Money(pounds: 1_057_000), asOf: Day(year: 2023, month: 6, day: 8)!)

    static func decision(_ ref: String, _ pounds: Int64, source: String, funder: FunderID = "west-mercia") -> Decision {
        Decision(ref: ref, funderID: funder, date: Day(year: 2023, month: 6, day: 13)!, title: ref,
                 amount: Money(pounds: pounds), firstYear: FinancialYear(startYear: 2023), years: 2, source: source)
    }

    static func grants(_ decisions: [Decision]) -> Grants {
        Grants(funders: [Funder(id: "west-mercia", name: "West Mercia PCC", returnDueDays: 30),
                         Funder(id: "west-midlands", name: "West Midlands PCC", returnDueDays: 30)],
               areas: [], allocations: [], returns: [], decisions: decisions, reserves: [reserve])
    }

    @Test("£1,057,000 less PCC/D/2023/18's £200,000 leaves £857,000")
    func seed000() throws {
        let balances = Self.grants([Self.decision("PCC/D/2023/18", 200_000, source: "Budget equalisation reserve"),
                                    Self.decision("PCC/D/2021/06", 500_000, source: "Revenue budget")])
            .reserveBalances(for: "west-mercia")
        let balance = try #require(balances.first)
        #expect(balances.count == 1)
        #expect(balance.decisions.map(\.ref) == ["PCC/D/2023/18"], "the revenue-budget decision draws on no reserve")
        #expect(balance.committed == Money(pounds: 200_000), "the whole commitment, both years")
        #expect(balance.remaining == Money(pounds: 857_000))
    }

    @Test("the source matches the reserve's name whatever its case and surrounding spaces")
    func sourceMatching() throws {
        let balance = try #require(Self.grants([Self.decision("A", 100, source: "  budget EQUALISATION reserve ")])
            .reserveBalances(for: "west-mercia").first)
        #expect(balance.remaining == Money(pounds: 1_056_900))
    }

    @Test("another funder's decision naming the same reserve does not draw on it")
    func otherFunder() throws {
        let balance = try #require(Self.grants([Self.decision("B", 100, source: "Budget equalisation reserve", funder: "west-midlands")])
            .reserveBalances(for: "west-mercia").first)
        #expect(balance.decisions.isEmpty)
        #expect(balance.remaining == Money(pounds: 1_057_000))
        #expect(Self.grants([]).reserveBalances(for: "west-midlands").isEmpty)
    }

    @Test("committing more than the balance leaves a negative remainder")
    func overcommitted() throws {
        let balance = try #require(Self.grants([Self.decision("C", 1_000_000, source: "Budget equalisation reserve"),
                                                Self.decision("D", 100_000, source: "Budget equalisation reserve")])
            .reserveBalances(for: "west-mercia").first)
        #expect(balance.remaining == Money(pounds: -43_000))
        #expect(balance.remaining.isNegative)
    }
}
