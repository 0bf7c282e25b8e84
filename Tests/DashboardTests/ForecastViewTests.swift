import Testing
import GrantModel
@testable import Dashboard

/// The run-rate forecast on the board tables (`o`) and in the area detail.
@Suite struct ForecastViewTests {
    static func board(width: Int = 200, height: Int = 40) -> DashboardState {
        Fixtures.state(width: width, height: height).pressing(.character("3"))
    }

    static func detail(_ areaID: AreaID, glyphs: Glyphs = .unicode) -> DashboardState {
        Fixtures.state(width: 120, height: 60, glyphs: glyphs).selecting(areaID).pressing(.enter)
    }

    @Test func oTogglesTheForecastColumnsOfTable2() throws {
        let plain = Self.board()
        #expect(!plain.board.showsForecast)
        #expect(!render(plain).contains("Forecast"))
        let shown = plain.pressing(.character("o"))
        #expect(shown.board.showsForecast)
        let frame = render(shown)
        #expect(frame.contains("Table 2: spend (cumulative) and run-rate forecast, flagged over 10% (o hides)"))
        #expect(frame.contains("Outturn") && frame.contains("Underspend"))
        let birmingham = try #require(frame.lines.last { $0.contains("Birmingham CC") })
        #expect(birmingham.contains("£1,016,898") && birmingham.contains("£856,289") && birmingham.contains("! underspend 46%"))
        let total = try #require(frame.lines.last { $0.contains(" Total ") })
        #expect(total.contains("£3,322,352") && total.contains("! 4 flagged"))
        #expect(shown.notice?.text.hasPrefix("Forecast columns shown") == true)
        let hidden = shown.pressing(.character("o"))
        #expect(!hidden.board.showsForecast)
        #expect(!render(hidden).contains("Forecast Outturn") && !render(hidden).contains("Outturn"))
    }

    @Test func aFlaggedForecastIsMarkedByWordAndStyle() throws {
        let frame = render(Self.board().pressing(.character("o")))
        let point = try #require(frame.find("! underspend 46%"))
        #expect(frame.cell(point).style.bold)
        #expect(frame.cell(point).style.role == .warning)
    }

    @Test func onASmallTerminalOBringsTable2IntoView() throws {
        let small = Self.board(width: 80, height: 24)
        #expect(small.board.table == 0)
        let shown = small.pressing(.character("o"))
        #expect(shown.board.table == 1)
        #expect(render(shown).contains("Table 2: spend (cumulative) and run-rate forecast"))
        // Scrolling right reaches the forecast columns.
        let scrolled = shown.pressing(.right, .right, .right, .right, .right, .right)
        #expect(render(scrolled).contains("£1,016,898"))
    }

    @Test func theDetailShowsTheForecastAtTheReportQuarter() throws {
        let frame = render(Self.detail("birmingham"))
        #expect(frame.contains("Forecast at Q2   run rate: spend ÷ 2 × 4"))
        #expect(frame.contains("outturn                £1,016,898"))
        #expect(frame.contains("underspend               £856,289  46% of total"))
        #expect(frame.contains("implied carry forward    £856,289  into 2017/18"))
        #expect(frame.contains("⚠ FLAGGED: underspend over the 10% threshold"))
    }

    @Test func besideTheKeyFiguresWhenWideUnderThemWhenNarrow() throws {
        let wide = render(Self.detail("birmingham"))
        let total = try #require(wide.lines.firstIndex { $0.contains("total allocation") })
        #expect(wide.lines[total - 2].contains("Forecast at Q2"), "on the allocation's line, beside the figures")
        #expect(wide.lines[total - 2].contains("2016/17 allocation"))
        let narrow = Fixtures.state(width: 80, height: 60).selecting("birmingham")
        let frame = render(narrow.pressing(.enter))
        let heading = try #require(frame.lines.firstIndex { $0.contains("Forecast at Q2") })
        let source = try #require(frame.lines.firstIndex { $0.contains("source: Police main grant") })
        #expect(frame.lines[source - 1].contains("remainder to allocate"), "the source stays with the figures")
        #expect(heading == source + 2, "under the figures, after a blank line")
        #expect(!frame.lines[heading].contains("allocation"))
    }

    @Test func anOverspendIsSpelledOutWithNoCarryForward() throws {
        let solihull = Self.detail("solihull")
        #expect(solihull.detailAreaID == "solihull")
        let frame = render(solihull)
        #expect(frame.contains("overspend              £319,362  149% over total"))
        #expect(frame.contains("implied carry forward        £0  into 2017/18"))
        #expect(frame.contains("✗ OVERSPEND forecast"))
    }

    @Test("Solihull's carried Q1 figures: the forecast says it is from them and scales Q1 spend x 4")
    func aForecastFromCarriedFiguresSaysSo() throws {
        let frame = render(Self.detail("solihull"))
        #expect(frame.contains("£214,454                             Forecast at Q2 from Q1 figures   spend ÷ 1 × 4"))
        #expect(frame.contains("outturn                £533,816"))
        #expect(frame.contains("planned at Q2 (Q1 figures)  £214,454  100% allocated"))
        #expect(frame.contains("spent at Q2 (Q1 figures)    £133,454  62% spent (profile 50%)    ✗ OVERSPEND forecast"))
        let board = render(Self.detail("solihull").pressing(.escape, .character("3"), .character("o")))
        #expect(board.contains("Solihull MBC: Q2 report has not been received, Q1 figures have therefore been used for Q2; forecast from Q1 figures"))
    }

    @Test func withinTheThresholdAndInAscii() throws {
        let frame = render(Self.detail("dudley", glyphs: .ascii))
        #expect(frame.contains("Forecast at Q2   run rate: spend / 2 x 4"))
        #expect(frame.contains("ok not flagged: underspend within 10%"))
    }

    @Test func noForecastWithoutAStatedSpend() throws {
        var grants = try #require(Fixtures.loaded().grants)
        grants = Grants(funders: grants.funders, areas: grants.areas, allocations: grants.allocations,
                        returns: grants.returns.map { item in
                            var item = item
                            if item.areaID == "dudley" { item.spend = nil }
                            return item
                        })
        let state = Self.detail("dudley").after([.dataReloaded(LiveReloadTests.loaded(grants))])
        #expect(render(state).contains("no forecast: the return standing at Q2 does not state spend"))
    }
}
