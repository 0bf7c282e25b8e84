import GrantModel
import Testing

/// Excel's Accounting format as a CSV saved from Excel writes it: the symbol padded from the
/// figure, a dash for zero, brackets for a negative amount (which is then refused, saying why).
@Suite("MoneyParser: Excel's Accounting format")
struct AccountingFormatTests {
    @Test("reads the padded symbol and the dash for zero", arguments: [
        (" £ 176,000.00 ", Int64(17_600_000)),
        ("£ 176,000.00", Int64(17_600_000)),
        ("£   5", Int64(500)),
        (" £-   ", Int64(0)),
        ("£ -", Int64(0)),
        (" -   ", Int64(0)),
        ("(0.00)", Int64(0)),
    ])
    func reads(text: String, pence: Int64) {
        #expect(MoneyParser.parse(text, currency: .gbp) == .success(Money(pence: pence)))
        var bytes = text
        #expect(bytes.withUTF8 { MoneyParser.parse(utf8: $0, currency: .gbp) } == .success(Money(pence: pence)))
    }

    @Test("a figure in brackets is negative", arguments: ["(1,234)", "(£1,234.00)", "£ (1,234.00)", " £ ( 1,234.00 ) "])
    func bracketsAreNegative(text: String) {
        #expect(MoneyParser.parse(text, currency: .gbp) == .failure(.negativeInParentheses))
    }

    @Test func theSymbolStillHasToMatch() {
        #expect(MoneyParser.parse("€ (5)", currency: .gbp) == .failure(.wrongCurrency(found: "€", expected: .gbp)))
    }

    @Test("what is still not an amount", arguments: ["()", "(5", "5)", "£ 1 234", "£ - 5 -", "--"])
    func stillMalformed(text: String) {
        guard case .failure(.malformed) = MoneyParser.parse(text, currency: .gbp) else {
            Issue.record("\(text) should be malformed, got \(MoneyParser.parse(text, currency: .gbp))")
            return
        }
    }
}
