import Testing
import GrantModel

/// A change to a copied allocation (`rollover --change`): read exactly, applied in 128 bits,
/// rounded once, half up, by the rule stated.
struct AllocationChangeTests {
    @Test func readsSignedPercentsWithUpToFourDecimals() {
        #expect(AllocationChange("-25%")?.millionths == -250_000)
        #expect(AllocationChange("+2.5%")?.millionths == 25_000)
        #expect(AllocationChange("10%")?.millionths == 100_000)
        #expect(AllocationChange(" -0.0001% ")?.millionths == -1)
        #expect(AllocationChange("\u{2212}25%")?.millionths == -250_000)
        #expect(AllocationChange("-100%")?.millionths == -1_000_000)
        #expect(AllocationChange("1000%")?.millionths == 10_000_000)
    }

    @Test(arguments: ["-25", "25 %%", "-101%", "1000.0001%", "2.%", ".5%", "1.23456%", "x%", "%", "--25%", "1e3%"])
    func refusesAnythingElse(text: String) {
        #expect(AllocationChange(text) == nil)
    }

    @Test func describesItselfAsTyped() {
        #expect("\(AllocationChange("-25%")!)" == "-25%")
        #expect("\(AllocationChange("2.50%")!)" == "+2.5%")
        #expect("\(AllocationChange("-0.0001%")!)" == "-0.0001%")
    }

    /// The board report of 6 December 2016: the 2015/16 allocations (the Panel report of
    /// 12 October 2015) cut by 25%, to the pound.
    @Test func theBoardsCutOf25PercentToThePound() {
        let cut = AllocationChange("-25%")!
        let pairs: [(Int64, Int64)] = [(2_497_583, 1_873_187), (546_304, 409_728), (396_364, 297_273), (530_190, 397_643),
                                       (285_938, 214_454), (402_203, 301_652), (492_495, 369_371)]
        for (before, after) in pairs {
            #expect(cut.applied(to: Money(pounds: before), rounding: .pound) == Money(pounds: after), "\(before)")
        }
    }

    @Test func toThePennyKeepsThePence() {
        let cut = AllocationChange("-25%")!
        #expect(cut.applied(to: Money(pounds: 2_497_583), rounding: .penny) == Money(pence: 187_318_725))
        // 0.5p rounds up: 1p cut by 50%.
        #expect(AllocationChange("-50%")!.applied(to: Money(pence: 1), rounding: .penny) == Money(pence: 1))
        #expect(AllocationChange("-50%")!.applied(to: Money(pence: 3), rounding: .penny) == Money(pence: 2))
        #expect(AllocationChange("-100%")!.applied(to: Money(pounds: 5), rounding: .penny) == .zero)
        #expect(AllocationChange.none.applied(to: Money(pence: 12_345), rounding: .penny) == Money(pence: 12_345))
    }

    @Test func neverOverflowsSilently() {
        let rise = AllocationChange("1000%")!
        #expect(rise.applied(to: Money(pence: Int64.max / 2), rounding: .penny) == nil)
        // The product passes 64 bits but the result fits: 128 bits keep it exact.
        let big = Money(pence: Int64.max / 11)
        #expect(rise.applied(to: big, rounding: .penny) == Money(pence: big.pence * 11))
        #expect(AllocationChange("-50%")!.applied(to: Money(pence: Int64.max), rounding: .penny) == Money(pence: Int64.max / 2 + 1))
    }
}
