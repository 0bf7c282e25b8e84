import Testing
import GrantModel

@Suite("Money: exact pence and its written forms")
struct MoneyTests {
    @Test("formatted groups thousands and shows pence only when there are any", arguments: [
        (Int64(187_318_700), "£1,873,187"),
        (Int64(187_318_750), "£1,873,187.50"),
        (Int64(187_318_705), "£1,873,187.05"),
        (Int64(-100), "-£1"),
        (Int64(0), "£0"),
        (Int64(1), "£0.01"),
        (Int64(99), "£0.99"),
        (Int64(100_000), "£1,000"),
        (Int64(99_900), "£999"),
        (Int64(100_000_000), "£1,000,000"),
        (Int64(-34_847_400), "-£348,474"),
        (Int64(-50), "-£0.50"),
    ])
    func formatted(pence: Int64, expected: String) {
        #expect(Money(pence: pence).formatted() == expected)
    }

    @Test func formattedWithoutGroupingAndOtherCurrency() {
        #expect(Money(pence: 187_318_700).formatted(grouping: false) == "£1873187")
        #expect(Money(pence: 500).formatted(in: .eur) == "€5")
        #expect(Money(pence: -123_456).formatted(in: .usd) == "-$1,234.56")
    }

    @Test("plainAmount has no symbol and no grouping unless asked", arguments: [
        (Int64(187_318_700), false, "1873187"),
        (Int64(187_318_700), true, "1,873,187"),
        (Int64(187_318_750), false, "1873187.50"),
        (Int64(187_318_750), true, "1,873,187.50"),
        (Int64(7), false, "0.07"),
        (Int64(0), false, "0"),
        (Int64(-100), false, "-1"),
        (Int64(-123_456_789), true, "-1,234,567.89"),
    ])
    func plainAmount(pence: Int64, grouping: Bool, expected: String) {
        #expect(Money(pence: pence).plainAmount(grouping: grouping) == expected)
    }

    @Test func plainAmountDefaultsToUngrouped() {
        #expect(Money(pounds: 1_873_187).plainAmount() == "1873187")
    }

    @Test func arithmeticIsExactInPence() {
        #expect(Money(pounds: 3) == Money(pence: 300))
        #expect(Money(pence: 10) + Money(pence: 20) == Money(pence: 30))
        #expect(Money(pounds: 538_009) - Money(pounds: 538_010) == Money(pounds: -1))
        #expect(-Money(pence: 5) == Money(pence: -5))
        #expect((Money(pence: 1) - Money(pence: 2)).isNegative)
        #expect(!Money.zero.isNegative)
        #expect(Money(pence: 1) < Money(pence: 2))
        #expect(Money(pence: -1) < .zero)
        // 0.1 + 0.2 in floating point is not 0.3; in pence it is.
        #expect(Money(pence: 10) + Money(pence: 20) == Money(pence: 30))
    }

    @Test func sumOfSequence() {
        #expect([Money]().sum() == .zero)
        #expect([gbp(1_873_187), gbp(409_728), gbp(297_273), gbp(397_643), gbp(214_454), gbp(301_652), gbp(369_371)]
            .sum() == gbp(3_863_308))
        #expect([Money(pence: 1), Money(pence: -3)].sum() == Money(pence: -2))
    }
}
