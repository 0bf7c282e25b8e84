import GrantStore
import Testing

/// What the reader refuses, each at its exact line and column (counted in characters).
struct CSVReaderRefusalTests {
    @Test func unterminatedQuoteIsReportedWhereTheQuoteOpens() {
        let failure = refusal("a,b\n1,\"open\nmore,text\n")
        #expect(failure?.line == 2)
        #expect(failure?.column == 3)
        #expect(failure?.message.contains("never closed") == true)
    }

    @Test func unterminatedQuoteAfterMultibyteText() {
        let failure = refusal("£,€,\"x")
        #expect(failure?.line == 1)
        #expect(failure?.column == 5)
    }

    @Test func quoteInsideAnUnquotedField() {
        let failure = refusal("ok,row\nab\"c,d\n")
        #expect(failure?.line == 2)
        #expect(failure?.column == 3)
        #expect(failure?.message.contains("a quote inside an unquoted field") == true)
    }

    @Test func textAfterAClosingQuote() {
        let failure = refusal("x,\"ab\"c,d\n")
        #expect(failure?.line == 1)
        #expect(failure?.column == 7)
        #expect(failure?.message.contains("unexpected text after a closing quote") == true)
    }

    /// A quote that "closes" lines below where it opened, with text after it, is one never
    /// closed: reported where it opened, with the line it ran on to.
    @Test func textAfterAClosingQuoteOnALaterLineIsAQuoteNeverClosed() {
        let failure = refusal("\"a\nb\" x\n")
        #expect(failure?.line == 1)
        #expect(failure?.column == 1)
        #expect(failure?.message.hasPrefix("this quoted field is never closed (it runs on to line 2, where the quote at column 2 is followed by text)") == true,
                "\(String(describing: failure))")
    }

    /// The case a user met: a note opened on line 7 swallows the rows below it up to the next
    /// quoted note, on line 20.
    @Test func aQuoteOpenedOnLineSevenIsReportedThereAndWhereItRanOnTo() {
        let rows = (2...19).map { $0 == 7 ? "bham,2016/17,Q1,2016-07-20,1,1,\"Late" : "bham,2016/17,Q1,2016-07-20,1,1," }
        let text = (["area_id,year,quarter,received,planned,spend,notes"] + rows + ["bham,2016/17,Q1,,,,\"Chased\" twice"])
            .joined(separator: "\n") + "\n"
        let failure = refusal(text)
        #expect(failure?.line == 7)
        #expect(failure?.column == 32)
        #expect(failure?.message.hasPrefix("this quoted field is never closed (it runs on to line 20, where the quote at column 20 is followed by text)") == true,
                "\(String(describing: failure))")
    }

    @Test func aQuoteNeverClosedOverSeveralLinesSaysItRunsToTheEndOfTheFile() {
        let failure = refusal("a,b\n1,\"open\nmore,text\n")
        #expect(failure?.message.hasPrefix("this quoted field is never closed (it runs on to the end of the file, line 3)") == true,
                "\(String(describing: failure))")
    }

    @Test func invalidUTF8Byte() {
        let failure = refusal(Array("h\nab".utf8) + [0xFF] + Array("c\n".utf8))
        #expect(failure?.line == 2)
        #expect(failure?.column == 3)
        #expect(failure?.message.contains("byte 0xFF is not UTF-8") == true)
    }

    @Test func invalidUTF8AfterAMultibyteCharacter() {
        // £ is two bytes but one column; the Latin-1 byte 0xA3 after it is column 2.
        let failure = refusal(Array("£".utf8) + [0xA3])
        #expect(failure?.line == 1)
        #expect(failure?.column == 2)
        #expect(failure?.message.contains("0xA3") == true)
    }

    @Test func truncatedUTF8SequenceAtTheEndOfTheFile() {
        let failure = refusal(Array("a,".utf8) + [0xE2, 0x82])
        #expect(failure?.line == 1)
        #expect(failure?.column == 3)
        #expect(failure?.message.contains("not UTF-8") == true)
    }

    @Test func invalidUTF8InsideAQuotedField() {
        let failure = refusal(Array("\"ok\nx".utf8) + [0xC3, 0x28] + Array("\"\n".utf8))
        #expect(failure?.line == 2)
        #expect(failure?.column == 2)
    }

    @Test func nulByte() {
        let failure = refusal(Array("a,b\nc,d".utf8) + [0x00] + Array("e\n".utf8))
        #expect(failure?.line == 2)
        #expect(failure?.column == 4)
        #expect(failure?.message.contains("NUL") == true)
    }

    @Test func utf16FileIsRefusedAtItsByteOrderMark() {
        // "a" in UTF-16LE, with its byte order mark FF FE.
        let failure = refusal([0xFF, 0xFE, 0x61, 0x00])
        #expect(failure?.line == 1)
        #expect(failure?.column == 1)
        #expect(failure?.message.contains("byte 0xFF is not UTF-8") == true)
    }

    @Test func escapeCharacter() {
        let failure = refusal("name\nx,a\u{1B}[31m\n")
        #expect(failure?.line == 2)
        #expect(failure?.column == 4)
        #expect(failure?.message.contains("control character \\e") == true)
    }

    @Test func bellCharacterInsideQuotes() {
        let failure = refusal("\"ding\u{07}\"\n")
        #expect(failure?.line == 1)
        #expect(failure?.column == 6)
        #expect(failure?.message.contains("control character \\a") == true)
    }

    @Test func loneCarriageReturn() {
        let failure = refusal("a,b\rc,d\n")
        #expect(failure?.line == 1)
        #expect(failure?.column == 4)
        #expect(failure?.message.contains("control character \\r") == true)
    }

    @Test func loneCarriageReturnAtTheEndOfTheFile() {
        let failure = refusal("a,b\nc,d\r")
        #expect(failure?.line == 2)
        #expect(failure?.column == 4)
    }

    @Test func deleteCharacter() {
        let failure = refusal("ab\u{7F}\n")
        #expect(failure?.column == 3)
    }

    @Test func fieldOfExactlyTheMaximumLengthIsAccepted() {
        let long = String(repeating: "a", count: CSVReader.maximumFieldLength)
        let rows = records("x," + long + ",y\n")
        #expect(rows.first?.fields[1].value.count == 65_536)
        #expect(rows.first?.fields[2].column == 65_540)
    }

    @Test func fieldOverTheMaximumLengthIsRefusedWhereItStarts() {
        #expect(CSVReader.maximumFieldLength == 65_536)
        let long = String(repeating: "£", count: 65_537)
        let failure = refusal("h\nx," + long + "\n")
        #expect(failure?.line == 2)
        #expect(failure?.column == 3)
        #expect(failure?.message.contains("longer than 65536 characters") == true)
    }

    @Test func quotedFieldOverTheMaximumLengthIsRefusedAtItsQuote() {
        let long = String(repeating: "b", count: 65_537)
        let failure = refusal("h,i\nx,\"" + long + "\"\n")
        #expect(failure?.line == 2)
        #expect(failure?.column == 3)
        #expect(failure?.message.contains("longer than") == true)
    }
}
