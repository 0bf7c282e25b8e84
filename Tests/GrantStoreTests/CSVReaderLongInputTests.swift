import Foundation
import Testing
@testable import GrantStore
#if canImport(Glibc)
import Glibc
#endif

/// What once went to a second, slower reader: fields longer in bytes than the limit is in
/// characters (multibyte text), files large enough to be read in two halves at once, and offsets
/// past what 32 bits hold. The one reader reads them all, and answers as the grammar says.
struct CSVReaderLongInputTests {
    private func expectAsTheGrammarSays(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = ReferenceCSVReader.records(from: bytes)
        let read = CSVReader.records(from: bytes)
        func described(_ result: Result<[CSVRecord], CSVReader.Failure>) -> String {
            switch result {
            case .success(let records): return "\(records.count) records"
            case .failure(let failure): return "\(failure)"
            }
        }
        #expect(read == expected, "\(described(read)), expected \(described(expected))", sourceLocation: sourceLocation)
    }

    /// 40,000 `£` are 80,000 bytes but 40,000 characters: within the limit, read as one value, and
    /// the field after it counted in characters.
    @Test func aLongFieldOfMultibyteTextIsRead() throws {
        let long = String(repeating: "£", count: 40_000)
        let rows = records("h1,h2,h3\nx," + long + ",y\n\"q\"\"" + long + "\nz\",w,v\n")
        try #require(rows.count == 3)
        #expect(rows[1].fields[1].value == long)
        #expect(rows[1].fields[2].column == 40_004)
        #expect(rows[2].fields[0].value == "q\"" + long + "\nz")
        #expect(rows[2].fields[1].line == 4 && rows[2].fields[1].column == 4)
        for text in ["x," + long + ",y\n", "\"" + long + "\r\n" + long + "\"\n", "a\n\"" + long + "\"\"" + long + "\",b"] {
            expectAsTheGrammarSays(Array(text.utf8))
        }
    }

    /// Past the limit in characters, a field is refused where it starts, unless something the
    /// grammar refuses comes before its 65,537th character; `""` and line ends count, but only a
    /// character after them finds the field too long.
    @Test(arguments: [
        String(repeating: "é", count: 65_537) + "\u{0}",
        "h\nx," + String(repeating: "é", count: 100) + "\u{0}" + String(repeating: "é", count: 70_000),
        "\"" + String(repeating: "é", count: 65_537) + "\"x",
        "\"" + String(repeating: "é", count: 65_536) + "\"\"\",next",
        "\"" + String(repeating: "é", count: 65_536) + "\"\"x\"",
        "\"" + String(repeating: "\r\n", count: 65_536) + "é\"",
        "\"" + String(repeating: "\n", count: 65_536) + "\"",
        "a,\"" + String(repeating: "é", count: 70_000),
        String(repeating: "é", count: 65_536) + "\"",
        String(repeating: "é", count: 65_537) + "\"",
        String(repeating: "é", count: 65_536) + "\r",
    ])
    func aFieldPastTheLimitIsRefusedWhereTheGrammarFindsItTooLong(_ text: String) {
        expectAsTheGrammarSays(Array(text.utf8))
    }

    /// Files from a megabyte are read in two halves at once: a quoted field across the middle, or
    /// a refusal in either half, is found as in a file read from its start.
    @Test(arguments: [0.25, 0.5, 0.75])
    func aLargeFileIsReadAsTheGrammarSays(_ at: Double) {
        let row = Array("bham,2016/17,Q1,2016-07-20,1873187.50,\"a note, with a comma\"\n".utf8)
        let plainRow = Array("bham,2016/17,Q2,2016-10-20,1,2\n".utf8)
        func file(_ row: [UInt8]) -> (bytes: [UInt8], middle: Int) {
            let bytes = Array(repeating: row, count: (1 << 20) / row.count + 1).flatMap { $0 }
            return (bytes, Int(Double(bytes.count) * at) / row.count * row.count)
        }
        var (acrossTheMiddle, middle) = file(plainRow)
        acrossTheMiddle.insert(contentsOf: Array("\"a quote opened\n".utf8), at: middle)
        acrossTheMiddle.insert(contentsOf: Array("and closed\",".utf8), at: middle + 16 + 3 * plainRow.count)
        expectAsTheGrammarSays(acrossTheMiddle)
        let (bytes, rowMiddle) = file(row)
        expectAsTheGrammarSays(bytes)
        var refused = bytes
        refused[rowMiddle + 7] = 0xFF
        expectAsTheGrammarSays(refused)
        var neverClosed = bytes
        neverClosed.insert(UInt8(ascii: "\""), at: rowMiddle)
        expectAsTheGrammarSays(neverClosed)
    }

    /// Offsets take 64 bits: a record past 4 GiB into the bytes (a sparse file, mapped: nothing
    /// before it is ever read) is split with its offsets whole, the quoted field still marked as
    /// one to unescape, and a refusal there is at its own offset.
    @Test func offsetsPastFourGiBAreHeldWhole() throws {
        let start = (1 << 32) + 5
        let text = Array("a,\"b\"\"c\"\nd,e\n".utf8) + [0xFF]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-sparse-\(UUID().uuidString)").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        defer {
            close(descriptor)
            unlink(path)
        }
        try #require(ftruncate(descriptor, off_t(start)) == 0)
        try #require(pwrite(descriptor, text, text.count, off_t(start)) == text.count)
        let size = start + text.count
        let mapped = try #require(mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0))
        try #require(mapped != MAP_FAILED)
        defer { munmap(mapped, size) }
        let bytes = UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size)

        var offsets: [UInt64] = [], recordStarts: [Int] = [], recordLines: [Int] = []
        let whole = CSVScanner.scan(UnsafeBufferPointer(rebasing: bytes[..<(size - 1)]), from: start, firstLine: 7,
                                    offsets: &offsets, recordStarts: &recordStarts, recordLines: &recordLines)
        #expect(whole == .success(2))
        #expect(offsets.map { Int($0 & CSVScan.offsetMask) } == [0, 2, 9, 9, 11, 13].map { start + $0 })
        #expect(offsets.map { $0 & CSVScan.escapedFlag != 0 } == [false, true, false, false, false, false])
        #expect(recordStarts == [0, 3] && recordLines == [7, 8])
        offsets.withUnsafeBufferPointer { offsets in
            let view = CSVScanView(bytes: bytes, offsets: offsets)
            #expect(view.span(1) == start + 2..<start + 8)
            #expect(view.plainSpan(1) == nil)
            #expect(view.trimmedBytes(4).map(Array.init) == Array("e".utf8))
        }

        offsets = []
        recordStarts = []
        recordLines = []
        let refused = CSVScanner.scan(bytes, from: start, firstLine: 7, offsets: &offsets, recordStarts: &recordStarts,
                                      recordLines: &recordLines)
        #expect(refused == .failure(CSVRefusal(kind: .notUTF8, offset: start + 13, fieldStart: start + 13,
                                               recordStart: start + 13, recordLine: 9)))
    }
}
