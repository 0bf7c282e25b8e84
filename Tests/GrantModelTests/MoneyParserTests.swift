import Testing
import GrantModel

@Suite("MoneyParser: the money forms of data format v1")
struct MoneyParserTests {
    @Test("accepts plain, decimal, grouped and symbol forms", arguments: [
        ("1873187", Int64(187_318_700)),
        ("1873187.50", Int64(187_318_750)),
        ("1873187.5", Int64(187_318_750)),
        ("1873187.05", Int64(187_318_705)),
        ("1,873,187", Int64(187_318_700)),
        ("£1,873,187", Int64(187_318_700)),
        ("£1,873,187.50", Int64(187_318_750)),
        ("£1873187", Int64(187_318_700)),
        ("0", Int64(0)),
        ("0.01", Int64(1)),
        ("999", Int64(99_900)),
        ("1,000", Int64(100_000)),
        ("12,345", Int64(1_234_500)),
        ("123,456", Int64(12_345_600)),
        ("  214454 ", Int64(21_445_400)),
        ("\t£5\t", Int64(500)),
        ("-0", Int64(0)),
    ])
    func accepts(text: String, pence: Int64) {
        #expect(MoneyParser.parse(text, currency: .gbp) == .success(Money(pence: pence)))
    }

    @Test("rejects malformed amounts", arguments: [
        "18,73,187", "1,8731,87", "1873,187", ",187", "187,", "1,,873", "12a", "a12", "1.2.3", "1.", ".5", "1.234",
        "1.5a", "£", "1 873 187", "5£", "0x10", "1e3", "+5", "١٢", "½",
    ])
    func rejectsMalformed(text: String) {
        guard case .failure(.malformed) = MoneyParser.parse(text, currency: .gbp) else {
            Issue.record("\(text) should be malformed, got \(MoneyParser.parse(text, currency: .gbp))")
            return
        }
    }

    @Test func rejectsEmpty() {
        #expect(MoneyParser.parse("", currency: .gbp) == .failure(.empty))
        #expect(MoneyParser.parse("   ", currency: .gbp) == .failure(.empty))
        #expect(MoneyParser.parse("\t", currency: .gbp) == .failure(.empty))
    }

    @Test("a negative amount is reported as such", arguments: ["-5", "-£5", "£-5", "-1,873,187.50", "-0.01"])
    func rejectsNegative(text: String) {
        #expect(MoneyParser.parse(text, currency: .gbp) == .failure(.negative))
    }

    @Test func rejectsAnotherCurrencysSymbol() {
        #expect(MoneyParser.parse("€5", currency: .gbp) == .failure(.wrongCurrency(found: "€", expected: .gbp)))
        #expect(MoneyParser.parse("$1,000", currency: .gbp) == .failure(.wrongCurrency(found: "$", expected: .gbp)))
        #expect(MoneyParser.parse("-€5", currency: .gbp) == .failure(.wrongCurrency(found: "€", expected: .gbp)))
        #expect(MoneyParser.parse("£5", currency: .eur) == .failure(.wrongCurrency(found: "£", expected: .eur)))
        #expect(MoneyParser.parse("€5", currency: .eur) == .success(Money(pounds: 5)))
    }

    @Test("with no funder currency, any known symbol is accepted")
    func anyKnownSymbolWithoutACurrency() {
        #expect(MoneyParser.parse("€5", currency: nil) == .success(Money(pounds: 5)))
        #expect(MoneyParser.parse("£1,873,187", currency: nil) == .success(Money(pounds: 1_873_187)))
        #expect(MoneyParser.parse("$0.50", currency: nil) == .success(Money(pence: 50)))
        #expect(MoneyParser.parse("-€5", currency: nil) == .failure(.negative))
        #expect(MoneyParser.parse("¥5", currency: nil) == .failure(.malformed("expected digits, optionally grouped in threes by commas")))
    }

    @Test func rejectsAmountsTooLargeToHold() {
        #expect(MoneyParser.parse("9999999999999999", currency: .gbp) == .failure(.tooLarge))
        #expect(MoneyParser.parse("99999999999999999999999", currency: .gbp) == .failure(.tooLarge))
        #expect(MoneyParser.parse("999999999999999.99", currency: .gbp) == .success(Money(pence: 99_999_999_999_999_999)))
    }

    @Test("formatting and parsing round trip", arguments: [Int64(0), 1, 99, 100, 187_318_750, 12_345_678_901, 100_000_000])
    func roundTrip(pence: Int64) {
        let money = Money(pence: pence)
        #expect(MoneyParser.parse(money.formatted(), currency: .gbp) == .success(money))
        #expect(MoneyParser.parse(money.plainAmount(), currency: .gbp) == .success(money))
        #expect(MoneyParser.parse(money.plainAmount(grouping: true), currency: .gbp) == .success(money))
    }

    @Test func currencyByCode() {
        #expect(Currency(code: "GBP") == .gbp)
        #expect(Currency(code: "gbp") == .gbp)
        #expect(Currency(code: "EUR")?.symbol == "€")
        #expect(Currency(code: "XYZ") == nil)
    }
}
