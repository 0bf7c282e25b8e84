import GrantModel
@testable import GrantStore

/// The grammar of the CSV files csdash reads, written out plainly, a character at a time: the
/// answer `CSVReader` must give on any input (records, or the refusal's message, line and column),
/// for the tests that try it on thousands of made-up files. It was the product's second reader
/// until the scan explained its own refusals; it stays here as the specification it was.
enum ReferenceCSVReader {
    typealias Failure = CSVReader.Failure

    static func records(from bytes: [UInt8]) -> Result<[CSVRecord], Failure> {
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var column = 1
        var records: [CSVRecord] = []
        var fields: [CSVField] = []
        var recordLine = 1

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        mutating func run() -> Result<[CSVRecord], Failure> {
            do {
                while index < bytes.count {
                    recordLine = line
                    try readRecord()
                }
                return .success(records)
            } catch let failure as Failure {
                return .failure(failure)
            } catch {
                return .failure(Failure(line: line, column: column, message: "\(error)"))
            }
        }

        /// Reads fields up to and including the end of the line.
        mutating func readRecord() throws {
            fields = []
            while true {
                let ended = try readField()
                if ended { break }
            }
            records.append(CSVRecord(line: recordLine, fields: fields))
        }

        /// Reads one field and its terminator; true when the terminator ended the record.
        mutating func readField() throws -> Bool {
            let startLine = line, startColumn = column
            var value = String.UnicodeScalarView()
            // Counted here: `value.count` walks the whole field, which made a long field quadratic.
            var length = 0
            if peek() == UInt8(ascii: "\"") {
                advance(by: 1)
                while true {
                    guard index < bytes.count else {
                        // The last line's number, not the one after a final line end.
                        let lastLine = bytes.last == 0x0A ? line - 1 : line
                        throw neverClosed(startLine, startColumn, runsOnTo: lastLine > startLine ? "the end of the file, line \(lastLine)" : nil)
                    }
                    if peek() == UInt8(ascii: "\"") {
                        if peek(1) == UInt8(ascii: "\"") {
                            advance(by: 2, columns: 2)
                            value.append("\"")
                            length += 1
                            continue
                        }
                        advance(by: 1)
                        break
                    }
                    if let newline = newlineLength() {
                        advance(by: newline)
                        line += 1
                        column = 1
                        value.append("\n")
                        length += 1
                        continue
                    }
                    value.append(try scalar(allowingTab: true))
                    length += 1
                    try checkLength(length, line: startLine, column: startColumn)
                }
                guard let ended = try terminator() else {
                    // A quote that opened lines above and "closes" here, with text after it, is
                    // almost always one that was never closed: it ran on to the next quote.
                    if line > startLine {
                        throw neverClosed(startLine, startColumn,
                                          runsOnTo: "line \(line), where the quote at column \(column - 1) is followed by text")
                    }
                    throw Failure(line: line, column: column,
                                  message: "unexpected text after a closing quote: a quoted field must be followed by a comma or the end of the line")
                }
                fields.append(CSVField(value: String(value), line: startLine, column: startColumn))
                return ended
            }
            while true {
                if let ended = try terminator() {
                    fields.append(CSVField(value: String(value), line: startLine, column: startColumn))
                    return ended
                }
                if peek() == UInt8(ascii: "\"") {
                    throw Failure(line: line, column: column,
                                  message: "a quote inside an unquoted field: quote the whole field and write the quote as \"\"")
                }
                value.append(try scalar(allowingTab: true))
                length += 1
                try checkLength(length, line: startLine, column: startColumn)
            }
        }

        /// A quote opened at `line`:`column` and never closed; `runsOnTo` says where the field
        /// ran on to, when that is another line, so that both places are in the one message.
        func neverClosed(_ line: Int, _ column: Int, runsOnTo: String?) -> Failure {
            let reach = runsOnTo.map { " (it runs on to \($0))" } ?? ""
            return Failure(line: line, column: column,
                           message: "this quoted field is never closed\(reach): add the closing \" where the field ends (a quote inside a field is written \"\")")
        }

        /// Consumes a comma (false), a line end or the end of the file (true); nil if neither is here.
        mutating func terminator() throws -> Bool? {
            if index >= bytes.count { return true }
            if peek() == UInt8(ascii: ",") {
                advance(by: 1)
                return false
            }
            if let newline = newlineLength() {
                advance(by: newline)
                line += 1
                column = 1
                return true
            }
            return nil
        }

        /// LF or CRLF at the current position.
        func newlineLength() -> Int? {
            if peek() == 0x0A { return 1 }
            if peek() == 0x0D && peek(1) == 0x0A { return 2 }
            return nil
        }

        /// Decodes one UTF-8 scalar, refusing malformed bytes and control characters.
        mutating func scalar(allowingTab: Bool) throws -> Unicode.Scalar {
            let first = bytes[index]
            let length: Int
            switch first {
            case 0x00..<0x80: length = 1
            case 0xC2..<0xE0: length = 2
            case 0xE0..<0xF0: length = 3
            case 0xF0..<0xF5: length = 4
            default: throw notUTF8(first)
            }
            guard index + length <= bytes.count else { throw notUTF8(first) }
            var decoder = UTF8()
            var iterator = bytes[index..<(index + length)].makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { throw notUTF8(first) }
            if scalar.value == 0 {
                throw Failure(line: line, column: column, message: "a NUL byte: this is not a text file, or it was saved as UTF-16 (save it as CSV UTF-8)")
            }
            if (scalar.value < 0x20 && !(allowingTab && scalar == "\t")) || scalar.value == 0x7F {
                throw Failure(line: line, column: column,
                              message: "control character \(ControlCharacter.escaped(scalar)) (\(Scanner.name(of: scalar))) in a field: a field may hold text and tabs only, and a line must end with LF or CRLF; remove it")
            }
            advance(by: length)
            return scalar
        }

        func notUTF8(_ byte: UInt8) -> Failure {
            let hex = String(byte, radix: 16, uppercase: true)
            let shown = "byte 0x\(hex.count == 1 ? "0" + hex : hex) is not UTF-8"
            if index == 0, bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                return Failure(line: line, column: column,
                               message: "\(shown): the file starts with a UTF-16 byte-order mark, so it was saved as UTF-16 (\"Unicode text\"); save it as CSV UTF-8")
            }
            return Failure(line: line, column: column,
                           message: "\(shown) (the file may be in Windows-1252 or Latin-1): save it as CSV UTF-8")
        }

        /// The everyday name of a control character, for the message that refuses it.
        static func name(of scalar: Unicode.Scalar) -> String {
            switch scalar {
            case "\u{1B}": return "escape"
            case "\u{07}": return "bell"
            case "\r": return "a carriage return without a line feed"
            case "\u{08}": return "backspace"
            case "\u{0C}": return "form feed"
            case "\u{7F}": return "delete"
            default: return "U+" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count)) + String(scalar.value, radix: 16, uppercase: true)
            }
        }

        func checkLength(_ length: Int, line: Int, column: Int) throws {
            if length > CSVReader.maximumFieldLength {
                throw Failure(line: line, column: column,
                              message: "this field is longer than \(CSVReader.maximumFieldLength) characters, too long to be a value: is a closing quote missing, or is this not a CSV file?")
            }
        }

        func peek(_ offset: Int = 0) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }

        /// Moves past `count` bytes that show as `columns` characters on the current line.
        mutating func advance(by count: Int, columns: Int = 1) {
            index += count
            column += columns
        }
    }
}
