import Testing
@testable import Dashboard

/// The one layout rule every table follows, on a table of its own: figures whole, text shrunk
/// with `…`, then the first column frozen and the rest scrolled, saying which columns show.
@Suite struct ColumnLayoutTests {
    /// A name, four money figures and a comment.
    static let table: TableView = {
        let headers: [(String, Bool)] = [("Area", false), ("Allocation", true), ("Carry forward", true), ("Total", true),
                                         ("Spend", true), ("Comment", false)]
        let rows = [["Kingston upon Hull City Council CSP", "£16,913,578.07", "£123,463", "£17,037,041.07", "£3,382,715",
                     "Q3 report has not been received, Q1 figures have therefore been used for Q3"],
                    ["Solihull", "£214,454", "£0", "£214,454", "£133,454", ""]]
        let columns = TableView.columns(headers: headers, rows: rows, shrinking: [0, 5])
        return TableView(columns: columns, rows: rows.map { $0.map { Span($0) } }, selected: nil, scroll: 0, columnOffset: 0, glyphs: .unicode)
    }()

    static func text(_ table: TableView, width: Int) -> [String] {
        table.lines(width: width).map { $0.map(\.text).joined().trimmingTrailingSpaces() }
    }

    /// The rule and the two rows: the lines after the header's.
    static func body(_ table: TableView, width: Int) -> (rule: String, first: String, second: String) {
        let lines = text(table, width: width)
        return (lines[lines.count - 3], lines[lines.count - 2], lines[lines.count - 1])
    }

    @Test func everythingAtItsWidthWhenItFits() {
        let lines = Self.text(Self.table, width: 200)
        let row = Self.body(Self.table, width: 200).first
        #expect(row.hasPrefix("Kingston upon Hull City Council CSP  £16,913,578.07"))
        #expect(row.hasSuffix("Q1 figures have therefore been used for Q3"))
        #expect(!lines.joined().contains("…") && !lines.joined().contains("columns"))
    }

    @Test func textShrinksFirstWithAnEllipsisAndFiguresStayWhole() {
        let lines = Self.text(Self.table, width: 100)
        let row = Self.body(Self.table, width: 100).first
        #expect(row.count <= 100)
        for figure in ["£16,913,578.07", "£123,463", "£17,037,041.07", "£3,382,715"] { #expect(row.contains(figure)) }
        #expect(row.hasPrefix("Kingston upon Hull"), "\(row)")
        #expect(row.hasSuffix("…"), "the comment is cut with an ellipsis")
        #expect(!lines.joined().contains("columns"), "no scrolling while shrinking text is enough")
        // Every column still in view, the figures at their widest cell: the text took the cut.
        let layout = Self.table.layout(width: 100)
        #expect(layout.placed.map(\.index) == [0, 1, 2, 3, 4, 5])
        #expect(layout.placed[1].width == 14 && layout.placed[3].width == 14, "figures at their widest cell")
    }

    @Test func whenTextAtItsFloorStillDoesNotFitTheColumnsScrollAndSaySo() throws {
        let lines = Self.text(Self.table, width: 60)
        #expect(lines.allSatisfy { $0.count <= 60 })
        let rule = lines[lines.count - 3]
        #expect(rule.hasSuffix(" columns 1-3 of 6 →"), "\(rule)")
        #expect(lines[lines.count - 2].contains("£16,913,578.07") && lines[lines.count - 2].contains("£123,463"))
        #expect(!lines.joined().contains("£17,037,041.07"), "the next figure waits off screen, not cut")
        var table = Self.table
        table.columnOffset = 2
        let scrolled = Self.text(table, width: 60)
        #expect(scrolled[scrolled.count - 3].hasSuffix("← columns 1, 4-5 of 6 →"), "\(scrolled)")
        #expect(scrolled[scrolled.count - 2].hasPrefix("Kingston upon Hull …"), "the first column stays, cut to a third")
        #expect(scrolled[scrolled.count - 2].contains("£17,037,041.07") && scrolled[scrolled.count - 2].contains("£3,382,715"))
        // `→` stops where the last column is in view.
        let last = Self.table.lastColumnOffset(width: 60)
        table.columnOffset = last
        let end = Self.text(table, width: 60)
        #expect(end[end.count - 3].contains("← columns 1,") && !end[end.count - 3].hasSuffix("→"), "\(end)")
        #expect(end.joined().contains("Comment"))
        table.columnOffset = last - 1
        #expect(Self.text(table, width: 60)[end.count - 3].hasSuffix("→"), "one offset less does not reach it")
    }

    @Test func aFigureNeverShrinksEvenWhenItIsTheOnlyThingBesideTheNames() {
        for width in 38...140 {
            for offset in 0...5 {
                var table = Self.table
                table.columnOffset = offset
                let layout = table.layout(width: width)
                for placed in layout.placed where !table.columns[placed.index].shrinks {
                    #expect(placed.width == table.columns[placed.index].width, "width \(width) offset \(offset)")
                }
                let used = layout.placed.reduce(-ColumnLayout.gap) { $0 + $1.width + ColumnLayout.gap }
                #expect(used <= width, "width \(width) offset \(offset)")
            }
        }
    }

    @Test func hintsDropWholeFromTheEndAndLongLinesWrapAtSpaces() {
        let hints = ["? help", "q quit", "↑↓ move", "Enter open area"].map { [Span($0)] }
        let line = Text.whole(hints, 25, separator: [Span(" · ")]).map(\.text).joined()
        #expect(line == "? help · q quit · ↑↓ move")
        let wrapped = Text.wrap([Span("  amount     "), Span("£62,500,000"), Span(" over 5 years: 2021/22 £12,500,000, 2022/23 £12,500,000")],
                                40, glyphs: .unicode).map { $0.map(\.text).joined() }
        #expect(wrapped == ["  amount     £62,500,000 over 5 years:", "    2021/22 £12,500,000, 2022/23", "    £12,500,000"])
    }
}
