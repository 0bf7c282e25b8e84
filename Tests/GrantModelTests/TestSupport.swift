import GrantModel
@_exported import CSDashTestSupport

/// Shorthands for building domain values in tests (`d` and `fy` are CSDashTestSupport's).

/// Whole pounds.
func gbp(_ pounds: Int64) -> Money { Money(pounds: pounds) }

/// A one-funder, one-area `Grants` with the given returns, for figures and status tests.
func singleArea(
    dueDays: Int = 30,
    year: FinancialYear = FinancialYear(startYear: 2016),
    allocation: Money = Money(pounds: 1_000),
    carryForward: Money = .zero,
    returns: [MonitoringReturn]
) -> Grants {
    Grants(
        funders: [Funder(id: "f", name: "Funder", returnDueDays: dueDays)],
        areas: [Area(id: "a", funderID: "f", name: "Area")],
        allocations: [Allocation(areaID: "a", year: year, allocation: allocation, carryForward: carryForward)],
        returns: returns)
}

/// A return for area "a" in 2016/17.
func ret(_ quarter: Quarter, received: String?, planned: Int64? = nil, spend: Int64? = nil,
         year: FinancialYear = FinancialYear(startYear: 2016)) -> MonitoringReturn {
    MonitoringReturn(areaID: "a", year: year, quarter: quarter, received: received.map(d),
                     planned: planned.map(Money.init(pounds:)), spend: spend.map(Money.init(pounds:)))
}
