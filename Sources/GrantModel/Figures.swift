/// Where the figures shown for a quarter came from.
public enum FiguresSource: Hashable, Sendable {
    /// The quarter's own return, received by the as-of date.
    case received
    /// That quarter's return is missing: the latest earlier received return of the year stands in.
    case carried(from: Quarter)
    /// No return of the year received by this quarter: the figures are zero.
    case noReturn
}

/// The cumulative planned allocation and spend that stand for an area at a quarter.
/// nil figures are ones a received return did not state.
public struct Figures: Hashable, Sendable {
    public var planned: Money?
    public var spend: Money?
    public var source: FiguresSource

    public init(planned: Money?, spend: Money?, source: FiguresSource) {
        self.planned = planned
        self.spend = spend
        self.source = source
    }

    public var carriedFrom: Quarter? {
        if case .carried(let quarter) = source { return quarter }
        return nil
    }

    public var isNoReturn: Bool { source == .noReturn }
}

extension Grants {
    /// The figures for `areaID` at `quarter` of `year` as known on `asOf`: the quarter's return if
    /// received, else the latest received earlier return of the same year, else zero.
    public func figures(for areaID: AreaID, in year: FinancialYear, at quarter: Quarter, asOf: Day) -> Figures {
        for candidate in quarter.throughThis.reversed() {
            guard let item = monitoringReturn(for: areaID, in: year, quarter: candidate),
                  item.isReceived(asOf: asOf) else { continue }
            let source: FiguresSource = candidate == quarter ? .received : .carried(from: candidate)
            return Figures(planned: item.planned, spend: item.spend, source: source)
        }
        return Figures(planned: .zero, spend: .zero, source: .noReturn)
    }

    /// The status of an area's return for a quarter on `asOf`, by its funder's due days.
    public func returnStatus(for areaID: AreaID, in year: FinancialYear, quarter: Quarter, asOf: Day) -> ReturnStatus {
        let dueDays = area(areaID).flatMap { funder($0.funderID) }?.returnDueDays ?? 0
        let received = monitoringReturn(for: areaID, in: year, quarter: quarter)?.received
        return ReturnStatus(year: year, quarter: quarter, dueDays: dueDays, received: received, asOf: asOf)
    }

    /// The day a quarter's return is due for an area.
    public func dueDay(for areaID: AreaID, in year: FinancialYear, quarter: Quarter) -> Day {
        return year.dueDay(of: quarter, dueDays: area(areaID).flatMap { funder($0.funderID) }?.returnDueDays ?? 0)
    }
}
