import Testing
@testable import Dashboard

/// Fitting text into a width: cut with an ellipsis, padded, wrapped, and figures kept whole.
@Suite struct TextWidgetTests {
    @Test func truncateMarksWhatIsCut() {
        #expect(Text.truncate("Wolverhampton CC", 10, glyphs: .unicode) == "Wolverham…")
        #expect(Text.truncate("Wolverhampton CC", 10, glyphs: .ascii) == "Wolverham~")
        #expect(Text.truncate("Dudley", 10, glyphs: .unicode) == "Dudley")
        #expect(Text.truncate("Dudley", 1, glyphs: .unicode) == "D")
        #expect(Text.truncate("Dudley", 0, glyphs: .unicode) == "")
    }

    @Test func padding() {
        #expect(Text.padLeft("£1", 5) == "   £1")
        #expect(Text.padRight("£1", 5) == "£1   ")
        #expect(Text.padLeft("£12345", 3) == "£12345")
    }

    @Test func wrapBreaksBetweenWords() {
        #expect(Text.wrap("Planned Allocation as per Q2 Return", 12) == ["Planned", "Allocation", "as per Q2", "Return"])
        #expect(Text.wrap("", 5) == [""])
        #expect(Text.wrap("Supercalifragilistic", 5) == ["Super"])
        #expect(Text.wrap("anything", 0) == [])
    }

    @Test func aFigureIsShownWholeOrNotAtAll() {
        let spans = [Span("Spent "), Span("£1,527,722"), Span(" of the total")]
        #expect(Text.wholeSpans(spans, 12).map(\.text) == ["Spent "])
        #expect(Text.wholeSpans(spans, 16).map(\.text) == ["Spent ", "£1,527,722"])
        // Words may be cut with an ellipsis when asked; a figure never is.
        #expect(Text.wholeSpans(spans, 22, cuttingWordsWith: .unicode).map(\.text) == ["Spent ", "£1,527,722", " of t…"])
        #expect(Text.wholeSpans([Span("£1,527,722")], 5, cuttingWordsWith: .unicode).isEmpty)
    }

    @Test func spanLinesWrapOnWordsAndIndentWhatFollows() {
        let line = [Span("Solihull's Q2 return"), Span(" was not received by the board")]
        #expect(Text.wrap(line, 20, glyphs: .unicode).map { $0.map(\.text).joined() }
                == ["Solihull's Q2 return", "  was not received", "  by the board"])
    }
}
