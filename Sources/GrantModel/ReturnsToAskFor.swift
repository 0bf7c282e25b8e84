/// Which quarterly return a return form asks an area for: the first quarter of the year that has
/// begun by the as-of date and whose return has not arrived by then, whether outstanding (due or
/// overdue) or coming (the quarter in progress, or ended and not yet due).
extension Grants {
    public func nextReturnQuarter(for areaID: AreaID, in year: FinancialYear, asOf: Day) -> Quarter? {
        Quarter.allCases.first { quarter in
            year.firstDay(of: quarter) <= asOf
                && !(monitoringReturn(for: areaID, in: year, quarter: quarter)?.isReceived(asOf: asOf) ?? false)
        }
    }

    /// One return per allocated area of each funder (or of `funderID` alone), in funders.csv and
    /// areas.csv order: in `year`, else in the year `report` would show for the funder and, for
    /// an area whose returns of that year are all in, the year after once it has begun. Areas
    /// with nothing to ask for are left out.
    public func returnsToAskFor(asOf: Day, year: FinancialYear? = nil, funderID: FunderID? = nil) -> [ReturnKey] {
        var keys: [ReturnKey] = []
        for funder in funders where funderID == nil || funder.id == funderID {
            let first = year ?? defaultPeriod(showing: [funder.id], asOf: asOf).year
            let years = year == nil ? [first, first.next] : [first]
            for area in areas(of: funder.id) {
                for candidate in years where allocation(for: area.id, in: candidate) != nil {
                    guard let quarter = nextReturnQuarter(for: area.id, in: candidate, asOf: asOf) else { continue }
                    keys.append(ReturnKey(areaID: area.id, year: candidate, quarter: quarter))
                    break
                }
            }
        }
        return keys
    }

    /// The latest return received by `asOf` before `quarter` of `year`: earlier quarters of the
    /// same year, then the year before's, latest first; nil when there is none.
    public func lastReceivedReturn(for areaID: AreaID, before quarter: Quarter, of year: FinancialYear,
                                   asOf: Day) -> MonitoringReturn? {
        let earlier = Quarter.allCases.filter { $0 < quarter }.reversed().map { (year, $0) }
            + Quarter.allCases.reversed().map { (year.previous, $0) }
        for (candidateYear, candidate) in earlier {
            if let found = monitoringReturn(for: areaID, in: candidateYear, quarter: candidate), found.isReceived(asOf: asOf) {
                return found
            }
        }
        return nil
    }
}
