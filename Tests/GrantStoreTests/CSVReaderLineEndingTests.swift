import GrantStore
import Testing

/// BOM, LF and CRLF: the same records, the same positions.
struct CSVReaderLineEndingTests {
    @Test func lfRecordsAndLines() {
        let rows = records("a,b\n1,2\n3,4\n")
        #expect(rows.map { $0.fields.map(\.value) } == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(rows.map(\.line) == [1, 2, 3])
    }

    @Test func crlfGivesTheSameRecordsAsLF() {
        let crlf = records("a,b\r\n1,2\r\n3,4\r\n")
        let lf = records("a,b\n1,2\n3,4\n")
        #expect(crlf == lf)
        #expect(crlf.flatMap(\.fields).allSatisfy { !$0.value.contains("\r") })
    }

    @Test func missingFinalNewlineStillEndsTheLastRecord() {
        let rows = records("a,b\r\n1,2")
        #expect(rows.map { $0.fields.map(\.value) } == [["a", "b"], ["1", "2"]])
        #expect(rows[1].fields[1].column == 3)
    }

    @Test func mixedLineEndingsCountLines() {
        let rows = records("a\r\nb\nc\r\nd")
        #expect(rows.map(\.line) == [1, 2, 3, 4])
        #expect(rows.map { $0.fields[0].value } == ["a", "b", "c", "d"])
    }

    @Test func byteOrderMarkIsSkippedAndTakesNoColumn() {
        let rows = records([0xEF, 0xBB, 0xBF] + Array("area_id,name\r\nbham,B\r\n".utf8))
        #expect(rows.count == 2)
        #expect(rows[0].fields[0].value == "area_id")
        #expect(rows[0].fields[0].column == 1)
        #expect(rows[0].fields[1].column == 9)
        #expect(rows[1].fields[1].line == 2)
    }

    @Test func aByteOrderMarkOnlyCountsAtTheStart() {
        // U+FEFF later in a file is an ordinary (invisible) character of the field.
        let rows = records("a,\u{FEFF}b\n")
        #expect(rows[0].fields[1].value == "\u{FEFF}b")
    }

    @Test func emptyInputHasNoRecords() {
        #expect(records("").isEmpty)
        #expect(records([0xEF, 0xBB, 0xBF]).isEmpty)
    }
}
