import GrantStore
import Testing

/// CSVText.write: RFC 4180 output that the tokenizer reads back unchanged.
struct CSVTextTests {
    @Test func plainRowsEndWithANewline() {
        #expect(CSVText.write([["a", "b"], ["1", "2"]]) == "a,b\n1,2\n")
    }

    @Test func commasQuotesAndNewlinesAreQuoted() {
        let text = CSVText.write([["1,2", "say \"hi\"", "line1\nline2", "plain"]])
        #expect(text == "\"1,2\",\"say \"\"hi\"\"\",\"line1\nline2\",plain\n")
    }

    @Test func emptyFieldsStayEmpty() {
        #expect(CSVText.write([["", "x", ""]]) == ",x,\n")
    }

    @Test func noRowsIsNoText() {
        #expect(CSVText.write([]) == "")
    }

    @Test(arguments: [
        [["area_id", "name", "notes"], ["bham", "Birmingham CC", "Seed 002, Table 1"]],
        [["a"], ["quote \" inside"], ["\"starts with a quote"], ["ends with a quote\""]],
        [["multi\nline\nnotes", "£1,873,187", "€200,000"], ["", "", ""], ["tab\there", " spaces ", "x"]],
        [["comma,", ",", ",,"], ["\"\"", "\"", "a\"\"b"]],
    ])
    func roundTripThroughTheTokenizer(_ rows: [[String]]) {
        let text = CSVText.write(rows)
        #expect(text.hasSuffix("\n"))
        let read = records(text)
        #expect(read.map { $0.fields.map(\.value) } == rows)
    }
}
