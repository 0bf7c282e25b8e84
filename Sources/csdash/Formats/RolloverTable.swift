import GrantModel

/// The rollover proposal as `csdash rollover` prints it: one row per area, the year's total and
/// Q4 spend that the carry forward comes from, and what the next year's row would hold.
struct RolloverTable {
    var rollover: Rollover
    var currency: (Area) -> Currency

    func render() -> String {
        let from = rollover.from, into = rollover.into
        let columns: [BoardTable.Column] = [
            .init(header: "Area", alignment: .left),
            .init(header: "\(from) Total Allocation", alignment: .right),
            .init(header: "\(from) Spend at Q4", alignment: .right),
            .init(header: "\(into) Carry Forward", alignment: .right),
            .init(header: "\(into) Allocation", alignment: .right),
            .init(header: "\(into) Total", alignment: .right),
            .init(header: "Note", alignment: .left),
        ]
        let rows = rollover.areas.map { row -> [String] in
            let money = { (amount: Money?) in amount.map { $0.formatted(in: currency(row.area)) } ?? "" }
            let total = row.allocation.flatMap { allocation in row.carryForward.amount.map { allocation + $0 } }
            return [row.area.name, money(row.current.total), money(row.carryForward.spendAtQ4), money(row.carryForward.amount),
                    money(row.allocation), money(total), RolloverTable.note(row, into: into)]
        }
        var text = "Rollover of \(from) into \(into), Q4 returns received by \(rollover.asOf)\n"
        text += "Carry forward = \(from) total allocation - spend at Q4, never negative.\n"
        if let source = rollover.allocationFrom {
            text += rollover.change == .none ? "Allocation = the \(source) allocation.\n"
                : "Allocation = the \(source) allocation \(rollover.change), rounded half up to the whole \(rollover.rounding.rawValue).\n"
        }
        var table = TextTable(columns: columns, rows: rows)
        table.totals = totals
        text += "\n" + table.render()
        if rollover.allocationFrom == nil {
            text += "\nAllocation left for you: type each area's \(into) allocation in allocations.csv, "
                + "or give --allocation-from \(from) (and --change, e.g. -25%).\n"
        }
        return text
    }

    /// Column sums where every area's figure is known and the areas share a currency; blank otherwise.
    private var totals: [String]? {
        let currencies = Set(rollover.areas.map { currency($0.area) })
        guard rollover.areas.count > 1, currencies.count == 1, let shared = currencies.first else { return nil }
        func sum(_ figure: (AreaRollover) -> Money?) -> String {
            let known = rollover.areas.compactMap(figure)
            return known.count == rollover.areas.count ? known.sum().formatted(in: shared) : ""
        }
        return ["Total", sum { $0.current.total }, sum(\.carryForward.spendAtQ4), sum(\.carryForward.amount), sum(\.allocation),
                sum { row in row.allocation.flatMap { allocation in row.carryForward.amount.map { allocation + $0 } } }, ""]
    }

    static func note(_ row: AreaRollover, into: FinancialYear) -> String {
        var notes: [String] = []
        if case .cannotPropose(let reason) = row.carryForward { notes.append("cannot propose: \(reason)") }
        if let problem = row.allocationProblem { notes.append(problem) }
        if let existing = row.existing {
            notes.append("allocations.csv already has \(into): \(existing.allocation.plainAmount(grouping: true))"
                         + (existing.statedCarryForward.map { " + \($0.plainAmount(grouping: true)) carried" } ?? ""))
        }
        return notes.joined(separator: "; ")
    }
}
