import GrantModel

/// One funder with `areaCount` areas, each allocated money for 2016/17. Q1 returns are in for
/// every area; Q2 returns for all but every tenth, which are overdue as of 6 December 2016.
/// The figures vary from area to area so that bars, badges and totals all have work to do.
func syntheticGrants(areaCount: Int) -> Grants {
    let year = FinancialYear(startYear: 2016)
    let funder = Funder(id: "bench", name: "Synthetic Police and Crime Commissioner", returnDueDays: 30)
    var areas: [Area] = [], allocations: [Allocation] = [], returns: [MonitoringReturn] = []
    for index in 0..<areaCount {
        let id = "area-\(index)"
        areas.append(Area(id: id, funderID: funder.id, name: "Synthetic Area \(index + 1)", kind: .csp))
        let allocation = Money(pounds: Int64(100_000 + (index * 7_919) % 900_000))
        let carried = Money(pounds: Int64((index * 3_571) % 60_000))
        allocations.append(Allocation(areaID: id, year: year, allocation: allocation, carryForward: carried,
                                      source: "Police main grant"))
        let total = allocation + carried
        let q1Planned = Money(pence: total.pence * Int64(40 + index % 50) / 100)
        returns.append(MonitoringReturn(areaID: id, year: year, quarter: .q1, received: Day(year: 2016, month: 7, day: 20 + index % 15),
                                        planned: q1Planned, spend: Money(pence: q1Planned.pence / 3)))
        if index % 10 != 9 {
            let q2Planned = Money(pence: total.pence * Int64(70 + index % 35) / 100)
            returns.append(MonitoringReturn(areaID: id, year: year, quarter: .q2, received: Day(year: 2016, month: 10, day: 10 + index % 21),
                                            planned: q2Planned, spend: Money(pence: q2Planned.pence * Int64(30 + index % 40) / 100)))
        }
    }
    return Grants(funders: [funder], areas: areas, allocations: allocations, returns: returns)
}
