import Testing
import GrantModel

@Suite("ReturnRow: the returns list")
struct ReturnRowTests {
    let year = fy("2016/17")

    private var grants: Grants {
        Grants(
            funders: [Funder(id: "f", name: "F", returnDueDays: 30), Funder(id: "g", name: "G", returnDueDays: 10)],
            areas: [Area(id: "b", funderID: "f", name: "B"), Area(id: "a", funderID: "f", name: "A"),
                    Area(id: "x", funderID: "g", name: "X"), Area(id: "idle", funderID: "f", name: "Idle")],
            allocations: [Allocation(areaID: "a", year: year, allocation: gbp(1)),
                          Allocation(areaID: "b", year: year, allocation: gbp(1)),
                          Allocation(areaID: "b", year: year.previous, allocation: gbp(1)),
                          Allocation(areaID: "x", year: year, allocation: gbp(1))],
            returns: [
                MonitoringReturn(areaID: "a", year: year, quarter: .q1, received: d("2016-07-20")),
                MonitoringReturn(areaID: "a", year: year, quarter: .q2, received: d("2016-12-20")),
                MonitoringReturn(areaID: "b", year: year, quarter: .q1, received: nil),
            ])
    }

    @Test("every allocated area-year's four quarters, in funder, area, year, quarter order")
    func rowsInDataOrder() {
        let rows = grants.returnRows(asOf: d("2016-12-06"))
        let keys = rows.map { "\($0.funderID) \($0.area.id) \($0.year) \($0.quarter)" }
        #expect(keys == [
            "f b 2015/16 Q1", "f b 2015/16 Q2", "f b 2015/16 Q3", "f b 2015/16 Q4",
            "f b 2016/17 Q1", "f b 2016/17 Q2", "f b 2016/17 Q3", "f b 2016/17 Q4",
            "f a 2016/17 Q1", "f a 2016/17 Q2", "f a 2016/17 Q3", "f a 2016/17 Q4",
            "g x 2016/17 Q1", "g x 2016/17 Q2", "g x 2016/17 Q3", "g x 2016/17 Q4",
        ])
    }

    @Test("status, due day and received as of the date; a later receipt is not shown")
    func rowFields() throws {
        let rows = grants.returnRows(asOf: d("2016-12-06"))
        let aQ1 = try #require(rows.first { $0.area.id == "a" && $0.quarter == .q1 })
        #expect(aQ1.status == .received)
        #expect(aQ1.due == d("2016-07-30"))
        #expect(aQ1.received == d("2016-07-20"))
        let aQ2 = try #require(rows.first { $0.area.id == "a" && $0.quarter == .q2 })
        #expect(aQ2.status == .overdue(days: 37))
        #expect(aQ2.received == nil)      // received 2016-12-20, after the as-of date
        let later = try #require(grants.returnRows(asOf: d("2016-12-20")).first { $0.area.id == "a" && $0.quarter == .q2 })
        #expect(later.status == .late(days: 51))
        #expect(later.received == d("2016-12-20"))
        let xQ2 = try #require(rows.first { $0.area.id == "x" && $0.quarter == .q2 })
        #expect(xQ2.due == d("2016-10-10"))
        #expect(xQ2.status == .overdue(days: 57))
        let bQ1 = try #require(rows.first { $0.area.id == "b" && $0.year == year && $0.quarter == .q1 })
        #expect(bQ1.received == nil)
        #expect(bQ1.status == .overdue(days: 129))
    }

    @Test("most overdue first, then earliest due, then data order")
    func mostOverdueFirst() {
        let outstanding = grants.returnRows(asOf: d("2016-12-06")).filter(\.status.isOutstanding).mostOverdueFirst()
        let keys = outstanding.map { "\($0.area.id) \($0.year) \($0.quarter)" }
        #expect(keys == [
            "b 2015/16 Q1", "b 2015/16 Q2", "b 2015/16 Q3", "b 2015/16 Q4",
            "x 2016/17 Q1", "b 2016/17 Q1", "x 2016/17 Q2", "b 2016/17 Q2", "a 2016/17 Q2",
        ])
        #expect(outstanding.map(\.status.daysOverdue) == [495, 403, 311, 220, 149, 129, 57, 37, 37])
    }

    @Test("returns not yet overdue sort by earliest due, then data order, after the overdue ones")
    func dueSortsByDueDay() throws {
        let sorted = grants.returnRows(asOf: d("2016-10-05")).filter(\.status.isOutstanding).mostOverdueFirst()
        let due = sorted.filter { $0.status == .due }.map { "\($0.area.id) \($0.quarter)" }
        #expect(due == ["x Q2", "b Q2", "a Q2"])
        let firstDue = try #require(sorted.firstIndex { $0.status == .due })
        #expect(sorted[..<firstDue].allSatisfy { $0.status.withholdsPayment })
        #expect(sorted[firstDue...].allSatisfy { $0.status == .due })
    }
}
