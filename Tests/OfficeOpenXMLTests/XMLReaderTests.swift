@testable import OfficeOpenXML
import Testing

@Suite struct XMLReaderTests {
    private func events(_ text: String) throws -> [XMLReader.Event] {
        var reader = XMLReader(Array(text.utf8))
        var events: [XMLReader.Event] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    private func problem(_ text: String) -> String? {
        do {
            _ = try events(text)
            return nil
        } catch {
            return (error as? XMLProblem)?.message
        }
    }

    @Test func readsElementsAttributesAndText() throws {
        let read = try events("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- c --><x:a k='1' r:id=\"rId2\"><b/>t&amp;&lt;&#163;&#xA3;<![CDATA[<raw>]]></x:a>")
        #expect(read == [
            .start(XMLElement(name: "a", attributes: [.init(name: "k", value: "1"), .init(name: "r:id", value: "rId2")])),
            .start(XMLElement(name: "b", attributes: [])), .end(name: "b"),
            .text("t&<££"), .text("<raw>"), .end(name: "a"),
        ])
        guard case .start(let element) = read[0] else { return }
        #expect(element.attribute(localName: "id") == "rId2")
    }

    @Test func normalisesWhiteSpaceInAttributesButKeepsReferences() throws {
        let read = try events("<a v=\"x\ny&#10;z\"/>")
        #expect(read.first == .start(XMLElement(name: "a", attributes: [.init(name: "v", value: "x y\nz")])))
    }

    @Test func refusesWhatIsNotWellFormed() {
        #expect(problem("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")?.contains("document type declaration") == true)
        #expect(problem("<a><b></a>")?.contains("closes <b> with </a>") == true)
        #expect(problem("<a>")?.contains("ends inside <a>") == true)
        #expect(problem("<a>&nbsp;</a>")?.contains("unknown character reference") == true)
        #expect(problem("<a>&#0;</a>")?.contains("unknown character reference") == true)
        #expect(problem("<a b=1/>")?.contains("quoted value") == true)
        #expect(problem("<a>\u{FFFD}</a>") == nil)
        #expect(problem("x<a/>")?.contains("outside its root") == true)
        var utf16 = XMLReader([0xFF, 0xFE, 0x3C, 0x00])
        #expect(throws: XMLProblem.self) { _ = try utf16.next() }
        var latin1 = XMLReader([0x3C, 0x61, 0x3E, 0xA3, 0x3C, 0x2F, 0x61, 0x3E])
        _ = try? latin1.next()
        #expect(throws: XMLProblem.self) { _ = try latin1.next() }
    }

    @Test func escapesTextAsSpreadsheetMLDoes() {
        #expect(EscapedText.decode("a_x000D_b_x0001_") == "a\rb\u{1}")
        #expect(EscapedText.decode("_x005F_x0041_") == "_x0041_")
        for text in ["plain", "bell\u{7}", "_x0041_ literal", "under_score", "£ and ü", "\u{FFFF}"] {
            #expect(EscapedText.decode(EscapedText.encode(text)) == text, "\(text)")
        }
        #expect(EscapedText.encode("bell\u{7}") == "bell_x0007_")
    }

    @Test func tellsDateFormatsFromNumberFormats() {
        for code in ["dd/mm/yyyy", "d mmm yyyy", "[$-809]dd mmmm yyyy;@", "YYYY-MM-DD", "m/d/yy h:mm", "mmm-yy"] {
            #expect(NumberFormats.isDate(code: code), "\(code)")
        }
        for code in ["General", "Standard", "0.00", "\"£\"#,##0.00", "0%", "mm:ss", "[h]:mm", "#,##0 \"days\"", "0;[Red]-0", "@", "\\d0"] {
            #expect(!NumberFormats.isDate(code: code), "\(code)")
        }
    }
}
