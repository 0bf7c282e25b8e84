import Testing
import GrantModel

/// The charts' figures: the profile at each quarter by behind profile's own rule, exact at the
/// largest amounts, and an area's cumulative figures quarter by quarter.
@Suite struct SpendTrackTests {
    @Test func theProfileIsTheQuartersShareOfTheTotal() {
        let track = SpendTrack(total: Money(pounds: 1_873_187), planned: [], spend: [])
        #expect(track.profile == [Money(pence: 46_829_675), Money(pence: 93_659_350), Money(pence: 140_489_025), Money(pounds: 1_873_187)])
    }

    @Test func theProfileOfTheLargestAmountDoesNotOverflow() {
        let largest = Money(pence: .max)
        #expect(AreaPosition.profile(of: largest, at: .q4) == largest)
        #expect(AreaPosition.profile(of: largest, at: .q2) == Money(pence: .max / 2))
        #expect(SpendTrack(total: largest, planned: [largest], spend: [nil]).largest == largest)
    }

    @Test func theLargestIsSpendOrPlannedWhereTheyPassTheTotal() {
        let track = SpendTrack(total: Money(pounds: 100), planned: [Money(pounds: 90), nil], spend: [Money(pounds: 40), Money(pounds: 150)])
        #expect(track.largest == Money(pounds: 150))
        #expect(SpendTrack(total: .zero, planned: [.zero], spend: [.zero]).largest == .zero)
    }
}
