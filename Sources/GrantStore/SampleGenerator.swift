import GrantModel

/// A made-up data folder at national scale, for benchmarks and for trying csdash on more than the
/// sample's fourteen areas: funders, their areas, a year's allocation per area, four quarterly
/// returns per area-year (some late, some not received), projects, a decision and a reserve per
/// funder.
///
/// Every value is a pure function of the configuration, the seed and the record's own indices (no
/// generator state is carried from one file to the next), so the same configuration gives the
/// same bytes on every run and every machine, and each file can be made on its own. The figures
/// obey every rule of format v1 and raise no warning: spend is cumulative and never falls, and
/// neither planned nor spend passes the year's total allocation.
public struct SampleGenerator: Sendable {
    public struct Configuration: Hashable, Sendable {
        public var funders = 43
        public var areas = 300
        public var years = 10
        public var projectsPerAreaYear = 40
        /// Multiplies funders and areas: 4 is four nations' worth of the same shape.
        public var scale = 1
        public var seed: UInt64 = 1
        public var firstYear = FinancialYear(startYear: 2015)

        public init() {}

        public var funderCount: Int { funders * scale }
        public var areaCount: Int { areas * scale }
        public var lastYear: FinancialYear { FinancialYear(startYear: firstYear.startYear + years - 1) }

        /// The day the data stands at: 6 December of the last year. Returns of quarters that have
        /// not ended by then are not received; every received date is on or before it.
        public var dataDate: Day { Day(year: lastYear.startYear, month: 12, day: 6)! }

        /// Why the configuration cannot make a folder, or nil.
        public var problem: String? {
            if funders < 1 { return "--funders must be at least 1" }
            if areas < funders { return "--areas must be at least --funders (every funder has an area)" }
            if !(1...50).contains(years) { return "--years must be from 1 to 50" }
            if !(0...999).contains(projectsPerAreaYear) { return "--projects must be from 0 to 999" }
            if !(1...1000).contains(scale) { return "--scale must be from 1 to 1000" }
            if !(1900...2900).contains(firstYear.startYear) { return "--first-year must be from 1900/01 to 2900/01" }
            return nil
        }
    }

    public let configuration: Configuration
    /// The funder index of each area, areas in areas.csv order (each funder's areas together).
    private let funderOfArea: [Int]
    /// The index of each funder's first area.
    private let firstAreaOfFunder: [Int]

    public init(_ configuration: Configuration) {
        precondition(configuration.problem == nil, configuration.problem ?? "")
        self.configuration = configuration
        funderOfArea = SampleGenerator.splitAreas(configuration)
        var firsts = [Int](repeating: 0, count: configuration.funderCount)
        for area in funderOfArea.indices.reversed() { firsts[funderOfArea[area]] = area }
        firstAreaOfFunder = firsts
    }

    public static let fileNames = ["funders.csv", "areas.csv", "allocations.csv", "returns.csv",
                                   "projects.csv", "decisions.csv", "reserves.csv"]

    /// The bytes of one file of the folder (a name from `fileNames`).
    public func file(_ name: String) -> [UInt8] {
        var writer = CSVWriter()
        switch name {
        case "funders.csv": writeFunders(&writer)
        case "areas.csv": writeAreas(&writer)
        case "allocations.csv": writeAllocations(&writer)
        case "returns.csv": writeReturns(&writer)
        case "projects.csv": writeProjects(&writer)
        case "decisions.csv": writeDecisions(&writer)
        case "reserves.csv": writeReserves(&writer)
        default: preconditionFailure("\(name) is not a file of the folder")
        }
        return writer.bytes
    }

    /// The first funder's first area: what the dashboard opens on.
    public var firstAreaName: String { areaName(0) }

    // MARK: - Shape

    /// Funders get different numbers of areas (weights 1 to 8), each at least one, in funder order.
    private static func splitAreas(_ configuration: Configuration) -> [Int] {
        let funders = configuration.funderCount, spare = configuration.areaCount - funders
        let weights = (0..<funders).map { Int(1 + SampleRandom.value(configuration.seed, 1, $0) % 8) }
        let weightSum = weights.reduce(0, +)
        var sizes = weights.map { 1 + spare * $0 / weightSum }
        var short = configuration.areaCount - sizes.reduce(0, +)
        var index = 0
        while short > 0 {
            sizes[index % funders] += 1
            short -= 1
            index += 1
        }
        return sizes.enumerated().flatMap { funder, size in Array(repeating: funder, count: size) }
    }

    private var yearIndices: Range<Int> { 0..<configuration.years }

    private func year(_ index: Int) -> FinancialYear {
        FinancialYear(startYear: configuration.firstYear.startYear + index)
    }

    private func random(_ tag: UInt64, _ a: Int, _ b: Int = 0, _ c: Int = 0, _ d: Int = 0) -> UInt64 {
        SampleRandom.value(configuration.seed, tag, a, b, c, d)
    }

    /// A whole number in `range`, drawn from the record's own indices.
    private func draw(_ range: ClosedRange<Int>, _ tag: UInt64, _ a: Int, _ b: Int = 0, _ c: Int = 0, _ d: Int = 0) -> Int {
        range.lowerBound + Int(random(tag, a, b, c, d) % UInt64(range.count))
    }

    // MARK: - Funders, areas, decisions, reserves

    private func funderID(_ index: Int) -> String { SampleNames.slug(SampleNames.place(index, salt: 7)) + "-pcc" }
    private func funderName(_ index: Int) -> String { SampleNames.place(index, salt: 7) + " Police and Crime Commissioner" }
    private func dueDays(_ funder: Int) -> Int { [30, 30, 30, 28, 31, 42, 45, 60][draw(0...7, 2, funder)] }

    private func areaID(_ index: Int) -> String { SampleNames.slug(SampleNames.place(index, salt: 3)) }
    private func areaName(_ index: Int) -> String {
        SampleNames.place(index, salt: 3) + [" CSP", " CSP", " CSP", " Council", " LPA"][draw(0...4, 3, index)]
    }

    private func writeFunders(_ writer: inout CSVWriter) {
        writer.row(["funder_id", "name", "currency", "return_due_days", "notes"])
        for funder in 0..<configuration.funderCount {
            writer.row([funderID(funder), funderName(funder), "GBP", String(dueDays(funder)),
                        "Synthetic: made by csdash generate (seed \(configuration.seed)), not real figures"])
        }
    }

    private func writeAreas(_ writer: inout CSVWriter) {
        writer.row(["area_id", "funder_id", "name", "kind", "part_of", "contact", "notes"])
        for area in funderOfArea.indices {
            let kind = areaName(area).hasSuffix("Council") ? "council" : areaName(area).hasSuffix("LPA") ? "lpa" : "csp"
            // One area in fifteen is part of the one before it (never itself part of another), so
            // part_of chains are short and never cycle.
            let partOf = area % 15 == 7 && funderOfArea[area - 1] == funderOfArea[area] ? areaID(area - 1) : ""
            let contact = area % 4 == 0 ? "Community Safety Manager, \(areaID(area))@example.org" : ""
            writer.row([areaID(area), funderID(funderOfArea[area]), areaName(area), kind, partOf, contact, ""])
        }
    }

    /// The first area of each funder has a multi-year decision behind its allocations.
    private func decisionRef(_ funder: Int) -> String {
        "PCC/D/\(year(decisionFirstYear(funder)).startYear)/\(funder + 1)"
    }
    private func decisionFirstYear(_ funder: Int) -> Int { draw(0...max(0, configuration.years - 1), 4, funder) }
    private func decisionYears(_ funder: Int) -> Int { min(draw(1...3, 5, funder), configuration.years - decisionFirstYear(funder)) }
    private func firstArea(of funder: Int) -> Int { firstAreaOfFunder[funder] }

    private func writeDecisions(_ writer: inout CSVWriter) {
        writer.row(["decision_ref", "funder_id", "date", "title", "area_id", "amount", "first_year", "years",
                    "source", "match_funding", "match_partner", "notes"])
        for funder in 0..<configuration.funderCount {
            let area = firstArea(of: funder), first = decisionFirstYear(funder), years = decisionYears(funder)
            let amount = (first..<first + years).map { allocationPence(area, $0) }.reduce(0, +)
            let date = year(first).firstDay.adding(days: -draw(20...60, 6, funder))
            let match = funder % 3 == 0 ? SampleGenerator.money(amount / 2) : ""
            writer.row([decisionRef(funder), funderID(funder), date.description, "Community safety grant to \(areaName(area))",
                        areaID(area), SampleGenerator.money(amount), year(first).description, String(years),
                        "Police main grant", match, match.isEmpty ? "" : "\(SampleNames.place(funder, salt: 7)) County Council", ""])
        }
    }

    private func writeReserves(_ writer: inout CSVWriter) {
        writer.row(["funder_id", "reserve", "balance", "as_of", "notes"])
        for funder in 0..<configuration.funderCount {
            writer.row([funderID(funder), "Budget equalisation reserve", SampleGenerator.money(Int64(draw(200...3_000, 7, funder)) * 1_000_00),
                        configuration.dataDate.description, ""])
        }
    }

    // MARK: - Money

    /// Pence as format v1 money: `1873187` or `1873187.50`.
    private static func money(_ pence: Int64) -> String { Money(pence: pence).plainAmount() }

    /// An area's allocation in pence: a base of £100,000 to £2.5m, growing 0-4% a year.
    private func allocationPence(_ area: Int, _ yearIndex: Int) -> Int64 {
        var pounds = Int64(draw(100_000...2_500_000, 8, area))
        for index in 0..<yearIndex { pounds += pounds * Int64(draw(0...4, 9, area, index)) / 100 }
        return pounds * 100
    }

    /// Carried forward from last year: nothing in the first year, else 0-8% of the allocation.
    private func carryForwardPence(_ area: Int, _ yearIndex: Int) -> Int64? {
        guard yearIndex > 0 else { return nil }
        return allocationPence(area, yearIndex) * Int64(draw(0...8, 10, area, yearIndex)) / 100
    }

    private func totalPence(_ area: Int, _ yearIndex: Int) -> Int64 {
        allocationPence(area, yearIndex) + (carryForwardPence(area, yearIndex) ?? 0)
    }

    private func writeAllocations(_ writer: inout CSVWriter) {
        writer.row(["area_id", "year", "allocation", "carry_forward", "source", "decision_ref", "notes"])
        for area in funderOfArea.indices {
            let funder = funderOfArea[area]
            for index in yearIndices {
                let decided = area == firstArea(of: funder)
                    && (decisionFirstYear(funder)..<decisionFirstYear(funder) + decisionYears(funder)).contains(index)
                writer.row([areaID(area), year(index).description, SampleGenerator.money(allocationPence(area, index)),
                            carryForwardPence(area, index).map(SampleGenerator.money) ?? "", "Police main grant",
                            decided ? decisionRef(funder) : "", ""])
            }
        }
    }

    // MARK: - Returns

    /// Cumulative spend in basis points of the total at the end of `quarter` (1-4): 14-25% a
    /// quarter, so it never falls and never passes 100%.
    private func spendPoints(_ area: Int, _ yearIndex: Int, _ quarter: Int) -> Int64 {
        (1...quarter).reduce(0) { $0 + Int64(draw(1_400...2_500, 11, area, yearIndex, $1)) }
    }

    /// Cumulative planned, in basis points: ahead of spend, at most 100%.
    private func plannedPoints(_ area: Int, _ yearIndex: Int, _ quarter: Int) -> Int64 {
        min(10_000, spendPoints(area, yearIndex, quarter) + Int64(draw(1_000...4_000, 12, area, yearIndex, quarter)))
    }

    /// When the return came in, or nil: 3% never sent, 12% late, the rest on time; none after the
    /// data date (a quarter that has not ended by then has no return yet).
    private func received(_ area: Int, _ yearIndex: Int, _ quarter: Quarter) -> Day? {
        let end = year(yearIndex).lastDay(of: quarter), due = dueDays(funderOfArea[area])
        let roll = draw(0...999, 13, area, yearIndex, quarter.rawValue)
        guard roll >= 30 else { return nil }
        let day = roll < 150
            ? end.adding(days: due + draw(1...75, 14, area, yearIndex, quarter.rawValue))
            : end.adding(days: draw(1...max(1, due), 15, area, yearIndex, quarter.rawValue))
        return day <= configuration.dataDate ? day : nil
    }

    private func writeReturns(_ writer: inout CSVWriter) {
        writer.row(["area_id", "year", "quarter", "received", "planned", "spend", "notes"])
        for area in funderOfArea.indices {
            for index in yearIndices {
                let total = totalPence(area, index)
                for quarter in Quarter.allCases {
                    guard let day = received(area, index, quarter) else {
                        let note = year(index).lastDay(of: quarter) < configuration.dataDate ? "Chased, not received" : ""
                        writer.row([areaID(area), year(index).description, quarter.description, "", "", "", note])
                        continue
                    }
                    let planned = total * plannedPoints(area, index, quarter.rawValue) / 10_000
                    let spend = total * spendPoints(area, index, quarter.rawValue) / 10_000
                    let late = day > year(index).dueDay(of: quarter, dueDays: dueDays(funderOfArea[area]))
                    writer.row([areaID(area), year(index).description, quarter.description, day.description,
                                SampleGenerator.money(planned), SampleGenerator.money(spend),
                                late ? "Late: received \(day.longDescription), after a reminder" : ""])
                }
            }
        }
    }

    // MARK: - Projects

    private func writeProjects(_ writer: inout CSVWriter) {
        writer.row(["area_id", "year", "project_id", "title", "theme", "budget", "spend", "notes"])
        let count = configuration.projectsPerAreaYear
        guard count > 0 else { return }
        for area in funderOfArea.indices {
            for index in yearIndices {
                let share = totalPence(area, index) / Int64(count)
                let yearEnded = year(index).lastDay < configuration.dataDate
                for project in 0..<count {
                    let activity = SampleNames.activities[draw(0...SampleNames.activities.count - 1, 16, area, index, project)]
                    let budget = share * Int64(draw(50...150, 17, area, index, project)) / 100
                    let spend = yearEnded ? SampleGenerator.money(budget * Int64(draw(60...100, 18, area, index, project)) / 100) : ""
                    writer.row([areaID(area), year(index).description, "\(year(index).startYear)-\(project + 1)",
                                "\(activity.title), \(SampleNames.place(area, salt: 3))", activity.theme,
                                SampleGenerator.money(budget), spend, ""])
                }
            }
        }
    }
}
