import Testing
import GrantModel

@Suite("ReturnStatus: received, late, not_due, due, overdue")
struct ReturnStatusTests {
    private func status(_ quarter: Quarter, year: String = "2016/17", dueDays: Int = 30,
                        received: String?, asOf: String) -> ReturnStatus {
        ReturnStatus(year: fy(year), quarter: quarter, dueDays: dueDays, received: received.map(d), asOf: d(asOf))
    }

    // Q2 of 2016/17 ends 2016-09-30; with 30 days it is due 2016-10-30.

    @Test func receivedOnOrBeforeItsDueDay() {
        #expect(status(.q2, received: "2016-10-15", asOf: "2016-12-06") == .received)
        #expect(status(.q2, received: "2016-10-30", asOf: "2016-12-06") == .received)
        #expect(status(.q2, received: "2016-10-30", asOf: "2016-10-30") == .received)
        // Received before the quarter even ended: still received, even seen from inside the quarter.
        #expect(status(.q2, received: "2016-09-30", asOf: "2016-09-30") == .received)
    }

    @Test func receivedAfterItsDueDayIsLateByTheDaysPastDue() {
        #expect(status(.q2, received: "2016-10-31", asOf: "2016-12-06") == .late(days: 1))
        #expect(status(.q2, received: "2016-11-30", asOf: "2016-12-06") == .late(days: 31))
        #expect(status(.q2, received: "2016-12-06", asOf: "2016-12-06") == .late(days: 37))
    }

    @Test func notDueWhileTheQuarterRuns() {
        #expect(status(.q2, received: nil, asOf: "2016-07-01") == .notDue)
        #expect(status(.q2, received: nil, asOf: "2016-09-30") == .notDue)   // the quarter's last day
        #expect(status(.q4, received: nil, asOf: "2016-12-06") == .notDue)
        #expect(status(.q1, received: nil, asOf: "2016-01-01") == .notDue)   // before the year begins
    }

    @Test func dueFromTheDayAfterTheQuarterToTheDueDay() {
        #expect(status(.q2, received: nil, asOf: "2016-10-01") == .due)
        #expect(status(.q2, received: nil, asOf: "2016-10-30") == .due)       // the due day itself
    }

    @Test func overdueFromTheDayAfterTheDueDay() {
        #expect(status(.q2, received: nil, asOf: "2016-10-31") == .overdue(days: 1))
        #expect(status(.q2, received: nil, asOf: "2016-12-06") == .overdue(days: 37))   // Solihull at the board
    }

    @Test("a return received after the as-of date counts as not received then")
    func receivedLaterCountsAsNotReceived() {
        #expect(status(.q2, received: "2016-12-07", asOf: "2016-12-06") == .overdue(days: 37))
        #expect(status(.q2, received: "2016-10-20", asOf: "2016-10-19") == .due)
        #expect(status(.q2, received: "2016-10-20", asOf: "2016-09-15") == .notDue)
        // Replaying the same return on later dates.
        #expect(status(.q2, received: "2016-10-20", asOf: "2016-10-20") == .received)
        #expect(status(.q2, received: "2016-12-07", asOf: "2016-12-07") == .late(days: 38))
    }

    @Test("Q4 is due in the next calendar year")
    func q4CrossesTheCalendarYear() {
        // 2016/17 Q4 ends 2017-03-31, due 2017-04-30.
        #expect(status(.q4, received: nil, asOf: "2017-03-31") == .notDue)
        #expect(status(.q4, received: nil, asOf: "2017-04-01") == .due)
        #expect(status(.q4, received: nil, asOf: "2017-04-30") == .due)
        #expect(status(.q4, received: nil, asOf: "2017-05-01") == .overdue(days: 1))
        #expect(status(.q4, received: "2017-04-30", asOf: "2017-06-01") == .received)
        #expect(status(.q4, received: "2017-05-10", asOf: "2017-06-01") == .late(days: 10))
        // Q3 ends 31 December and is due in January.
        #expect(status(.q3, received: nil, asOf: "2017-01-30") == .due)
        #expect(status(.q3, received: nil, asOf: "2017-01-31") == .overdue(days: 1))
        #expect(status(.q3, received: nil, asOf: "2018-01-30") == .overdue(days: 365))
    }

    @Test("Q4 of 2015/16 ends in a leap year's March: +30 days is 30 April 2016")
    func leapYear() {
        #expect(status(.q4, year: "2015/16", received: nil, asOf: "2016-02-29") == .notDue)
        #expect(status(.q4, year: "2015/16", received: nil, asOf: "2016-04-30") == .due)
        #expect(status(.q4, year: "2015/16", received: nil, asOf: "2016-05-01") == .overdue(days: 1))
        // Q3 of 2015/16 ends 2015-12-31; 60 days later crosses 29 February 2016.
        #expect(status(.q3, year: "2015/16", dueDays: 60, received: nil, asOf: "2016-02-29") == .due)
        #expect(status(.q3, year: "2015/16", dueDays: 60, received: nil, asOf: "2016-03-01") == .overdue(days: 1))
        #expect(status(.q3, year: "2016/17", dueDays: 60, received: nil, asOf: "2017-03-01") == .due)
        #expect(status(.q3, year: "2016/17", dueDays: 60, received: nil, asOf: "2017-03-02") == .overdue(days: 1))
    }

    @Test func zeroDueDays() {
        #expect(status(.q1, dueDays: 0, received: nil, asOf: "2016-06-30") == .notDue)
        #expect(status(.q1, dueDays: 0, received: nil, asOf: "2016-07-01") == .overdue(days: 1))
        #expect(status(.q1, dueDays: 0, received: "2016-06-30", asOf: "2016-07-01") == .received)
        #expect(status(.q1, dueDays: 0, received: "2016-07-01", asOf: "2016-07-01") == .late(days: 1))
    }

    @Test func contractNames() {
        #expect(ReturnStatus.received.name == "received")
        #expect(ReturnStatus.late(days: 3).name == "late")
        #expect(ReturnStatus.notDue.name == "not_due")
        #expect(ReturnStatus.due.name == "due")
        #expect(ReturnStatus.overdue(days: 3).name == "overdue")
    }

    @Test func outstandingIsDueOrOverdueAndOnlyOverdueWithholdsPayment() {
        let all: [ReturnStatus] = [.received, .late(days: 2), .notDue, .due, .overdue(days: 5)]
        #expect(all.map(\.isOutstanding) == [false, false, false, true, true])
        #expect(all.map(\.withholdsPayment) == [false, false, false, false, true])
        #expect(all.map(\.isReceived) == [true, true, false, false, false])
        #expect(all.map(\.daysLate) == [nil, 2, nil, nil, nil])
        #expect(all.map(\.daysOverdue) == [nil, nil, nil, nil, 5])
    }

    @Test("Grants uses the area's funder's due days")
    func grantsUsesFunderDueDays() {
        let grants = Grants(
            funders: [Funder(id: "wm", name: "West Midlands", returnDueDays: 30),
                      Funder(id: "wmerc", name: "West Mercia", returnDueDays: 45)],
            areas: [Area(id: "a", funderID: "wm", name: "A"), Area(id: "b", funderID: "wmerc", name: "B")],
            allocations: [Allocation(areaID: "a", year: fy("2016/17"), allocation: gbp(1)),
                          Allocation(areaID: "b", year: fy("2016/17"), allocation: gbp(1))],
            returns: [MonitoringReturn(areaID: "b", year: fy("2016/17"), quarter: .q1, received: d("2016-08-14"))])
        #expect(grants.dueDay(for: "a", in: fy("2016/17"), quarter: .q2) == d("2016-10-30"))
        #expect(grants.dueDay(for: "b", in: fy("2016/17"), quarter: .q2) == d("2016-11-14"))
        #expect(grants.dueDay(for: "b", in: fy("2016/17"), quarter: .q4) == d("2017-05-15"))
        #expect(grants.returnStatus(for: "a", in: fy("2016/17"), quarter: .q2, asOf: d("2016-11-14")) == .overdue(days: 15))
        #expect(grants.returnStatus(for: "b", in: fy("2016/17"), quarter: .q2, asOf: d("2016-11-14")) == .due)
        #expect(grants.returnStatus(for: "b", in: fy("2016/17"), quarter: .q1, asOf: d("2016-12-06")) == .received)
        #expect(grants.returnStatus(for: "a", in: fy("2016/17"), quarter: .q1, asOf: d("2016-12-06")) == .overdue(days: 129))
    }
}
