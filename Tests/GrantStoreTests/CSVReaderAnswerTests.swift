import Foundation
import GrantModel
import Testing
@testable import GrantStore

/// The one reader on thousands of small made-up inputs full of quotes, line ends, spaces beside
/// combining marks, bad bytes and near-miss values, against the grammar written out plainly
/// (`ReferenceCSVReader`): the same records at the same lines and columns, or the same refusal in
/// the same words at the same place. So too for a file read in blocks, the rows of a table, and
/// the everyday spellings of values that the parsers read straight from their bytes.
struct CSVReaderAnswerTests {
    private static let pieces: [[UInt8]] = [
        "a", "b", "7", ",", ",", "\"", "\"\"", "\n", "\n", "\r\n", " ", "\t", "é", "\u{301}", "\u{600}", "£", "x y",
    ].map { Array($0.utf8) }
    /// What the reader refuses, one piece in forty.
    private static let rarePieces: [[UInt8]] = [Array("\r".utf8), Array("\u{1B}".utf8), [0xFF], [0x00], [0xC3],
                                                [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF]]

    private func input(_ numbers: inout SplitMix64) -> [UInt8] {
        var bytes: [UInt8] = numbers.next(8) == 0 ? [0xEF, 0xBB, 0xBF] : []
        for _ in 0..<numbers.next(40) {
            let pool = numbers.next(40) == 0 ? Self.rarePieces : Self.pieces
            bytes += pool[numbers.next(pool.count)]
        }
        return bytes
    }

    @Test func theReaderAnswersAsTheGrammarSays() {
        var numbers = SplitMix64(seed: 42)
        var read = 0, refused = 0
        for _ in 0..<5_000 {
            let bytes = input(&numbers)
            let expected = ReferenceCSVReader.records(from: bytes)
            #expect(CSVReader.records(from: bytes) == expected, "\(bytes)")
            guard case .success(let records) = expected, case .success(let scan) = CSVReader.scan(bytes) else {
                refused += 1
                continue
            }
            read += 1
            for record in 0..<min(scan.recordCount, records.count) {
                #expect(scan.isBlank(record) == records[record].isBlank, "\(bytes)")
                for field in 0..<min(scan.fieldCount(record), records[record].fields.count) {
                    #expect(scan.trimmedValue(scan.firstEntry(record) + field) == records[record].fields[field].value.trimmingSpaces(),
                            "\(bytes)")
                }
            }
        }
        #expect(read > 500 && refused > 500, "too few inputs of one kind to be compared: \(read) read, \(refused) refused")
    }

    /// A file read a block at a time (`CSVStreamingReader`) splits into the same records, at the
    /// same lines and columns, as the file read whole; and a file the reader refuses is never read
    /// in blocks to its end. Blocks of one to a dozen bytes put a block's end inside every kind of
    /// field.
    @Test func aFileReadInBlocksSplitsAsTheWholeFileDoes() throws {
        var numbers = SplitMix64(seed: 11)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-blocks-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        var inManyBlocks = 0
        for _ in 0..<10_000 {
            // Two inputs, so that a byte-order mark may be found mid-file too.
            let bytes = input(&numbers) + input(&numbers)
            try Data(bytes).write(to: file)
            let reader = try #require(CSVStreamingReader(path: file.path, blockSize: 1 + numbers.next(12)))
            var records: [CSVRecord] = [], count = 0
            var finished = false
            reading: while true {
                switch reader.next() {
                case .block(let scan):
                    records += (0..<scan.recordCount).map { scan.record($0) }
                    count += 1
                case .finished:
                    finished = true
                    break reading
                case .readWhole:
                    break reading
                }
            }
            guard case .success(let whole) = CSVReader.scan(bytes) else {
                #expect(!finished, "read in blocks, though the reader refuses it: \(bytes)")
                continue
            }
            #expect(finished, "not read in blocks, though it is read whole: \(bytes)")
            #expect(records == (0..<whole.recordCount).map { whole.record($0) }, "\(bytes)")
            if count > 1 { inManyBlocks += 1 }
        }
        #expect(inManyBlocks > 200, "too few inputs were read in blocks to be compared: \(inManyBlocks)")
    }

    /// Each row of a table, through a `RowReader`, holds what the grammar says its record holds:
    /// each column's trimmed text (as a `String` and as bytes) and where it starts; a row short
    /// of the header's fields, or past them, is one error at its last field.
    @Test func aTableReadsEachRowAsTheGrammarSays() throws {
        var numbers = SplitMix64(seed: 7)
        var rowsRead = 0
        for _ in 0..<2_000 {
            let bytes = Array("id,name,amount\n".utf8) + input(&numbers)
            guard case .success(let table) = CSVTable.parse(path: "t.csv", bytes: bytes),
                  case .success(let all) = ReferenceCSVReader.records(from: bytes) else { continue }
            let records = Array(all.filter { !$0.isBlank }.dropFirst())
            try #require(table.rowCount == records.count, "\(bytes)")
            for (index, record) in records.enumerated() {
                rowsRead += 1
                let row = RowReader(table: table, row: index)
                #expect(row.isValid == (record.fields.count == 3), "\(bytes)")
                if let last = record.fields.last, record.fields.count != 3 {
                    #expect(row.problems.map { [$0.line, $0.column] } == [[last.line, last.column]], "\(bytes)")
                }
                for (column, name) in ["id", "name", "amount", "missing"].enumerated() {
                    let field = column < 3 && column < record.fields.count ? record.fields[column] : nil
                    let text = field?.value.trimmingSpaces() ?? ""
                    #expect(row.text(name) == text, "\(bytes)")
                    #expect(row.withText(name) { Array($0) } == Array(text.utf8), "\(bytes)")
                    #expect(row.location(of: name) == (field.map { ($0.line, $0.column) } ?? (record.line, 1)), "\(bytes)")
                }
            }
        }
        #expect(rowsRead > 400, "too few rows were read to be compared: \(rowsRead)")
    }

    private static let valuePieces = ["1", "2", "9", "0", "0", ".", ".", ",", "-", "/", "£", "€", " ", "Q", "q", "20", "16", "2016",
                                      "/17", "-12", "-06", "05", "31", "29", "-02", "2015", "1234567890123456"]

    private func value(_ numbers: inout SplitMix64) -> String {
        (0..<(1 + numbers.next(6))).map { _ in Self.valuePieces[numbers.next(Self.valuePieces.count)] }.joined()
    }

    /// Each value parser reads the everyday spelling straight from the bytes of a field: what it
    /// answers from the bytes is what it answers from the text.
    @Test func theValueParsersAnswerFromBytesAsFromText() {
        var numbers = SplitMix64(seed: 3)
        var answered = 0
        for _ in 0..<20_000 {
            let text = value(&numbers)
            var utf8 = text
            utf8.withUTF8 { bytes in
                let money = MoneyParser.parse(utf8: bytes, currency: .gbp)
                #expect(money == MoneyParser.parse(text, currency: .gbp), "\(text)")
                let day = Day.parse(utf8: bytes)
                #expect(day == Day.parse(text), "\(text)")
                let year = FinancialYear.parse(utf8: bytes)
                #expect(year == FinancialYear.parse(text), "\(text)")
                let quarter = Quarter(utf8: bytes)
                #expect(quarter == Quarter(text), "\(text)")
                for success in [(try? money.get()) != nil, (try? day.get()) != nil, (try? year.get()) != nil, quarter != nil]
                where success { answered += 1 }
            }
        }
        #expect(answered > 1_000, "too few values were read to compare: \(answered)")
    }
}
