import ArgumentParser
import GrantModel
import GrantStore

struct RolloverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollover",
        abstract: "Proposes next year's allocations: the same areas, each with the carry forward its Q4 return implies.",
        discussion: """
        For each area allocated money in --from, the carry forward into the next year is the total
        allocation (allocation + carry forward) less spend at Q4, never negative; an area whose Q4
        return had not arrived by --as-of is listed as "cannot propose: Q4 return missing" and its
        carry forward left empty. The allocation is left for you, or copied from
        --allocation-from with --change applied (rounded half up to the whole penny, or pound with
        --round-to pound).

        With --dry-run the proposal is printed and nothing is written. Without it the rows are
        added to allocations.csv through the locked, atomic, audited write path. Exits 64 for bad
        options (a write needs --allocation-from: allocation is a required column), 65 if the rows
        would make the data invalid, 73 if allocations.csv already has a row of the next year for
        one of the areas (nothing is written), 75 if another csdash is writing.

        Examples:
          csdash rollover sample-data --from 2015/16 --allocation-from 2015/16 \\
              --change -25% --round-to pound --dry-run
          csdash rollover sample-data --from 2016/17 --as-of 2017-05-15 --dry-run
          csdash rollover sample-data --from 2024/25 --funder west-mercia \\
              --allocation-from 2024/25
        """)

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("The year to roll over, e.g. 2016/17.", valueName: "Y"), transform: PeriodOptions.parseYear)
    var from: FinancialYear

    @Option(help: ArgumentHelp("Only this funder's areas (its funder_id).", valueName: "F"))
    var funder: String?

    @Option(help: ArgumentHelp("Only this area (repeat for more).", valueName: "A"))
    var area: [String] = []

    @Option(name: .customLong("allocation-from"), help: ArgumentHelp("Copy each area's allocation of this year.", valueName: "Y"),
            transform: PeriodOptions.parseYear)
    var allocationFrom: FinancialYear?

    // Unconditional: a cut begins with "-" and would otherwise be read as an option.
    @Option(parsing: .unconditional,
            help: ArgumentHelp("Change the copied allocation by this percent, e.g. -25% (with --allocation-from).", valueName: "P"),
            transform: RolloverCommand.parseChange)
    var change: AllocationChange?

    @Option(name: .customLong("round-to"), help: ArgumentHelp("Round a changed allocation half up to the whole penny or pound.", valueName: "U"))
    var roundTo: AllocationChange.Rounding = .penny

    @Option(help: ArgumentHelp("The decision (a decision_ref of decisions.csv) the new rows are recorded against.", valueName: "REF"))
    var decision: String?

    @Option(name: .customLong("carry-forward"),
            help: ArgumentHelp("Record this carry forward instead of the proposed one (with exactly one --area), e.g. 38000.", valueName: "X"))
    var carryForward: String?

    @Flag(name: .customLong("dry-run"), help: "Print the proposal; write nothing.")
    var dryRun = false

    static func parseChange(_ text: String) throws -> AllocationChange {
        guard let change = AllocationChange(text) else {
            throw ValidationError("'\(text)' is not a change: write a percent from -100% to +1000% with at most four decimals, e.g. -25%")
        }
        return change
    }

    func validate() throws {
        if change != nil && allocationFrom == nil { throw ValidationError("--change applies to a copied allocation: give --allocation-from too") }
        if carryForward != nil && area.count != 1 { throw ValidationError("--carry-forward is one area's: give exactly one --area") }
    }

    func run() throws {
        let grants = try common.loadGrants(printingWarnings: false)
        try checkFunderOption(funder, in: grants)
        for id in area where grants.allocation(for: id, in: from) == nil {
            throw usageError("--area '\(id.terminalSafe)' has no \(from) allocation in allocations.csv")
        }
        if let decision, !grants.decisions.contains(where: { $0.ref == decision }) {
            throw usageError("--decision '\(decision.terminalSafe)' is not a decision_ref in decisions.csv")
        }
        var rollover = grants.rollover(from: from, asOf: common.day, funderID: funder, allocationFrom: allocationFrom,
                                       change: change ?? .none, rounding: roundTo)
        if !area.isEmpty { rollover.areas = rollover.areas.filter { area.contains($0.area.id) } }
        guard !rollover.areas.isEmpty else { throw usageError("no area has a \(from) allocation to roll over") }
        let currency = { (area: Area) in grants.funder(area.funderID)?.currency ?? .gbp }
        if let carryForward, let row = rollover.areas.first {
            let amount = try Record.money(carryForward, "--carry-forward", currency(row.area))
            rollover.areas[0].carryForward = .stated(amount)
        }
        if !dryRun {
            guard allocationFrom != nil else {
                throw usageError("allocation is required in allocations.csv: give --allocation-from \(from) (and --change), "
                                 + "or use --dry-run and type the allocations yourself")
            }
            let taken = rollover.alreadyAllocated.map { "\($0.area.id.terminalSafe) \(rollover.into)" }
            if !taken.isEmpty {
                let refusal = WriteError.refused(path: DataFolder.filePath(common.folder, FileSchema.allocations.fileName),
                                                 reason: "already has \(taken.joined(separator: ", ")): a rollover adds rows, it does not "
                                                     + "change them (--area names the others); nothing was written")
                printError(refusal.description)
                throw refusal.exitCode
            }
        }
        print(RolloverTable(rollover: rollover, currency: currency).render(), terminator: "")
        if dryRun { return }
        let rows = try rollover.areas.map { row throws -> Allocation in
            guard let allocation = row.allocation else {
                throw usageError("\(row.area.id): \(row.allocationProblem ?? "no allocation"): nothing was written")
            }
            return Allocation(areaID: row.area.id, year: rollover.into, allocation: allocation,
                              carryForward: row.carryForward.amount, source: row.current.source, decisionRef: decision,
                              notes: RolloverCommand.note(row, rollover))
        }
        let outcome = try performWrite { () throws(WriteError) in
            try AllocationsWriter.append(rows, to: common.folder, command: "rollover")
        }
        printDiagnostics(outcome.warnings)
        print("\n" + describe(outcome.changes))
    }

    /// How the row's figures were reached, kept in allocations.csv's notes.
    static func note(_ row: AreaRollover, _ rollover: Rollover) -> String {
        var parts = ["Rollover from \(rollover.from)"]
        if let source = rollover.allocationFrom {
            parts.append("allocation: the \(source) allocation" + (rollover.change == .none ? "" : " \(rollover.change), rounded half up to the \(rollover.rounding.rawValue)"))
        }
        switch row.carryForward {
        case .proposed(_, let total, let spend):
            parts.append("carry forward: total \(total.plainAmount(grouping: true)) less Q4 spend \(spend.plainAmount(grouping: true))")
        case .stated:
            parts.append("carry forward as requested")
        case .cannotPropose(let reason):
            parts.append("carry forward not proposed: \(reason)")
        }
        return parts.joined(separator: "; ")
    }
}

extension AllocationChange.Rounding: ExpressibleByArgument {}
