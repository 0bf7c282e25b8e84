import GrantModel

/// Reads the rows of every table and checks the folder as a whole: keys unique, references
/// resolved, no `part_of` cycles, and warnings for figures that are possible but suspicious.
struct Validation {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var grants: Grants
    /// True when projects.csv was to be read in blocks but must be read whole (see
    /// `ProjectRecords.init(path:...)`); nothing else is then read or checked.
    private(set) var projectsMustBeReadWhole = false

    /// `unreadable`: files that exist (or are required) but could not be read at all; their own
    /// problem is already reported, so references into them are not checked again. `warnings`:
    /// false leaves out the warnings (a first look; the complete load has them).
    /// `projectsFile`: projects.csv's path, when it is to be read a block at a time rather than
    /// from `tables`; `blockSize`: the bytes of each block.
    init(tables: [String: CSVTable], unreadable: Set<String> = [], warnings: Bool = true, projectsFile: String? = nil,
         blockSize: Int = ProjectRecords.blockSize) {
        var readers = RecordReaders()
        readers.warns = warnings
        var diagnostics: [Diagnostic] = []

        func read<T>(_ schema: FileSchema, _ make: (inout RowReader) -> T?) -> LocatedRecords<T> {
            guard let table = tables[schema.fileName] else { return LocatedRecords(table: nil) }
            let (records, problems) = LocatedRecords.read(table, make)
            diagnostics += problems
            return records
        }

        let funders = read(.funders, readers.funder)
        for funder in funders { readers.currencyByFunder[funder.value.id] = funder.value.currency }
        let areas = read(.areas, readers.area)
        for area in areas { readers.funderByArea[area.value.id] = area.value.funderID }
        let allocations = read(.allocations, readers.allocation)
        let returns = read(.returns, readers.monitoringReturn)

        // The keys every row names, valid or not: a row with a bad field is reported once, at that
        // field, not again as "not found" at every reference to it.
        func keys(_ schema: FileSchema, _ column: String) -> Set<String>? {
            if unreadable.contains(schema.fileName) { return nil }
            guard let table = tables[schema.fileName] else { return [] }
            var keys = Set<String>(minimumCapacity: table.rowCount)
            table.walkRows { row in
                let key = row.text(column)
                if !key.isEmpty { keys.insert(key) }
            }
            return keys
        }
        var checks = CrossReferences(
            funderIDs: keys(.funders, "funder_id"), areaIDs: keys(.areas, "area_id"),
            decisionRefs: keys(.decisions, "decision_ref"),
            hasDecisionsFile: tables[FileSchema.decisions.fileName] != nil)
        // In file order, as projects.csv's amounts are added while it is read.
        var amounts = AmountTotal()
        for index in allocations.indices {
            amounts.add(allocations[index], ["allocation": allocations.values[index].allocation,
                                             "carry_forward": allocations.values[index].carryForward])
        }
        for index in returns.indices {
            amounts.add(returns[index], "planned", returns.values[index].planned)
            amounts.add(returns[index], "spend", returns.values[index].spend)
        }
        let projects: ProjectRecords
        if let table = tables[FileSchema.projects.fileName] {
            projects = ProjectRecords(table: table, readers: readers, knownAreas: checks.areaIDs, amounts: &amounts)
        } else if let projectsFile {
            guard let read = ProjectRecords(path: projectsFile, blockSize: blockSize, readers: readers,
                                            knownAreas: checks.areaIDs, amounts: &amounts) else {
                projectsMustBeReadWhole = true
                grants = Grants(funders: [], areas: [], allocations: [], returns: [])
                return
            }
            projects = read
        } else {
            projects = ProjectRecords()
        }
        diagnostics += projects.rowProblems
        let decisions = read(.decisions, readers.decision)
        let reserves = read(.reserves, readers.reserve)
        let payments = read(.payments, readers.payment)

        // Only the rows whose key is shared go to the check that reports them.
        func unique<T, Key: Hashable>(_ records: LocatedRecords<T>, _ file: FileSchema, _ columns: [String], _ key: (T) -> Key) {
            checks.uniqueKeys(records.sharingKeys(key), file: file, columns: columns, key: key)
        }
        unique(funders, .funders, ["funder_id"]) { $0.id }
        unique(areas, .areas, ["area_id"]) { $0.id }
        // The large files, by runs of the same area (and year), as they are usually written.
        @inline(__always)
        func unique<T, Group: Hashable, Item: Hashable>(_ records: LocatedRecords<T>, _ file: FileSchema, _ columns: [String],
                                                         group: (T) -> Group, item: (T) -> Item) {
            checks.uniqueKeys(records.sharingKeys(group: group, item: item), file: file, columns: columns) {
                KeyPair(group: group($0), item: item($0))
            }
        }
        unique(allocations, .allocations, ["area_id", "year"], group: { $0.areaID }, item: { $0.year })
        unique(returns, .returns, ["area_id", "year", "quarter"],
               group: { Grants.AllocationKey(areaID: $0.areaID, year: $0.year) }, item: { $0.quarter })
        checks.report(projects.duplicateKeys)
        unique(decisions, .decisions, ["decision_ref"]) { $0.ref }
        unique(reserves, .reserves, ["funder_id", "reserve"]) { "\($0.funderID)|\($0.name)" }
        unique(payments, .payments, ["area_id", "year", "quarter"],
               group: { Grants.AllocationKey(areaID: $0.areaID, year: $0.year) }, item: { $0.quarter })

        for area in areas {
            checks.funder(area, "funder_id", area.value.funderID)
            if let parent = area.value.partOf { checks.area(area, "part_of", parent) }
        }
        checks.partOfCycles(Array(areas))
        // The large files are walked by value, and a row made `Located` only when it is wrong.
        func isUnknown(_ id: String, _ known: Set<String>?) -> Bool { known.map { !$0.contains(id) } ?? false }
        for index in allocations.indices {
            let allocation = allocations.values[index]
            if isUnknown(allocation.areaID, checks.areaIDs) { checks.area(allocations[index], "area_id", allocation.areaID) }
            if let ref = allocation.decisionRef, isUnknown(ref, checks.decisionRefs) {
                checks.decision(allocations[index], "decision_ref", ref)
            }
        }
        var returnsArea: AreaID?
        for index in returns.indices { checks.area(inRun: &returnsArea, returns.values[index].areaID, returns[index]) }
        checks.report(projects.unknownAreas)
        for decision in decisions {
            checks.funder(decision, "funder_id", decision.value.funderID)
            if let areaID = decision.value.areaID { checks.area(decision, "area_id", areaID) }
        }
        for reserve in reserves { checks.funder(reserve, "funder_id", reserve.value.funderID) }
        for payment in payments { checks.area(payment, "area_id", payment.value.areaID) }
        diagnostics += checks.diagnostics
        for item in decisions { amounts.add(item, ["amount": item.value.amount, "match_funding": item.value.matchFunding]) }
        for item in reserves { amounts.add(item, ["balance": item.value.balance]) }
        for item in payments { amounts.add(item, ["amount": item.value.amount]) }
        if let tooLarge = amounts.problem { diagnostics.append(tooLarge) }

        grants = Grants(
            funders: funders.values, areas: areas.values, allocations: allocations.values,
            returns: returns.values, projects: projects.values, decisions: decisions.values,
            reserves: reserves.values, payments: payments.values)
        // An allocation that is there but wrong is reported where it is wrong, not again as missing
        // at every return of its area.
        guard warnings else {
            self.diagnostics = diagnostics
            return
        }
        var allocationsInError: Set<String>? = []
        if unreadable.contains(FileSchema.allocations.fileName) {
            allocationsInError = nil
        } else if let table = tables[FileSchema.allocations.fileName] {
            let valid = Set(allocations.map(\.row.line))
            table.walkRows { row in
                if !valid.contains(row.line) { allocationsInError?.insert(row.text("area_id")) }
            }
        }
        diagnostics += Validation.suspiciousFigures(returns, in: grants, allocationsInError: allocationsInError)
        diagnostics += PaymentWarnings.of(payments, in: grants, allocationsInError: allocationsInError)
        self.diagnostics = diagnostics
    }

    /// Possible but suspicious: a return with no allocation that year, spend falling from one
    /// quarter to the next, spend or planned above the total allocation. `allocationsInError`: the
    /// areas whose allocation rows have errors (nil: allocations.csv could not be read at all).
    private static func suspiciousFigures(_ returns: LocatedRecords<MonitoringReturn>, in grants: Grants,
                                          allocationsInError: Set<String>?) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        // Returns come in runs of one area and year: the area, its currency and the year's
        // allocation are looked up once a run, and a row is located only when it is warned about.
        var run: ReturnRun?
        for index in returns.indices {
            let value = returns.values[index]
            if run?.areaID != value.areaID || run?.year != value.year {
                run = ReturnRun(value, in: grants)
            }
            guard let current = run, current.isKnownArea else { continue }
            func warn(_ column: String, _ message: String) {
                warnings.append(returns[index].diagnostic(column, message, severity: .warning))
            }
            guard let total = current.total else {
                guard let allocationsInError, !allocationsInError.contains(value.areaID) else { continue }
                warn("year", "\(value.areaID) has no allocation for \(value.year) in allocations.csv, so this return is not shown")
                continue
            }
            let currency = current.currency
            if let spend = value.spend, spend > total {
                warn("spend", "spend \(spend.formatted(in: currency)) is above the total allocation \(total.formatted(in: currency)) for \(value.year)")
            }
            if let planned = value.planned, planned > total {
                warn("planned", "planned \(planned.formatted(in: currency)) is above the total allocation \(total.formatted(in: currency)) for \(value.year) (over-allocated by \((planned - total).formatted(in: currency)))")
            }
            if let spend = value.spend, value.received != nil,
               let earlier = latestEarlierSpend(before: value, in: grants), spend < earlier.spend {
                warn("spend", "spend \(spend.formatted(in: currency)) is less than \(earlier.quarter)'s \(earlier.spend.formatted(in: currency)): spend is cumulative and should not fall")
            }
        }
        return warnings
    }

    /// What the warnings need of a return's area and year, looked up once for a run of its returns.
    private struct ReturnRun {
        let areaID: AreaID
        let year: FinancialYear
        let isKnownArea: Bool
        let currency: Currency
        /// The year's total allocation; nil when the area has no allocation that year.
        let total: Money?

        init(_ item: MonitoringReturn, in grants: Grants) {
            areaID = item.areaID
            year = item.year
            let area = grants.area(item.areaID)
            isKnownArea = area != nil
            currency = area.flatMap { grants.funder($0.funderID) }?.currency ?? .gbp
            total = grants.allocation(for: item.areaID, in: item.year)?.total
        }
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
