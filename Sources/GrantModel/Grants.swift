/// Everything in a data folder, indexed by key so that every lookup is a dictionary access.
public struct Grants: Sendable {
    public private(set) var funders: [Funder]
    public private(set) var areas: [Area]
    public private(set) var allocations: [Allocation]
    public private(set) var returns: [MonitoringReturn]
    public private(set) var projects: ProjectList
    public private(set) var decisions: [Decision]
    public private(set) var reserves: [Reserve]
    /// payments.csv's instalments, scheduled and paid, in file order.
    public private(set) var payments: [Payment]

    /// Every financial year that has an allocation, oldest first.
    public private(set) var years: [FinancialYear] = []

    private var funderIndex: [FunderID: Int] = [:]
    private var areaIndex: [AreaID: Int] = [:]
    private var allocationIndex: [AllocationKey: Int] = [:]
    private var returnIndex: [ReturnKey: Int] = [:]
    private var paymentIndex: [ReturnKey: Int] = [:]
    /// Each funder's areas, in areas.csv order: a national folder has hundreds of funders, and
    /// filtering every area for each of them grows with the square of the folder.
    private var areasByFunder: [FunderID: [Int]] = [:]
    /// Where each area-year's projects are: runs of rows, found in one pass (a file usually keeps
    /// an area-year's projects together, so there are about as many runs as area-years).
    private var projectRuns: [AllocationKey: [Range<Int>]] = [:]

    public struct AllocationKey: Hashable, Sendable {
        public var areaID: AreaID
        public var year: FinancialYear
        public init(areaID: AreaID, year: FinancialYear) {
            self.areaID = areaID
            self.year = year
        }
    }

    public struct ReturnKey: Hashable, Sendable {
        public var areaID: AreaID
        public var year: FinancialYear
        public var quarter: Quarter
        public init(areaID: AreaID, year: FinancialYear, quarter: Quarter) {
            self.areaID = areaID
            self.year = year
            self.quarter = quarter
        }
    }

    /// Builds the indexes. Keys are assumed unique (the store validates that); a later duplicate wins.
    public init(funders: [Funder], areas: [Area], allocations: [Allocation], returns: [MonitoringReturn],
                projects: [Project] = [], decisions: [Decision] = [], reserves: [Reserve] = [], payments: [Payment] = []) {
        self.init(funders: funders, areas: areas, allocations: allocations, returns: returns,
                  projects: ProjectList(projects), decisions: decisions, reserves: reserves, payments: payments)
    }

    public init(funders: [Funder], areas: [Area], allocations: [Allocation], returns: [MonitoringReturn],
                projects: ProjectList, decisions: [Decision], reserves: [Reserve], payments: [Payment] = []) {
        self.funders = funders
        self.areas = areas
        self.allocations = allocations
        self.returns = returns
        self.projects = projects
        self.decisions = decisions
        self.reserves = reserves
        self.payments = payments
        funderIndex.reserveCapacity(funders.count)
        areaIndex.reserveCapacity(areas.count)
        allocationIndex.reserveCapacity(allocations.count)
        returnIndex.reserveCapacity(returns.count)
        for (index, funder) in funders.enumerated() { funderIndex[funder.id] = index }
        for (index, area) in areas.enumerated() {
            areaIndex[area.id] = index
            areasByFunder[area.funderID, default: []].append(index)
        }
        var years: Set<FinancialYear> = []
        for (index, allocation) in allocations.enumerated() {
            allocationIndex[AllocationKey(areaID: allocation.areaID, year: allocation.year)] = index
            years.insert(allocation.year)
        }
        self.years = years.sorted()
        for (index, item) in returns.enumerated() {
            returnIndex[ReturnKey(areaID: item.areaID, year: item.year, quarter: item.quarter)] = index
        }
        for (index, item) in payments.enumerated() {
            paymentIndex[ReturnKey(areaID: item.areaID, year: item.year, quarter: item.quarter)] = index
        }
        for run in projects.runs { projectRuns[run.key, default: []].append(run.rows) }
    }

    public func funder(_ id: FunderID) -> Funder? { funderIndex[id].map { funders[$0] } }
    public func area(_ id: AreaID) -> Area? { areaIndex[id].map { areas[$0] } }

    public func allocation(for areaID: AreaID, in year: FinancialYear) -> Allocation? {
        allocationIndex[AllocationKey(areaID: areaID, year: year)].map { allocations[$0] }
    }

    public func monitoringReturn(for areaID: AreaID, in year: FinancialYear, quarter: Quarter) -> MonitoringReturn? {
        returnIndex[ReturnKey(areaID: areaID, year: year, quarter: quarter)].map { returns[$0] }
    }

    /// The instalment for an area's quarter (payments.csv's row), scheduled or paid.
    public func payment(for areaID: AreaID, in year: FinancialYear, quarter: Quarter) -> Payment? {
        paymentIndex[ReturnKey(areaID: areaID, year: year, quarter: quarter)].map { payments[$0] }
    }

    /// The areas of `funderID`, in the order of areas.csv.
    public func areas(of funderID: FunderID) -> [Area] {
        (areasByFunder[funderID] ?? []).map { areas[$0] }
    }

    /// The areas of `funderID` allocated money in `year`, in the order of areas.csv.
    public func allocatedAreas(of funderID: FunderID, in year: FinancialYear) -> [Area] {
        (areasByFunder[funderID] ?? []).map { areas[$0] }.filter { allocation(for: $0.id, in: year) != nil }
    }

    /// The funders with at least one area allocated money in `year`, in the order of funders.csv.
    public func funders(allocatingIn year: FinancialYear) -> [Funder] {
        let allocating = Set(allocations.filter { $0.year == year }.compactMap { area($0.areaID)?.funderID })
        return funders.filter { allocating.contains($0.id) }
    }

    /// The area's projects for the year, in the order of projects.csv.
    public func projects(for areaID: AreaID, in year: FinancialYear) -> [Project] {
        projectRows(for: areaID, in: year).flatMap { projects[$0] }
    }

    /// Where the area's projects for the year are in `projects`, in file order.
    func projectRows(for areaID: AreaID, in year: FinancialYear) -> [Range<Int>] {
        projectRuns[AllocationKey(areaID: areaID, year: year)] ?? []
    }

    /// Decisions naming this area, or one of the areas it is part of.
    public func decisions(funding areaID: AreaID) -> [Decision] {
        let lineage = Set(ancestry(of: areaID))
        return decisions.filter { decision in decision.areaID.map(lineage.contains) ?? false }
    }

    /// The area and every area it is part of, nearest first. Stops at a cycle (the store rejects them).
    public func ancestry(of areaID: AreaID) -> [AreaID] {
        var chain: [AreaID] = []
        var current: AreaID? = areaID
        while let id = current, !chain.contains(id) {
            chain.append(id)
            current = area(id)?.partOf
        }
        return chain
    }
}
