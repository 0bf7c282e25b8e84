/// One line of the returns list: an allocated area-year's quarter and where its return stands.
public struct ReturnRow: Hashable, Sendable {
    public var funderID: FunderID
    public var area: Area
    public var year: FinancialYear
    public var quarter: Quarter
    public var status: ReturnStatus
    public var due: Day
    /// nil when not received by the as-of date.
    public var received: Day?
}

extension Grants {
    /// Every allocated area-year's four quarters on `asOf`, in data order (funder, area, year, quarter).
    public func returnRows(asOf: Day) -> [ReturnRow] {
        var rows: [ReturnRow] = []
        for funder in funders {
            for area in areas(of: funder.id) {
                for year in years where allocation(for: area.id, in: year) != nil {
                    for quarter in Quarter.allCases {
                        let item = monitoringReturn(for: area.id, in: year, quarter: quarter)
                        rows.append(ReturnRow(
                            funderID: funder.id, area: area, year: year, quarter: quarter,
                            status: returnStatus(for: area.id, in: year, quarter: quarter, asOf: asOf),
                            due: dueDay(for: area.id, in: year, quarter: quarter),
                            received: item.flatMap { $0.isReceived(asOf: asOf) ? $0.received : nil }))
                    }
                }
            }
        }
        return rows
    }
}

extension Array where Element == ReturnRow {
    /// Outstanding returns, most overdue first (then the earliest due, then data order).
    public func mostOverdueFirst() -> [ReturnRow] {
        enumerated().sorted { lhs, rhs in
            let left = lhs.element.status.daysOverdue ?? -1, right = rhs.element.status.daysOverdue ?? -1
            if left != right { return left > right }
            if lhs.element.due != rhs.element.due { return lhs.element.due < rhs.element.due }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
