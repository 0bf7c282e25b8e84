import Testing
import GrantModel

// Three areas of one funder in 2016/17 (returns due 30 days after each quarter ends): "north" and
// "east" share a contact, "west" has none. As of 6 Dec 2016, Q1's returns were due 30 Jul and
// Q2's 30 Oct.
private let funder = Funder(id: "f", name: "Test Police and Crime Commissioner", returnDueDays: 30)
private let year = FinancialYear(startYear: 2016)

private func area(_ id: String, contact: String) -> Area {
    Area(id: id, funderID: "f", name: id.capitalized + " CSP", contact: contact)
}

private func received(_ id: String, _ quarter: Quarter, on day: String, review: Review? = nil) -> MonitoringReturn {
    var item = MonitoringReturn(areaID: id, year: year, quarter: quarter, received: d(day),
                                planned: Money(pounds: 100), spend: Money(pounds: 50))
    item.review = review
    return item
}

private func grants(payments: [Payment] = []) -> Grants {
    let areas = [area("north", contact: "Jo Bloggs <jo@example.org>"), area("east", contact: " Jo Bloggs <jo@example.org> "),
                 area("west", contact: "")]
    return Grants(
        funders: [funder], areas: areas,
        allocations: areas.map { Allocation(areaID: $0.id, year: year, allocation: Money(pounds: 1_000)) },
        returns: [
            received("north", .q1, on: "2016-07-20", review: Review(outcome: .accepted, date: d("2016-07-25"))),
            // North's Q2 never came: overdue 37 days on 6 Dec.
            received("east", .q1, on: "2016-07-20", review: Review(outcome: .queried, date: d("2016-08-01"), query: "spend by project missing")),
            received("east", .q2, on: "2016-10-20", review: Review(outcome: .accepted, date: d("2016-10-21"))),
            received("west", .q1, on: "2016-07-20"),
            // West's Q2 never came either.
        ],
        payments: payments)
}

@Suite("Chase letters: the held returns gathered per contact")
struct ChaseListTests {
    @Test func oneLetterPerContactWithEveryHeldReturnOfTheirs() {
        let list = grants().chaseList(asOf: d("2016-12-06"))
        #expect(list.letters.count == 1)
        let letter = try! #require(list.letters.first)
        // Contacts are matched on their trimmed text: north and east share one.
        #expect(letter.contact == "Jo Bloggs <jo@example.org>")
        #expect(letter.items.map { "\($0.area.id) \($0.quarter)" } == ["north Q2", "east Q1"])
        #expect(letter.items[0].reason == .overdue(days: 37))
        #expect(letter.items[0].due == d("2016-10-30"))
        #expect(letter.items[0].queried == nil)
        #expect(letter.items[1].reason == .queried(query: "spend by project missing"))
        #expect(letter.items[1].queried == d("2016-08-01"))
    }

    @Test func anAreaWithoutAContactIsListedApart() {
        let list = grants().chaseList(asOf: d("2016-12-06"))
        #expect(list.withoutContact.map { "\($0.area.id) \($0.quarter)" } == ["west Q2"])
    }

    @Test func theAmountHeldIsTheScheduledInstalment() {
        let scheduled = Payment(areaID: "north", year: year, quarter: .q2, amount: Money(pounds: 250))
        let list = grants(payments: [scheduled]).chaseList(asOf: d("2016-12-06"))
        #expect(list.letters[0].items[0].amountHeld == Money(pounds: 250))
        #expect(list.letters[0].items[1].amountHeld == nil)
        #expect(list.letters[0].amountHeld == Money(pounds: 250))
    }

    @Test func aPaidQuarterIsNotChasedEvenIfItsReturnIsOverdue() {
        // The money has gone: nothing is held, so nothing to chase for (a warning says it went early).
        let paid = Payment(areaID: "north", year: year, quarter: .q2, amount: Money(pounds: 250), paid: d("2016-11-01"))
        let list = grants(payments: [paid]).chaseList(asOf: d("2016-12-06"))
        #expect(list.letters[0].items.map { "\($0.area.id) \($0.quarter)" } == ["east Q1"])
    }

    @Test func replayedBeforeTheDueDateNothingIsOverdue() {
        // On 30 Oct Q2's returns are due, not overdue; east's query is already there.
        let list = grants().chaseList(asOf: d("2016-10-30"))
        #expect(list.letters.map { $0.items.map { "\($0.area.id) \($0.quarter)" } } == [["east Q1"]])
        #expect(list.withoutContact.isEmpty)
        // On 31 Jul every Q1 return is in and east's not yet queried.
        #expect(grants().chaseList(asOf: d("2016-07-31")).isEmpty)
    }

    @Test func theYearFilterKeepsOnlyThatYearsReturns() {
        #expect(grants().chaseList(asOf: d("2016-12-06"), year: FinancialYear(startYear: 2015)).isEmpty)
        #expect(grants().chaseList(asOf: d("2016-12-06"), funderID: "other").isEmpty)
    }

    @Test(arguments: [
        ("Jo Bloggs <jo@example.org>", "jo@example.org"),
        ("jo@example.org", "jo@example.org"),
        ("Sam Patel, sam.patel@council.gov.uk, 0121 704 6000", "sam.patel@council.gov.uk"),
        ("Sam Patel, 0121 704 6000", nil),
        ("someone@localhost", nil),
        ("@example.org", nil),
    ] as [(String, String?)])
    func theEmailAddressIsFoundInTheContact(_ contact: String, _ address: String?) {
        #expect(ChaseLetter(contact: contact, items: []).emailAddress == address)
    }
}
