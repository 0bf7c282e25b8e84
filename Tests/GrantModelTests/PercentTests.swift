import Testing
import GrantModel

@Suite("Percent: whole percent, exact, rounded half up")
struct PercentTests {
    private func pct(_ part: Int64, _ whole: Int64) -> Int? {
        Percent.of(Money(pence: part), in: Money(pence: whole))
    }

    @Test func roundsHalfUp() {
        #expect(pct(1, 200) == 1)     // exactly 0.5%
        #expect(pct(1, 201) == 0)     // 0.4975%
        #expect(pct(3, 200) == 2)     // exactly 1.5%
        #expect(pct(5, 200) == 3)     // exactly 2.5%: half up, not to even
        #expect(pct(1, 3) == 33)
        #expect(pct(2, 3) == 67)
        #expect(pct(1, 8) == 13)      // 12.5%
        #expect(pct(7, 8) == 88)      // 87.5%
    }

    @Test("87.4999...% rounds down, 87.5% rounds up, computed without floating point")
    func nearTheHalf() {
        #expect(pct(874_999, 1_000_000) == 87)
        #expect(pct(875_000, 1_000_000) == 88)
        #expect(pct(87_499_999_999, 100_000_000_000) == 87)
        #expect(pct(87_500_000_000, 100_000_000_000) == 88)
        // Double(874_999_999_999_999_999) is 8.75e17, so a floating-point percent would say 88.
        #expect(pct(874_999_999_999_999_999, 1_000_000_000_000_000_000) == 87)
        #expect(pct(875_000_000_000_000_000, 1_000_000_000_000_000_000) == 88)
    }

    @Test func wholeAndOverWhole() {
        #expect(pct(0, 100) == 0)
        #expect(pct(100, 100) == 100)
        #expect(pct(53_801_000, 53_800_900) == 100)   // Wolverhampton: £538,010 of £538,009
        #expect(pct(201, 100) == 201)
        #expect(pct(1_005, 1_000) == 101)             // 100.5%
        #expect(pct(1_004, 1_000) == 100)
    }

    @Test("no total: no percent")
    func noTotal() {
        #expect(pct(0, 0) == nil)
        #expect(pct(5, 0) == nil)
        #expect(pct(5, -100) == nil)
    }

    @Test("negative parts round half away from zero")
    func negativeParts() {
        #expect(pct(-1, 200) == -1)
        #expect(pct(-1, 201) == 0)
        #expect(pct(-100, 100) == -100)
    }

    @Test("exact even for the largest amounts the parser accepts")
    func largeAmounts() {
        let largest = Int64(99_999_999_999_999_999)   // £999,999,999,999,999.99
        #expect(pct(largest, largest) == 100)
        #expect(pct(largest / 2, largest) == 50)
        #expect(pct(Int64.max, Int64.max) == 100)
        #expect(pct(Int64.max / 200 + 1, Int64.max) == 1)   // a hair over 0.5%
        #expect(pct(1, Int64.max) == 0)
        // Beyond any percent an Int can hold: saturates instead of trapping.
        #expect(pct(Int64.max, 1) == Int.max)
        #expect(pct(-Int64.max, 1) == -Int.max)
        #expect(pct(Int64.max / 100 - 1, 1) == Int(Int64.max / 100 - 1) * 100)
        #expect(pct(Int64.max / 100, 1) == Int.max)
    }

    @Test("agrees with exact rational rounding over a grid")
    func exhaustiveSmall() {
        var wrong: [String] = []
        for whole in Int64(1)...60 {
            for part in Int64(0)...(whole * 3) {
                // Half up: the least n with 2 * 100 * part < (2n + 1) * whole.
                var n = 0
                while Int64(2 * n + 1) * whole <= 200 * part { n += 1 }
                if pct(part, whole) != n { wrong.append("\(part)/\(whole)") }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    @Test("tenths of a percent, rounded half up: 10.017% is 100 tenths")
    func tenths() {
        #expect(Percent.tenths(Money(pence: 10_017), in: Money(pence: 100_000)) == 100)
        #expect(Percent.tenths(Money(pence: 10_050), in: Money(pence: 100_000)) == 101)
        #expect(Percent.tenths(Money(pence: -1), in: Money(pence: 1_000)) == -1)
        #expect(Percent.tenths(Money(pence: 1), in: .zero) == nil)
        #expect(Percent.text(tenths: 100) == "10.0%")
        #expect(Percent.text(tenths: -1) == "-0.1%")
        #expect(Percent.text(tenths: 9_990) == "999.0%")
        #expect(Percent.text(tenths: 9_991) == ">999%")
    }

    @Test("exactly a whole percent, compared in 128 bits")
    func isExactly() {
        #expect(Percent.isExactly(10, Money(pence: 10_000), in: Money(pence: 100_000)))
        #expect(!Percent.isExactly(10, Money(pence: 10_017), in: Money(pence: 100_000)))
        let largest = Money(pence: 99_999_999_999_999_999)
        #expect(Percent.isExactly(100, largest, in: largest))
        #expect(!Percent.isExactly(10, Money(pence: 1), in: .zero))
    }

    @Test("a percentage too large to mean anything shows as >999%")
    func shownText() {
        #expect(Percent.text(27) == "27%")
        #expect(Percent.text(999) == "999%")
        #expect(Percent.text(1_000) == ">999%")
        #expect(Percent.text(Int.max) == ">999%")
        #expect(Percent.text(-1_000) == "<-999%")
    }

    @Test("JSON's exact digits: the whole percent however large, from 128-bit arithmetic")
    func exactDigits() {
        func digits(_ part: Int64, _ whole: Int64) -> String? { Percent.exactDigits(Money(pence: part), in: Money(pence: whole)) }
        #expect(digits(99_999_999_999_999_999, 1) == "9999999999999999900")
        #expect(digits(Int64.max, 1) == "922337203685477580700")
        #expect(digits(Int64.max, 3) == "307445734561825860233")   // 922337203685477580700 / 3, rounded
        #expect(digits(1, 8) == "13")
        #expect(digits(0, 8) == "0")
        #expect(digits(995, 1_000) == "100")
        #expect(digits(1_005, 100) == "1005")
        #expect(digits(-1, 8) == "-13")
        #expect(digits(1, 0) == nil)
        // Where the whole percent fits an Int, the digits are Percent.of's.
        for (part, whole) in [(Int64(275_109_00), Int64(1_873_187_00)), (7, 8), (53_801_000, 53_800_900)] {
            #expect(digits(part, whole) == pct(part, whole).map(String.init))
        }
    }
}
