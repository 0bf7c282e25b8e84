import GrantModel
import Testing
@testable import Dashboard

/// The chart of cumulative planned and spend against the profile, as the lines of text it must
/// draw: its marks, axes and legend in Unicode and ASCII, and the edges of the data.
@Suite struct QuarterChartWidgetTests {
    private func drawn(_ track: SpendTrack, width: Int = 40, height: Int = 7, glyphs: Glyphs = .unicode) -> [String] {
        var grid = Grid(Size(width: width, height: height))
        QuarterChart.draw(&grid, grid.bounds, track, currency: .gbp, styles: .screen, glyphs: glyphs)
        return grid.lines.map { $0.trimmingTrailingSpaces() }
    }

    private func pounds(_ amounts: Int64?...) -> [Money?] { amounts.map { $0.map { Money(pounds: $0) } } }

    /// £2m, half spent by Q2 against a profile of half: the lines meet at Q2.
    private let onProfile = SpendTrack(total: Money(pounds: 2_000_000), planned: [Money(pounds: 1_500_000), Money(pounds: 2_000_000)],
                                       spend: [Money(pounds: 500_000), Money(pounds: 1_000_000)])

    @Test func linesRiseFromTheOriginThroughEachQuartersPoint() {
        #expect(drawn(onProfile) == [
            "£2m ┤           ▒▒▒▒▒           ·····",
            "    │      ▒▒▒▒▒        ········",
            "£1m ┤   ▒▒▒     █████···",
            "    │ ▒▒████████",
            " £0 └───────┬───────┬───────┬───────┬",
            "           Q1      Q2      Q3      Q4",
            "█ spend  ▒ planned  · profile",
        ])
    }

    @Test func asciiDrawsTheSameChartInPlainCharacters() {
        #expect(drawn(onProfile, glyphs: .ascii) == [
            "2m +             ooooo             .....",
            "   |       oooooo         .........",
            "1m +    ooo      #####....",
            "   | ooo#########",
            " 0 +--------+--------+--------+--------+",
            "           Q1       Q2       Q3       Q4",
            "# spend  o planned  . profile",
        ])
    }

    @Test func spendBelowTheProfileSitsUnderItsLine() {
        let behind = SpendTrack(total: Money(pounds: 1_873_187), planned: [nil, Money(pounds: 1_630_367)],
                                spend: [Money(pounds: 275_109), Money(pounds: 508_449)])
        #expect(drawn(behind, width: 44, height: 11) == [
            "£2m ┤",
            "    │                 ▒             ·····",
            "    │                        ·······",
            "    │                    ····",
            "£1m ┤               ·····",
            "    │           ····",
            "    │      ·····  █████",
            "    │  ··█████████",
            " £0 └────────┬────────┬────────┬────────┬",
            "            Q1       Q2       Q3       Q4",
            "█ spend  ▒ planned  · profile",
        ])
    }

    @Test func aZeroAllocationPutsEveryPointOnTheAxis() {
        #expect(drawn(SpendTrack(total: .zero, planned: pounds(0), spend: pounds(0))) == [
            "   │",
            "   │",
            "   │",
            "   │",
            "£0 └────────█────────·────────·────────·",
            "           Q1       Q2       Q3       Q4",
            "█ spend  ▒ planned  · profile",
        ])
    }

    @Test func spendAboveTheAllocationRaisesTheScale() {
        #expect(drawn(SpendTrack(total: Money(pounds: 100_000), planned: pounds(100_000, 100_000, 100_000),
                                 spend: pounds(30_000, 90_000, 150_000))) == [
            "£150k ┤                     ███",
            "      │      ▒▒▒▒▒▒▒▒▒▒▒████▒▒▒   ·····",
            " £75k ┤   ▒▒▒     ██████  ········",
            "      │ ▒▒████████········",
            "   £0 └───────┬───────┬───────┬───────┬",
            "             Q1      Q2      Q3      Q4",
            "█ spend  ▒ planned  · profile",
        ])
    }

    @Test func oneQuarterOnlyIsOneSegment() {
        #expect(drawn(SpendTrack(total: Money(pounds: 400), planned: pounds(400), spend: pounds(100)), width: 30) == [
            "£400 ┤     ▒              ····",
            "     │   ▒▒         ······",
            "£200 ┤  ▒     ······",
            "     │▒▒████··",
            "  £0 └─────┬─────┬─────┬─────┬",
            "          Q1    Q2    Q3    Q4",
            "█ spend  ▒ planned  · profile",
        ])
    }

    @Test func amountsNearTheLargestMoneyDoNotOverflow() {
        let largest = Money(pence: .max)
        let track = SpendTrack(total: largest, planned: [largest, largest], spend: [Money(pence: .max / 2), largest])
        #expect(drawn(track, width: 48) == [
            "£92,234tn ┤       ▒▒▒▒▒▒▒▒███             ·····",
            "          │     ▒▒    ████       ·········",
            "£46,117tn ┤   ▒▒ █████  ·········",
            "          │ ▒████·······",
            "       £0 └────────┬────────┬────────┬────────┬",
            "                  Q1       Q2       Q3       Q4",
            "█ spend  ▒ planned  · profile",
        ])
    }

    @Test func aNarrowLegendGoesOneToALineAndTooSmallARectDrawsNothing() {
        #expect(drawn(onProfile, width: 24, height: 9) == [
            "£2m ┤     ▒▒▒     ···",
            "    │   ▒▒    ····",
            "£1m ┤ ▒▒  ███·",
            "    │▒████",
            " £0 └───┬───┬───┬───┬",
            "       Q1  Q2  Q3  Q4",
            "█ spend",
            "▒ planned",
            "· profile",
        ])
        #expect(drawn(onProfile, width: 12, height: 9).allSatisfy { $0.isEmpty })
        #expect(drawn(onProfile, width: 40, height: 4).allSatisfy { $0.isEmpty })
    }

    @Test func inMonoTheSeriesDifferByMarkAndTheLegendNamesEach() {
        var grid = Grid(Size(width: 40, height: 7))
        QuarterChart.draw(&grid, grid.bounds, onProfile, currency: .gbp, styles: .screen, glyphs: .unicode)
        #expect(grid.cells.allSatisfy { Theme.mono.appearance(of: $0.style).foreground == .default })
        #expect(Set(grid.lines.prefix(5).joined().filter { "█▒·".contains($0) }) == ["█", "▒", "·"])
        #expect(grid.lines[6].trimmingTrailingSpaces() == "█ spend  ▒ planned  · profile")
    }

    @Test func eachSeriesHasItsOwnMarkAndStyle() {
        var grid = Grid(Size(width: 40, height: 7))
        QuarterChart.draw(&grid, grid.bounds, onProfile, currency: .gbp, styles: .present, glyphs: .unicode)
        let marks = Set(grid.cells.filter { "█▒·".contains($0.character) }.map { "\($0.character)\($0.style == Presenting.strong)" })
        #expect(marks == ["█true", "▒false", "·true"])
    }
}

/// Short £ labels and round tops for a chart's axis.
@Suite struct ChartScaleTests {
    @Test func labelsAreShortAndExactWhereTheyCanBe() {
        let label = { (pence: Int64) in ChartScale.label(Money(pence: pence), .gbp, glyphs: .unicode) }
        #expect(label(0) == "£0")
        #expect(label(95_000) == "£950")
        #expect(label(12_000_000) == "£120k")
        #expect(label(125_000_000) == "£1.25m")
        #expect(label(187_318_700) == "£1.87m")
        #expect(label(150_000_000) == "£1.50m")
        #expect(label(1_490_000_000) == "£15m")
        #expect(label(5_360_000) == "£54k")
        #expect(label(536_000) == "£5.36k")
        #expect(label(99_960_000) == "£1m")
        #expect(label(.max) == "£92,234tn")
        #expect(ChartScale.label(Money(pence: 12_000_000), .gbp, glyphs: .ascii) == "120k")
    }

    @Test func theTopIsTheNextRoundAmount() {
        #expect(ChartScale.top(Money(pounds: 1_873_187)) == Money(pounds: 2_000_000))
        #expect(ChartScale.top(Money(pounds: 150_000)) == Money(pounds: 150_000))
        #expect(ChartScale.top(Money(pounds: 150_001)) == Money(pounds: 200_000))
        #expect(ChartScale.top(.zero) == .zero)
        #expect(ChartScale.top(Money(pence: .max)) == Money(pence: .max))
    }
}

/// One character per amount, as tall as its share of the whole.
@Suite struct SparklineWidgetTests {
    @Test func heightsFollowTheShareAndQuartersToComeAreDots() {
        let whole = Money(pounds: 800)
        #expect(Sparkline.text([Money(pounds: 100), Money(pounds: 400), nil, nil], of: whole, glyphs: .unicode) == "▂▅··")
        #expect(Sparkline.text([Money(pounds: 100), Money(pounds: 400), nil, nil], of: whole, glyphs: .ascii) == ",=..")
        #expect(Sparkline.text([.zero, Money(pounds: 900), Money(pence: .max)], of: whole, glyphs: .unicode) == "▁██")
        #expect(Sparkline.text([Money(pounds: 1)], of: .zero, glyphs: .unicode) == "█")
    }
}
