import Testing
import GrantModel

@Suite("Figures at a quarter: own return, carried from an earlier one, or none")
struct FiguresTests {
    let year = fy("2016/17")

    @Test func ownReturnWhenReceived() {
        let grants = singleArea(returns: [
            ret(.q1, received: "2016-07-20", planned: 100, spend: 40),
            ret(.q2, received: "2016-10-20", planned: 300, spend: 90),
        ])
        let q1 = grants.figures(for: "a", in: year, at: .q1, asOf: d("2016-12-06"))
        #expect(q1 == Figures(planned: gbp(100), spend: gbp(40), source: .received))
        let q2 = grants.figures(for: "a", in: year, at: .q2, asOf: d("2016-12-06"))
        #expect(q2 == Figures(planned: gbp(300), spend: gbp(90), source: .received))
        #expect(q2.carriedFrom == nil)
        #expect(!q2.isNoReturn)
    }

    @Test("Solihull: Q2 missing, so the Q1 figures stand for Q2")
    func carriedFromLatestEarlierReceived() {
        let grants = singleArea(allocation: gbp(214_454), returns: [
            ret(.q1, received: "2016-07-25", planned: 214_454, spend: 133_454),
        ])
        let figures = grants.figures(for: "a", in: year, at: .q2, asOf: d("2016-12-06"))
        #expect(figures == Figures(planned: gbp(214_454), spend: gbp(133_454), source: .carried(from: .q1)))
        #expect(figures.carriedFrom == .q1)
        #expect(!figures.isNoReturn)
    }

    @Test("a row with an empty received date is no return at all")
    func unreceivedRowIsSkipped() {
        let grants = singleArea(returns: [
            ret(.q1, received: "2016-07-25", planned: 10, spend: 5),
            ret(.q2, received: nil),
        ])
        #expect(grants.figures(for: "a", in: year, at: .q2, asOf: d("2016-12-06")).source == .carried(from: .q1))
    }

    @Test("Q1 and Q3 received, Q2 missing")
    func gapBetweenTwoReceived() {
        let grants = singleArea(returns: [
            ret(.q1, received: "2016-07-25", planned: 100, spend: 10),
            ret(.q3, received: "2017-01-20", planned: 500, spend: 200),
        ])
        let asOf = d("2017-02-01")
        #expect(grants.figures(for: "a", in: year, at: .q1, asOf: asOf)
            == Figures(planned: gbp(100), spend: gbp(10), source: .received))
        #expect(grants.figures(for: "a", in: year, at: .q2, asOf: asOf)
            == Figures(planned: gbp(100), spend: gbp(10), source: .carried(from: .q1)))
        #expect(grants.figures(for: "a", in: year, at: .q3, asOf: asOf)
            == Figures(planned: gbp(500), spend: gbp(200), source: .received))
        // Q4 carries from Q3, the latest earlier received, not from Q1.
        #expect(grants.figures(for: "a", in: year, at: .q4, asOf: asOf)
            == Figures(planned: gbp(500), spend: gbp(200), source: .carried(from: .q3)))
    }

    @Test("no return received by the quarter: zero, flagged no return")
    func noReturn() {
        let grants = singleArea(returns: [ret(.q2, received: "2016-10-20", planned: 300, spend: 90)])
        let q1 = grants.figures(for: "a", in: year, at: .q1, asOf: d("2016-12-06"))
        #expect(q1 == Figures(planned: .zero, spend: .zero, source: .noReturn))
        #expect(q1.isNoReturn)
        #expect(q1.carriedFrom == nil)
        // A later quarter's return never stands in for an earlier one.
        #expect(grants.figures(for: "a", in: year, at: .q2, asOf: d("2016-12-06")).source == .received)
        let empty = singleArea(returns: [])
        #expect(empty.figures(for: "a", in: year, at: .q4, asOf: d("2017-06-01")).source == .noReturn)
    }

    @Test("a return received after the as-of date is ignored")
    func receivedAfterAsOfIsIgnored() {
        let grants = singleArea(returns: [
            ret(.q1, received: "2016-07-25", planned: 100, spend: 10),
            ret(.q2, received: "2016-12-07", planned: 300, spend: 90),
        ])
        #expect(grants.figures(for: "a", in: year, at: .q2, asOf: d("2016-12-06"))
            == Figures(planned: gbp(100), spend: gbp(10), source: .carried(from: .q1)))
        #expect(grants.figures(for: "a", in: year, at: .q2, asOf: d("2016-12-07"))
            == Figures(planned: gbp(300), spend: gbp(90), source: .received))
        #expect(grants.figures(for: "a", in: year, at: .q1, asOf: d("2016-07-24")).source == .noReturn)
    }

    @Test("returns of another year never stand in")
    func otherYearsIgnored() {
        let grants = Grants(
            funders: [Funder(id: "f", name: "F", returnDueDays: 30)],
            areas: [Area(id: "a", funderID: "f", name: "A")],
            allocations: [Allocation(areaID: "a", year: fy("2015/16"), allocation: gbp(1)),
                          Allocation(areaID: "a", year: fy("2016/17"), allocation: gbp(1))],
            returns: [ret(.q4, received: "2016-04-20", planned: 9, spend: 9, year: fy("2015/16"))])
        #expect(grants.figures(for: "a", in: fy("2016/17"), at: .q1, asOf: d("2016-12-06")).source == .noReturn)
        #expect(grants.figures(for: "a", in: fy("2015/16"), at: .q4, asOf: d("2016-12-06")).source == .received)
    }

    @Test("a received return that did not state its figures keeps them unstated")
    func unstatedFigures() {
        let grants = singleArea(returns: [ret(.q1, received: "2016-07-20", planned: nil, spend: 40)])
        let q1 = grants.figures(for: "a", in: year, at: .q1, asOf: d("2016-12-06"))
        #expect(q1 == Figures(planned: nil, spend: gbp(40), source: .received))
        let q2 = grants.figures(for: "a", in: year, at: .q2, asOf: d("2016-12-06"))
        #expect(q2 == Figures(planned: nil, spend: gbp(40), source: .carried(from: .q1)))
    }
}
