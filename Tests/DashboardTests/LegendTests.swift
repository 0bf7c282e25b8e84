import Testing
import GrantModel
@testable import Dashboard

/// `?` says what every symbol and status word means, drawn by the functions the screens use.
@Suite struct LegendTests {
    static func legend(_ glyphs: Glyphs, currency: Currency = .gbp) -> [String: String] {
        Dictionary(Legend.entries(glyphs, currency: currency), uniquingKeysWith: { first, _ in first })
    }

    @Test(arguments: [Glyphs.unicode, .ascii]) func everyMarkHasAMeaning(glyphs: Glyphs) throws {
        let legend = Self.legend(glyphs)
        for mark in Glyphs.Mark.allCases {
            let meaning = legend[glyphs.text(of: mark)]
            #expect(meaning?.isEmpty == false, "\(mark) \(glyphs.text(of: mark))")
        }
    }

    @Test(arguments: [Glyphs.unicode, .ascii]) func everyBadgeOfEveryStatusIsListed(glyphs: Glyphs) throws {
        let legend = Self.legend(glyphs)
        #expect(Set(Legend.returnExamples.map(\.name)) == ["received", "late", "not_due", "due", "overdue"])
        for status in Legend.returnExamples {
            for text in [Badge.text(status, glyphs: glyphs), Badge.text(status, glyphs: glyphs, short: true), Badge.long(status, glyphs: glyphs)] {
                #expect(legend[text] != nil, "\(status): \(text)")
            }
        }
        for review in ReviewStatus.allCases {
            #expect(legend[Badge.text(review, glyphs: glyphs)] != nil, "\(review)")
            #expect(legend[Badge.text(review, glyphs: glyphs, short: true)] != nil, "\(review)")
        }
        #expect(Set(Legend.paymentExamples.map(\.name)) == ["paid", "ready", "held", "pending"])
        for payment in Legend.paymentExamples {
            for text in [Badge.text(payment, currency: .gbp, glyphs: glyphs), Badge.withReason(payment, currency: .gbp, glyphs: glyphs)] {
                #expect(legend[text] != nil, "\(payment): \(text)")
            }
        }
    }

    @Test func thePanesMarksAreTheLegendsWords() throws {
        let sample = try WritableSample.reviewed()
        let state = try sample.state()
        let legend = Self.legend(.unicode)
        let positions = try #require(state.report).positions
        let behind = try #require(positions.first { $0.isBehindProfile })
        #expect(legend[AreaPane.mark(behind, held: false, .unicode).0] != nil)
        #expect(legend[AreaPane.mark(behind, held: true, .unicode).0] != nil)
        #expect(legend["\(BoardTables.flagMark) underspend"] != nil)
    }

    @Test func asciiShowsTheAsciiEquivalents() throws {
        let ascii = Self.legend(.ascii)
        #expect(ascii["ok"] != nil && ascii["X"] != nil && ascii["v"] != nil)
        #expect(ascii.keys.allSatisfy { $0.allSatisfy(\.isASCII) }, "\(ascii.keys.filter { !$0.allSatisfy(\.isASCII) })")
    }

    @Test func helpScrollsToTheLegendAt80x24() throws {
        let open = Fixtures.state(width: 80, height: 24).pressing(HelpTests.help)
        #expect(render(open).contains("more"))
        let end = open.pressing(.end)
        let frame = render(end)
        #expect(frame.contains(Legend.entries(.unicode, currency: .gbp).last!.1))
        #expect(end.showingHelp && end.selectedAreaID == "birmingham")
        // Opened again, the help starts at its top.
        #expect(render(end.pressing(.escape, HelpTests.help)) == render(open))
    }

    @Test func theLegendAndTheNewKeysAreInTheHelpAt120x40() throws {
        let state = Fixtures.state(width: 120, height: 40).pressing(HelpTests.help, .end)
        let frame = render(state)
        for (symbol, meaning) in Legend.entries(.unicode, currency: .gbp).suffix(8) {
            #expect(frame.lines.contains { $0.contains(symbol) && $0.contains(meaning) }, "\(symbol)")
        }
        let top = render(Fixtures.state(width: 120, height: 40).pressing(HelpTests.help))
        #expect(top.contains("sort the areas: next order / reverse it") && top.contains("Symbols and words"))
        #expect(top.contains("s / S") && top.contains("show only some areas: the next filter"))
    }
}
