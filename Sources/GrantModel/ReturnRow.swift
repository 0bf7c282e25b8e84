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
    /// Every allocated area-year's four quarters on `asOf`, in data order (funder, area, year,
    /// quarter); `including` keeps only the rows whose status it accepts. Each funder's due days
    /// and each return are looked up once: a national folder has tens of thousands of rows, and
    /// the dashboard lists the outstanding ones before its first frame.
    public func returnRows(asOf: Day, including: (ReturnStatus) -> Bool = { _ in true }) -> [ReturnRow] {
        var rows: [ReturnRow] = []
        for funder in funders {
            for area in areas(of: funder.id) {
                for year in years where allocation(for: area.id, in: year) != nil {
                    for quarter in Quarter.allCases {
                        let item = monitoringReturn(for: area.id, in: year, quarter: quarter)
                        let status = ReturnStatus(year: year, quarter: quarter, dueDays: funder.returnDueDays,
                                                  received: item?.received, asOf: asOf)
                        guard including(status) else { continue }
                        rows.append(ReturnRow(
                            funderID: funder.id, area: area, year: year, quarter: quarter, status: status,
                            due: year.dueDay(of: quarter, dueDays: funder.returnDueDays),
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
