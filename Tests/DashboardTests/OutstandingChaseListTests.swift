import Testing
import GrantModel
@testable import Dashboard

/// The outstanding view as a chase list: the selected funder's year (what the header counts), `a`
/// for every funder and year, and the columns a chaser needs first.
@Suite struct OutstandingChaseListTests {
    /// `⚠ 20 outstanding` in the header, `2 Outstanding (20)` in the tabs.
    static func counts(_ frame: Frame) throws -> (header: Int, tab: Int) {
        let header = try #require(frame.lines[0].firstMatch(of: /(\d+) outstanding/)).1
        let tab = try #require(frame.lines[1].firstMatch(of: /Outstanding \((\d+)\)/)).1
        return (Int(header)!, Int(tab)!)
    }

    @Test func itListsTheSelectedFundersYearAndItsCountMatchesTheHeaders() throws {
        let state = Fixtures.state(asOf: Sample.laterDate).pressing(.character("2"))
        #expect(!state.listedOutstanding.isEmpty)
        #expect(state.listedOutstanding.allSatisfy { $0.funderID == state.funderID && $0.year == state.year })
        let frame = render(state)
        let (header, tab) = try Self.counts(frame)
        #expect(header == tab && tab == state.listedOutstanding.count)
        #expect(frame.lines[0].contains("West Mercia") && frame.lines[0].contains("2024/25"))
        // Another funder and year: the list follows, and so do both counts.
        let other = state.pressing(.character("f"))
        #expect(other.listedOutstanding.allSatisfy { $0.funderID == other.funderID && $0.year == other.year })
        let counts = try Self.counts(render(other))
        #expect(counts.header == counts.tab && counts.tab == other.listedOutstanding.count)
    }

    @Test func aShowsEveryFunderAndYearAndTheHeaderSaysSo() throws {
        let one = Fixtures.state(asOf: Sample.laterDate).pressing(.character("2"))
        let all = one.pressing(.character("a"))
        #expect(all.listedOutstanding.count == 67)
        #expect(Set(all.listedOutstanding.map(\.funderID)) == ["west-midlands", "west-mercia"])
        let frame = render(all)
        #expect(frame.lines[0].contains("every funder and year"))
        let (header, tab) = try Self.counts(frame)
        #expect(header == 67 && tab == 67)
        #expect(frame.contains("Funder"), "the funder column shows when the list has several")
        #expect(render(all.after([.tick(milliseconds: 60_000)])).statusLine.contains("a this funder"))
        // Elsewhere the header is the funder's year again; `a` once more goes back.
        #expect(!render(all.pressing(.character("1"))).lines[0].contains("every funder"))
        #expect(all.pressing(.character("a")).listedOutstanding == one.listedOutstanding)
        #expect(render(one.pressing(.character("?"))).contains("this funder's year / every funder and year"))
    }

    @Test func atEightyColumnsItKeepsAreaQuarterDaysAndContactAndScrollsForTheRest() throws {
        let state = LongNames.state(width: 80, height: 24).pressing(.character("2"))
        let frame = render(state)
        let rule = try #require(frame.find("───"))
        let head = frame.lines[rule.y - 1]
        for word in ["Area", "Quarter", "overdue", "Contact"] { #expect(head.contains(word), "\(word)") }
        #expect(!head.contains("Payment"))
        #expect(frame.lines[rule.y].hasSuffix("columns 1-4 of 7 →"))
        let first = frame.lines[rule.y + 1]
        #expect(first.contains("Kingston upon Hull") && first.contains("2023/24 Q2") && first.contains("113")
                && first.contains("Alexandra Montgomery"))
        // → brings in the rest a column at a time, keeping the area, until the last is in view.
        let moved = render(state.pressing(.right))
        #expect(moved.lines[rule.y + 1].contains("Kingston upon Hull") && !moved.lines[rule.y + 1].contains("2023/24 Q2"))
        let end = render(state.pressing(.right, .right, .right, .right, .right))
        let endRule = try #require(end.find("───")).y
        let row = end.lines[endRule + 1]
        #expect(row.contains("Kingston upon Hull") && row.contains("✗ held") && row.contains("✗ OVERDUE 113 days")
                && row.contains("30 Oct 2023"), "\(end)")
        #expect(end.lines[endRule].contains("← columns 1, 5-7 of 7") && !end.lines[endRule].trimmingTrailingSpaces().hasSuffix("→"))
    }
}
