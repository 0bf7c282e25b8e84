import GrantStore
import Testing

/// RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes, and where each field starts.
struct CSVReaderQuotingTests {
    @Test func quotedFieldWithCommas() {
        let rows = records("x,\"a,b\",y\n")
        #expect(rows[0].fields.map(\.value) == ["x", "a,b", "y"])
        #expect(rows[0].fields.map(\.column) == [1, 3, 9])
    }

    @Test func doubledQuotesAreOneQuote() {
        let rows = records("\"say \"\"hi\"\"\",z\n")
        #expect(rows[0].fields.map(\.value) == ["say \"hi\"", "z"])
        // "say ""hi""" is 12 characters, then the comma: z starts at column 14.
        #expect(rows[0].fields[1].column == 14)
    }

    @Test func anEmptyQuotedFieldAndAQuotedQuote() {
        let rows = records("\"\",\"\"\"\",end\n")
        #expect(rows[0].fields.map(\.value) == ["", "\"", "end"])
        #expect(rows[0].fields.map(\.column) == [1, 4, 9])
    }

    @Test func embeddedNewlineKeepsTheRecordLineAndMovesLaterFields() {
        let rows = records("h1,h2,h3\na,\"line1\nline2\",b\nc,d,e\n")
        #expect(rows.count == 3)
        #expect(rows[1].line == 2)
        #expect(rows[1].fields.map(\.value) == ["a", "line1\nline2", "b"])
        #expect(rows[1].fields[1].line == 2 && rows[1].fields[1].column == 3)
        // `line2",b`: the quote closes at column 6, b starts at column 8 of line 3.
        #expect(rows[1].fields[2].line == 3 && rows[1].fields[2].column == 8)
        #expect(rows[2].line == 4)
        #expect(rows[2].fields[2].line == 4 && rows[2].fields[2].column == 5)
    }

    @Test func embeddedCRLFCountsAsOneLineBreak() {
        let rows = records("a,\"one\r\ntwo\r\nthree\",b\r\nnext\r\n")
        #expect(rows[0].fields[1].value == "one\ntwo\nthree")
        #expect(rows[0].fields[2].line == 3 && rows[0].fields[2].column == 8)
        #expect(rows[1].line == 4)
    }

    @Test func multibyteCharactersCountAsOneColumn() {
        let rows = records("£5,x\n\"£1,234\",y,€,z\n")
        #expect(rows[0].fields[1].column == 4)
        #expect(rows[1].fields[0].value == "£1,234")
        #expect(rows[1].fields.map(\.column) == [1, 10, 12, 14])
    }

    @Test func multibyteCharactersInsideQuotesCountAsOneColumn() {
        let rows = records("\"££\"\"\",x\n")
        #expect(rows[0].fields[0].value == "££\"")
        #expect(rows[0].fields[1].column == 8)
    }

    @Test func tabsAreKeptAsData() {
        let rows = records("a\tb,\"c\td\"\n")
        #expect(rows[0].fields.map(\.value) == ["a\tb", "c\td"])
    }

    @Test func spacesAroundFieldsAreKept() {
        // Trimming is the row reader's business, not the CSV reader's.
        let rows = records(" a , b \n")
        #expect(rows[0].fields.map(\.value) == [" a ", " b "])
        #expect(rows[0].fields[1].column == 5)
    }

    @Test func trailingCommaGivesAnEmptyLastField() {
        let rows = records("a,b,\n")
        #expect(rows[0].fields.map(\.value) == ["a", "b", ""])
        #expect(rows[0].fields[2].column == 5)
    }
}
