/// A pull reader of the XML that workbook parts are written in: elements, attributes, text,
/// CDATA, comments, processing instructions and the predefined and numeric character references.
/// A document type declaration is refused, so no entity can expand (the "billion laughs"), and
/// nothing is fetched from anywhere. Names lose their namespace prefix (`x:row` is `row`), which
/// is how SpreadsheetML is read in practice; attributes keep theirs (`r:id`).
struct XMLReader {
    enum Event: Equatable {
        case start(XMLElement)
        case end(name: String)
        case text(String)
    }

    private let bytes: [UInt8]
    private var index = 0
    private var open: [String] = []
    /// A self-closing element's end, given on the next call.
    private var pendingEnd: String?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// The next event, or nil at the end of a well-formed document.
    mutating func next() throws(XMLProblem) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        if index == 0, bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw problem("is UTF-16 XML; csdash reads the UTF-8 that Excel and LibreOffice write")
        }
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                let text = try readText()
                if !text.isEmpty { return .text(text) }
                continue
            }
            if let event = try readMarkup() { return event }
        }
        if let unclosed = open.last { throw problem("ends inside <\(unclosed)>") }
        return nil
    }

    /// Where the reader is, as a 1-based line, for messages.
    var line: Int { bytes[..<min(index, bytes.count)].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) } }

    func problem(_ message: String) -> XMLProblem { XMLProblem(message: message, line: line) }

    // MARK: Markup

    private mutating func readMarkup() throws(XMLProblem) -> Event? {
        switch index + 1 < bytes.count ? bytes[index + 1] : 0 {
        case UInt8(ascii: "?"):
            try skip(past: "?>", what: "processing instruction")
            return nil
        case UInt8(ascii: "!"):
            if starts(with: "<!--") {
                try skip(past: "-->", what: "comment")
                return nil
            }
            guard starts(with: "<![CDATA[") else {
                throw problem("has a document type declaration, which no workbook part has; it is not read")
            }
            index += 9
            let start = index
            try skip(past: "]]>", what: "CDATA section")
            return .text(try string(bytes[start..<(index - 3)]))
        case UInt8(ascii: "/"):
            index += 2
            let name = try readName()
            skipSpaces()
            try expect(">")
            guard let expected = open.popLast() else { throw problem("closes </\(name)>, which was never opened") }
            guard expected == name else { throw problem("closes <\(expected)> with </\(name)>") }
            return .end(name: name)
        default:
            break
        }
        index += 1
        let name = try readName()
        var attributes: [XMLElement.Attribute] = []
        while true {
            let spaced = skipSpaces()
            guard index < bytes.count else { throw problem("ends inside the tag <\(name)") }
            if starts(with: "/>") {
                index += 2
                pendingEnd = name
                return .start(XMLElement(name: name, attributes: attributes))
            }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                open.append(name)
                return .start(XMLElement(name: name, attributes: attributes))
            }
            guard spaced else { throw problem("has no space before an attribute of <\(name)>") }
            attributes.append(try readAttribute(of: name))
        }
    }

    private mutating func readAttribute(of element: String) throws(XMLProblem) -> XMLElement.Attribute {
        let name = try readQualifiedName()
        skipSpaces()
        try expect("=")
        skipSpaces()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw problem("has an attribute \(name) of <\(element)> without a quoted value")
        }
        let quote = bytes[index]
        index += 1
        let start = index
        while index < bytes.count, bytes[index] != quote {
            if bytes[index] == UInt8(ascii: "<") { throw problem("has < inside the attribute \(name) of <\(element)>") }
            index += 1
        }
        guard index < bytes.count else { throw problem("ends inside the attribute \(name) of <\(element)>") }
        let value = try decode(start..<index, attribute: true)
        index += 1
        return XMLElement.Attribute(name: name, value: value)
    }

    private mutating func readText() throws(XMLProblem) -> String {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        if open.isEmpty {
            guard bytes[start..<index].allSatisfy(XMLReader.isSpace) else { throw problem("has text outside its root element") }
            return ""
        }
        return try decode(start..<index, attribute: false)
    }

    // MARK: Names and text

    /// An element's local name: the part after any namespace prefix.
    private mutating func readName() throws(XMLProblem) -> String {
        var local = index
        while index < bytes.count, !XMLReader.endsName(bytes[index]) {
            if bytes[index] == UInt8(ascii: ":") { local = index + 1 }
            index += 1
        }
        guard index > local else { throw problem("has a tag without a name") }
        return try string(bytes[local..<index])
    }

    private mutating func readQualifiedName() throws(XMLProblem) -> String {
        let start = index
        while index < bytes.count, !XMLReader.endsName(bytes[index]) { index += 1 }
        guard index > start else { throw problem("has a tag or attribute without a name") }
        return try string(bytes[start..<index])
    }

    /// Text with its character references replaced; attribute values normalise white space as XML says.
    private func decode(_ range: Range<Int>, attribute: Bool) throws(XMLProblem) -> String {
        let slice = bytes[range]
        guard slice.contains(UInt8(ascii: "&")) || (attribute && slice.contains(where: { $0 < 0x20 })) else { return try string(slice) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(slice.count)
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            if attribute && (byte == 0x09 || byte == 0x0A || byte == 0x0D) {
                decoded.append(0x20)
                position += 1
                continue
            }
            guard byte == UInt8(ascii: "&") else {
                decoded.append(byte)
                position += 1
                continue
            }
            guard let semicolon = bytes[position..<min(range.upperBound, position + 12)].firstIndex(of: UInt8(ascii: ";")) else {
                throw problem("has an & that starts no character reference (write &amp;)")
            }
            let name = String(decoding: bytes[(position + 1)..<semicolon], as: UTF8.self)
            guard let scalar = XMLReader.reference(name) else { throw problem("has an unknown character reference &\(name);") }
            decoded += Array(String(Character(scalar)).utf8)
            position = semicolon + 1
        }
        return try string(decoded[...])
    }

    private static func reference(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value), isXMLCharacter(scalar) else { return nil }
            return scalar
        }
    }

    /// XML 1.0's Char: no NUL, and of the C0 controls only tab, line feed and carriage return.
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The bytes as a String; ASCII, nearly all of a workbook's markup, without the generic
    /// validation that costs more than the rest of the reading.
    private func string(_ slice: ArraySlice<UInt8>) throws(XMLProblem) -> String {
        let text = slice.withUnsafeBufferPointer { buffer -> String? in
            if buffer.allSatisfy({ $0 < 0x80 }) { return String(decoding: buffer, as: UTF8.self) }
            return String(validating: buffer, as: UTF8.self)
        }
        guard let text else { throw problem("is not UTF-8") }
        return text
    }

    // MARK: Bytes

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=")
            || byte == UInt8(ascii: "<")
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = index
        while index < bytes.count, XMLReader.isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { bytes[index..<(index + count)].elementsEqual($0) }
    }

    private mutating func expect(_ text: StaticString) throws(XMLProblem) {
        guard starts(with: text) else { throw problem("lacks a \(text) where one belongs") }
        index += text.utf8CodeUnitCount
    }

    private mutating func skip(past end: StaticString, what: String) throws(XMLProblem) {
        while index < bytes.count {
            if starts(with: end) {
                index += end.utf8CodeUnitCount
                return
            }
            index += 1
        }
        throw problem("ends inside a \(what)")
    }
}

/// An element's start: its local name and its attributes in document order.
struct XMLElement: Equatable {
    struct Attribute: Equatable {
        var name: String
        var value: String
    }

    var name: String
    var attributes: [Attribute]

    subscript(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// An attribute by its local name, whatever its prefix (`r:id` as `id`).
    func attribute(localName: String) -> String? {
        attributes.first { $0.name == localName || $0.name.hasSuffix(":" + localName) }?.value
    }
}

/// Malformed XML: what is wrong, and on which line of the part.
struct XMLProblem: Error, Equatable {
    var message: String
    var line: Int
}
