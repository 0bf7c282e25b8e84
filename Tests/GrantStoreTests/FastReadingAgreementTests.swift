import Foundation
import GrantModel
import Testing
@testable import GrantStore

/// The fast paths of reading (the offset scan of a file, trimming bytes, the plain spellings of
/// values) against the readers they stand in for, on thousands of small made-up inputs full of
/// quotes, line ends, spaces beside combining marks, bad bytes and near-miss values: wherever a
/// fast path answers, it must answer exactly as the full reader does.
struct FastReadingAgreementTests {
    private static let pieces: [[UInt8]] = [
        "a", "b", "7", ",", ",", "\"", "\"\"", "\n", "\n", "\r\n", " ", "\t", "é", "\u{301}", "\u{600}", "£", "x y",
    ].map { Array($0.utf8) }
    /// What the tokenizer refuses (or that only it reads), one piece in forty.
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

    @Test func theScanSplitsFilesAsTheTokenizerDoes() {
        var numbers = SplitMix64(seed: 42)
        var scanned = 0
        for _ in 0..<5_000 {
            let bytes = input(&numbers)
            let expected: Result<[CSVRecord], CSVTokenizer.Failure> = CSVTokenizer.records(from: bytes)
            guard let scan = CSVScan.make(bytes) else {
                if case .success(let records) = expected {
                    // The scan may leave a file to the tokenizer, but only one it does not take.
                    Issue.record("the scan refused \(bytes) that the tokenizer reads as \(records)")
                }
                continue
            }
            scanned += 1
            guard case .success(let records) = expected else {
                Issue.record("the scan took \(bytes) that the tokenizer refuses: \(expected)")
                continue
            }
            let made = (0..<scan.recordCount).map { scan.record($0) }
            #expect(made == records, "\(bytes)")
            for record in 0..<scan.recordCount {
                #expect(scan.isBlank(record) == records[record].isBlank, "\(bytes)")
                for field in 0..<scan.fieldCount(record) {
                    #expect(scan.trimmedValue(scan.firstEntry(record) + field) == records[record].fields[field].value.trimmingSpaces(),
                            "\(bytes)")
                }
            }
        }
        #expect(scanned > 500, "too few inputs were valid to be compared: \(scanned)")
    }

    /// A file read a piece at a time (`CSVPieces`) splits into the same records, at the same lines
    /// and columns, as the file scanned whole; and a file the scan refuses is never read in pieces
    /// to its end. Pieces of one to a dozen bytes put a piece's end inside every kind of field.
    @Test func aFileReadInPiecesSplitsAsTheWholeScanDoes() throws {
        var numbers = SplitMix64(seed: 11)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-pieces-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        var inManyPieces = 0
        for _ in 0..<10_000 {
            // Two inputs, so that a byte-order mark may be found mid-file too.
            let bytes = input(&numbers) + input(&numbers)
            try Data(bytes).write(to: file)
            let pieces = try #require(CSVPieces(path: file.path, pieceSize: 1 + numbers.next(12)))
            var records: [CSVRecord] = [], count = 0
            var finished = false
            reading: while true {
                switch pieces.next() {
                case .piece(let scan):
                    records += (0..<scan.recordCount).map { scan.record($0) }
                    count += 1
                case .finished:
                    finished = true
                    break reading
                case .readWhole:
                    break reading
                }
            }
            guard let whole = CSVScan.make(bytes) else {
                #expect(!finished, "read in pieces, though the scan refuses it: \(bytes)")
                continue
            }
            #expect(finished, "not read in pieces, though it scans: \(bytes)")
            #expect(records == (0..<whole.recordCount).map { whole.record($0) }, "\(bytes)")
            if count > 1 { inManyPieces += 1 }
        }
        #expect(inManyPieces > 200, "too few inputs were read in pieces to be compared: \(inManyPieces)")
    }

    @Test func aTableReadsTheSameThroughEitherPath() throws {
        var numbers = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let bytes = Array("id,name,amount\n".utf8) + input(&numbers)
            guard case .success(let table) = CSVTable.parse(path: "t.csv", bytes: bytes) else { continue }
            let built = CSVTable(path: "t.csv", header: table.header, records: table.records)
            for row in 0..<table.rows.count {
                let fast = RowReader(table: table, row: row), slow = RowReader(table: built, row: row)
                #expect(fast.problems == slow.problems, "\(bytes)")
                for column in ["id", "name", "amount", "missing"] {
                    #expect(fast.text(column) == slow.text(column), "\(bytes)")
                    #expect(fast.location(of: column) == slow.location(of: column), "\(bytes)")
                    #expect(fast.withText(column) { Array($0) } == Array(slow.text(column).utf8), "\(bytes)")
                }
            }
        }
    }

    private static let valuePieces = ["1", "2", "9", "0", "0", ".", ".", ",", "-", "/", "£", "€", " ", "Q", "q", "20", "16", "2016",
                                      "/17", "-12", "-06", "05", "31", "29", "-02", "2015", "1234567890123456"]

    private func value(_ numbers: inout SplitMix64) -> String {
        (0..<(1 + numbers.next(6))).map { _ in Self.valuePieces[numbers.next(Self.valuePieces.count)] }.joined()
    }

    @Test func plainValuesMeanWhatTheFullParsersSay() {
        var numbers = SplitMix64(seed: 3)
        var answered = 0
        for _ in 0..<20_000 {
            let text = value(&numbers)
            var utf8 = text
            utf8.withUTF8 { bytes in
                if let money = PlainValue.money(bytes) {
                    answered += 1
                    #expect(MoneyParser.parse(text, currency: .gbp) == .success(money), "\(text)")
                }
                if let day = PlainValue.day(bytes) {
                    answered += 1
                    #expect(Day.parse(text) == .success(day), "\(text)")
                }
                if let year = PlainValue.year(bytes) {
                    answered += 1
                    #expect(FinancialYear.parse(text) == .success(year), "\(text)")
                }
                if let quarter = PlainValue.quarter(bytes) {
                    answered += 1
                    #expect(Quarter(text) == quarter, "\(text)")
                }
            }
        }
        #expect(answered > 1_000, "too few plain values were made to compare: \(answered)")
    }
}
