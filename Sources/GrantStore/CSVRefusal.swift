import GrantModel

/// What the scan refused, and where: the first thing in the file, in reading order, that the
/// grammar does not take. Nothing after it can be trusted to be in the right column, so reading
/// stops there. `failure` puts it in words, at its line and column.
struct CSVRefusal: Error, Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// The bytes end inside quotes (`offset`: their end).
        case quoteNeverClosed
        /// A closing quote followed by something other than a comma or a line end (`offset`: that).
        case textAfterClosingQuote
        case quoteInUnquotedField
        /// `offset`: the first byte of a sequence that is not UTF-8.
        case notUTF8
        /// NUL, a carriage return without a line feed, and the other controls but tab.
        case controlCharacter
        /// A field past `CSVReader.maximumFieldLength` characters (`offset`: where it starts).
        case tooLong
    }

    var kind: Kind
    var offset: Int
    var fieldStart: Int
    /// Where the refusing record starts, and its line: the places in the message are found by
    /// walking the record from there.
    var recordStart: Int
    var recordLine: Int

    /// The refusal in words, at its line and column, for bytes scanned from the start of a file.
    func failure(in bytes: [UInt8], bodyStart: Int) -> CSVReader.Failure {
        func place(_ offset: Int) -> (line: Int, column: Int) {
            CSVScan.place(of: offset, inRecordAt: recordStart, line: recordLine, bytes: bytes, bodyStart: bodyStart)
        }
        let at = place(offset)
        func failure(_ message: String, at place: (line: Int, column: Int) = at) -> CSVReader.Failure {
            CSVReader.Failure(line: place.line, column: place.column, message: message)
        }
        switch kind {
        case .quoteNeverClosed:
            let opened = place(fieldStart)
            // The last line's number, not the one after a final line end.
            let lastLine = bytes.last == 0x0A ? at.line - 1 : at.line
            return failure(neverClosed(runsOnTo: lastLine > opened.line ? "the end of the file, line \(lastLine)" : nil), at: opened)
        case .textAfterClosingQuote:
            let opened = place(fieldStart)
            // A quote that opened lines above and "closes" here, with text after it, is almost
            // always one that was never closed: it ran on to the next quote.
            guard at.line > opened.line else {
                return failure("unexpected text after a closing quote: a quoted field must be followed by a comma or the end of the line")
            }
            return failure(neverClosed(runsOnTo: "line \(at.line), where the quote at column \(at.column - 1) is followed by text"), at: opened)
        case .quoteInUnquotedField:
            return failure("a quote inside an unquoted field: quote the whole field and write the quote as \"\"")
        case .notUTF8:
            return failure(notUTF8(bytes))
        case .controlCharacter:
            let scalar = Unicode.Scalar(bytes[offset])
            if scalar.value == 0 {
                return failure("a NUL byte: this is not a text file, or it was saved as UTF-16 (save it as CSV UTF-8)")
            }
            return failure("control character \(ControlCharacter.escaped(scalar)) (\(CSVRefusal.name(of: scalar))) in a field: a field may hold text and tabs only, and a line must end with LF or CRLF; remove it")
        case .tooLong:
            return failure("this field is longer than \(CSVReader.maximumFieldLength) characters, too long to be a value: is a closing quote missing, or is this not a CSV file?")
        }
    }

    /// A quote never closed; `runsOnTo` says where the field ran on to, when that is another
    /// line, so that both places are in the one message.
    private func neverClosed(runsOnTo: String?) -> String {
        let reach = runsOnTo.map { " (it runs on to \($0))" } ?? ""
        return "this quoted field is never closed\(reach): add the closing \" where the field ends (a quote inside a field is written \"\")"
    }

    private func notUTF8(_ bytes: [UInt8]) -> String {
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        let shown = "byte 0x\(hex.count == 1 ? "0" + hex : hex) is not UTF-8"
        if offset == 0, bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return "\(shown): the file starts with a UTF-16 byte-order mark, so it was saved as UTF-16 (\"Unicode text\"); save it as CSV UTF-8"
        }
        return "\(shown) (the file may be in Windows-1252 or Latin-1): save it as CSV UTF-8"
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
}
