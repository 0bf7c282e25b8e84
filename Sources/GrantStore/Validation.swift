import GrantModel

/// Reads the rows of every table and checks the folder as a whole: keys unique, references
/// resolved, no `part_of` cycles, and warnings for figures that are possible but suspicious.
struct Validation {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var grants: Grants

    /// `unreadable`: files that exist (or are required) but could not be read at all; their own
    /// problem is already reported, so references into them are not checked again.
    init(tables: [String: CSVTable], unreadable: Set<String> = []) {
        var readers = RecordReaders()
        var diagnostics: [Diagnostic] = []

        func read<T>(_ schema: FileSchema, _ make: (inout RowReader) -> T?) -> [Located<T>] {
            guard let table = tables[schema.fileName] else { return [] }
            var result: [Located<T>] = []
            result.reserveCapacity(table.records.count)
            for record in table.records {
                var row = RowReader(table: table, record: record)
                // A row with the wrong number of fields has its values in the wrong columns:
                // one error for the row says it all.
                guard row.isValid else {
                    diagnostics += row.problems
                    continue
                }
                let value = make(&row)
                diagnostics += row.problems
                if let value, row.isValid { result.append(Located(value: value, row: row)) }
            }
            return result
        }

        let funders = read(.funders, readers.funder)
        for funder in funders { readers.currencyByFunder[funder.value.id] = funder.value.currency }
        let areas = read(.areas, readers.area)
        for area in areas { readers.funderByArea[area.value.id] = area.value.funderID }
        let allocations = read(.allocations, readers.allocation)
        let returns = read(.returns, readers.monitoringReturn)
        let projects = read(.projects, readers.project)
        let decisions = read(.decisions, readers.decision)
        let reserves = read(.reserves, readers.reserve)

        // The keys every row names, valid or not: a row with a bad field is reported once, at that
        // field, not again as "not found" at every reference to it.
        func keys(_ schema: FileSchema, _ column: String) -> Set<String>? {
            if unreadable.contains(schema.fileName) { return nil }
            guard let table = tables[schema.fileName] else { return [] }
            return Set(table.records.map { RowReader(table: table, record: $0).text(column) }.filter { !$0.isEmpty })
        }
        var checks = CrossReferences(
            funderIDs: keys(.funders, "funder_id"), areaIDs: keys(.areas, "area_id"),
            decisionRefs: keys(.decisions, "decision_ref"),
            hasDecisionsFile: tables[FileSchema.decisions.fileName] != nil)
        checks.uniqueKeys(funders, file: .funders, columns: ["funder_id"]) { $0.id }
        checks.uniqueKeys(areas, file: .areas, columns: ["area_id"]) { $0.id }
        checks.uniqueKeys(allocations, file: .allocations, columns: ["area_id", "year"]) { "\($0.areaID)|\($0.year)" }
        checks.uniqueKeys(returns, file: .returns, columns: ["area_id", "year", "quarter"]) { "\($0.areaID)|\($0.year)|\($0.quarter)" }
        checks.uniqueKeys(projects, file: .projects, columns: ["area_id", "year", "project_id"]) { "\($0.areaID)|\($0.year)|\($0.projectID)" }
        checks.uniqueKeys(decisions, file: .decisions, columns: ["decision_ref"]) { $0.ref }
        checks.uniqueKeys(reserves, file: .reserves, columns: ["funder_id", "reserve"]) { "\($0.funderID)|\($0.name)" }

        for area in areas {
            checks.funder(area, "funder_id", area.value.funderID)
            if let parent = area.value.partOf { checks.area(area, "part_of", parent) }
        }
        checks.partOfCycles(areas)
        for allocation in allocations {
            checks.area(allocation, "area_id", allocation.value.areaID)
            if let ref = allocation.value.decisionRef { checks.decision(allocation, "decision_ref", ref) }
        }
        for item in returns { checks.area(item, "area_id", item.value.areaID) }
        for project in projects { checks.area(project, "area_id", project.value.areaID) }
        for decision in decisions {
            checks.funder(decision, "funder_id", decision.value.funderID)
            if let areaID = decision.value.areaID { checks.area(decision, "area_id", areaID) }
        }
        for reserve in reserves { checks.funder(reserve, "funder_id", reserve.value.funderID) }
        diagnostics += checks.diagnostics
        var amounts = AmountTotal()
        for item in allocations { amounts.add(item, ["allocation": item.value.allocation, "carry_forward": item.value.carryForward]) }
        for item in returns { amounts.add(item, ["planned": item.value.planned, "spend": item.value.spend]) }
        for item in projects { amounts.add(item, ["budget": item.value.budget, "spend": item.value.spend]) }
        for item in decisions { amounts.add(item, ["amount": item.value.amount, "match_funding": item.value.matchFunding]) }
        for item in reserves { amounts.add(item, ["balance": item.value.balance]) }
        if let tooLarge = amounts.problem { diagnostics.append(tooLarge) }

        grants = Grants(
            funders: funders.map(\.value), areas: areas.map(\.value), allocations: allocations.map(\.value),
            returns: returns.map(\.value), projects: projects.map(\.value), decisions: decisions.map(\.value),
            reserves: reserves.map(\.value))
        // An allocation that is there but wrong is reported where it is wrong, not again as missing
        // at every return of its area.
        var allocationsInError: Set<String>? = []
        if unreadable.contains(FileSchema.allocations.fileName) {
            allocationsInError = nil
        } else if let table = tables[FileSchema.allocations.fileName] {
            let valid = Set(allocations.map(\.row.line))
            for record in table.records where !valid.contains(record.line) {
                allocationsInError?.insert(RowReader(table: table, record: record).text("area_id"))
            }
        }
        diagnostics += Validation.suspiciousFigures(returns, in: grants, allocationsInError: allocationsInError)
        self.diagnostics = diagnostics
    }

    /// Possible but suspicious: a return with no allocation that year, spend falling from one
    /// quarter to the next, spend or planned above the total allocation. `allocationsInError`: the
    /// areas whose allocation rows have errors (nil: allocations.csv could not be read at all).
    private static func suspiciousFigures(_ returns: [Located<MonitoringReturn>], in grants: Grants,
                                          allocationsInError: Set<String>?) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for item in returns {
            let value = item.value
            guard grants.area(value.areaID) != nil else { continue }
            guard let allocation = grants.allocation(for: value.areaID, in: value.year) else {
                guard let allocationsInError, !allocationsInError.contains(value.areaID) else { continue }
                warnings.append(item.diagnostic("year", "\(value.areaID) has no allocation for \(value.year) in allocations.csv, so this return is not shown", severity: .warning))
                continue
            }
            let currency = grants.funder(grants.area(value.areaID)!.funderID)?.currency ?? .gbp
            let total = allocation.total
            if let spend = value.spend, spend > total {
                warnings.append(item.diagnostic("spend", "spend \(spend.formatted(in: currency)) is above the total allocation \(total.formatted(in: currency)) for \(value.year)", severity: .warning))
            }
            if let planned = value.planned, planned > total {
                warnings.append(item.diagnostic("planned", "planned \(planned.formatted(in: currency)) is above the total allocation \(total.formatted(in: currency)) for \(value.year) (over-allocated by \((planned - total).formatted(in: currency)))", severity: .warning))
            }
            if let spend = value.spend, value.received != nil,
               let earlier = latestEarlierSpend(before: value, in: grants), spend < earlier.spend {
                warnings.append(item.diagnostic("spend", "spend \(spend.formatted(in: currency)) is less than \(earlier.quarter)'s \(earlier.spend.formatted(in: currency)): spend is cumulative and should not fall", severity: .warning))
            }
        }
        return warnings
    }

    private static func latestEarlierSpend(before item: MonitoringReturn, in grants: Grants) -> (quarter: Quarter, spend: Money)? {
        var quarter = item.quarter.previous
        while let current = quarter {
            if let earlier = grants.monitoringReturn(for: item.areaID, in: item.year, quarter: current),
               earlier.received != nil, let spend = earlier.spend {
                return (current, spend)
            }
            quarter = current.previous
        }
        return nil
    }
}

/// The sum of every amount in the folder, so that no total csdash shows can overflow.
///
/// Every total is a sum of some of the folder's amounts, at most five times over (a Q1 forecast
/// outturn is four times the spend, and an underspend adds the allocation back). Keeping the sum
/// of them all below an eighth of what 64 bits hold keeps every total exact; a folder past it
/// (£11.5 quadrillion) has an amount typed wrong, and is reported once, where the sum passes it.
struct AmountTotal {
    static let limit = Money(pence: Int64.max / 8)
    private var total = Money.zero
    private(set) var problem: Diagnostic?

    mutating func add<T>(_ item: Located<T>, _ amounts: KeyValuePairs<String, Money?>) {
        for case let (column, amount?) in amounts where problem == nil {
            total = Money(pence: total.pence + min(amount.pence, AmountTotal.limit.pence))
            if total > AmountTotal.limit {
                problem = item.diagnostic(column, "\(column) \(item.row.quoted(item.row.text(column))) brings the amounts in this folder to more than \(AmountTotal.limit.formatted(in: Currency(code: "", symbol: ""))) in all, more than csdash can add up exactly: is an amount wrong?")
            }
        }
    }
}
