import GrantStore
import Testing

/// CSVWriter: RFC 4180 output that the reader reads back unchanged.
struct CSVWriterTests {
    @Test func plainRowsEndWithANewline() {
        #expect(CSVWriter.text([["a", "b"], ["1", "2"]]) == "a,b\n1,2\n")
    }

    @Test func commasQuotesAndNewlinesAreQuoted() {
        let text = CSVWriter.text([["1,2", "say \"hi\"", "line1\nline2", "plain"]])
        #expect(text == "\"1,2\",\"say \"\"hi\"\"\",\"line1\nline2\",plain\n")
    }

    @Test func emptyFieldsStayEmpty() {
        #expect(CSVWriter.text([["", "x", ""]]) == ",x,\n")
    }

    @Test func noRowsIsNoText() {
        #expect(CSVWriter.text([]) == "")
    }

    @Test(arguments: [
        [["area_id", "name", "notes"], ["bham", "Birmingham CC", "Seed 002, Table 1"]],
        [["a"], ["quote \" inside"], ["\"starts with a quote"], ["ends with a quote\""]],
        [["multi\nline\nnotes", "£1,873,187", "€200,000"], ["", "", ""], ["tab\there", " spaces ", "x"]],
        [["comma,", ",", ",,"], ["\"\"", "\"", "a\"\"b"]],
    ])
    func roundTripThroughTheReader(_ rows: [[String]]) {
        let text = CSVWriter.text(rows)
        #expect(text.hasSuffix("\n"))
        let read = records(text)
        #expect(read.map { $0.fields.map(\.value) } == rows)
    }
}
