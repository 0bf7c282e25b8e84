import Foundation
import Testing
import GrantModel
import GrantStore
@testable import Dashboard

/// A folder `check` passes, at the documented amount limits (15 digits of pounds; all amounts
/// together under 11,529,215,046,068,469.75): every screen at 80x24, 120x40 and 200x60 draws
/// without a crash, shows every amount whole (never cut mid-number) and no percentage past
/// `>999%`.
@Suite struct AmountLimitsScreenTests {
    static let largest = Money(pence: 99_999_999_999_999_999)   // £999,999,999,999,999.99

    static let grants: Grants = {
        let year = FinancialYear(startYear: 2016), before = year.previous
        let funder = Funder(id: "pcc", name: "PCC at the limits", returnDueDays: 30)
        let names = ["Big Spender", "Tiny Allocation", "Zero Allocation", "Largest Area", "Growth Area"]
        let areas = names.enumerated().map { Area(id: "a\($0.offset)", funderID: "pcc", name: $0.element, kind: .csp) }
        let allocations = [
            Allocation(areaID: "a0", year: year, allocation: Money(pounds: 1_000_000)),
            Allocation(areaID: "a1", year: year, allocation: Money(pence: 1)),
            Allocation(areaID: "a2", year: year, allocation: .zero),
            Allocation(areaID: "a3", year: year, allocation: largest, carryForward: largest),
            Allocation(areaID: "a4", year: before, allocation: Money(pence: 1)),
            Allocation(areaID: "a4", year: year, allocation: largest),
        ]
        let figures: [(AreaID, Money, Money)] = [
            ("a0", Money(pounds: 900_000), Money(pounds: 500_000_000_000_000)),
            ("a1", Money(pence: 1), largest),
            ("a2", Money(pounds: 200), Money(pounds: 200)),
            ("a3", largest, largest),
        ]
        var returns: [MonitoringReturn] = []
        for (id, planned, spend) in figures {
            for (quarter, received) in [(Quarter.q1, Day(year: 2016, month: 7, day: 20)!), (.q2, Day(year: 2016, month: 10, day: 20)!)] {
                returns.append(MonitoringReturn(areaID: id, year: year, quarter: quarter, received: received, planned: planned, spend: spend))
            }
        }
        let projects = [Project(areaID: "a3", year: year, projectID: "P1", title: "Everything", theme: "All", budget: largest, spend: largest)]
        let decision = Decision(ref: "PCC/D/1", funderID: "pcc", date: Day(year: 2016, month: 4, day: 1)!, title: "Huge",
                                areaID: "a3", amount: Money(pounds: 100_000_000_000_000), firstYear: year, years: 3,
                                matchFunding: Money(pounds: 100_000_000_000_000))
        let reserve = Reserve(funderID: "pcc", name: "Reserve", balance: Money(pounds: 100_000_000_000_000), asOf: Day(year: 2016, month: 4, day: 1)!)
        return Grants(funders: [funder], areas: areas, allocations: allocations, returns: returns,
                      projects: projects, decisions: [decision], reserves: [reserve])
    }()

    static func state(_ size: Size, glyphs: Glyphs = .unicode) -> DashboardState {
        DashboardState(loaded: FolderContents(grants: grants, diagnostics: []), folder: "limits",
                       asOf: Day(year: 2016, month: 12, day: 6)!, size: size, glyphs: glyphs)
    }

    /// Every screen the keys reach, by name: the views, each area's detail, the board with the
    /// forecast, help, and every presentation page.
    static func screens(_ base: DashboardState) -> [(String, DashboardState)] {
        var screens: [(String, DashboardState)] = [("overview", base)]
        for (key, name) in [("2", "outstanding"), ("3", "board"), ("4", "years"), ("5", "themes"), ("6", "decisions")] {
            let view = base.pressing(.character(Character(key)))
            screens += [(name, view), ("\(name) at the end", view.pressing(.end))]
        }
        screens.append(("board table 2 with forecast", base.pressing(.character("3"), .character("t"), .character("o"))))
        for column in 1...12 {
            screens.append(("board scrolled \(column)", base.pressing(.character("3")).after(Array(repeating: .keyPressed(.right), count: column))))
        }
        for index in 0..<4 {
            let detail = base.after(Array(repeating: Event.keyPressed(.right), count: index) + [.keyPressed(.enter)])
            screens += [("detail \(index)", detail), ("detail \(index) scrolled", detail.pressing(.end))]
        }
        screens.append(("help", base.pressing(.character("?"))))
        var page = base.pressing(.character("p"))
        for number in 0..<7 {
            screens.append(("presentation page \(number)", page))
            page = page.pressing(.character(" "))
        }
        return screens
    }

    /// Amounts cut or run together on a line: a `£` not followed by a well-formed amount that
    /// ends there (not by an ellipsis, another digit, or a stray comma).
    static func brokenAmounts(_ line: String) -> [String] {
        let amount = /£(\d{1,3}(,\d{3})*(\.\d{2})?)/
        var broken: [String] = []
        for match in line.matches(of: /£[0-9,.…]*/) {
            let text = String(match.output)
            // Cut by the edge of a box drawn over it (the help overlay), not by the screen's layout.
            if match.range.upperBound < line.endIndex, "│|┐┘".contains(line[match.range.upperBound]) { continue }
            // A payment badge's symbol (`£ paid`, `£ ready`): the sign, a space and a word, no amount.
            if text == "£", line[match.range.upperBound...].prefixMatch(of: /\ [a-z]/) != nil { continue }
            let whole = text.wholeMatch(of: amount) != nil
            // An amount at the end of a sentence may be followed by a full stop or a comma.
            let trimmed = text.hasSuffix(".") || text.hasSuffix(",") ? String(text.dropLast()) : text
            if !whole && trimmed.wholeMatch(of: amount) == nil { broken.append(text) }
        }
        return broken
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)])
    func everyScreenDrawsEveryAmountWhole(size: Size) throws {
        for (name, state) in Self.screens(Self.state(size)) {
            let frame = render(state)
            for (row, line) in frame.lines.enumerated() {
                #expect(Self.brokenAmounts(line).isEmpty, "\(name) \(size.width)x\(size.height) line \(row): \(line)")
                #expect(line.firstMatch(of: /\d{4,}%/) == nil, "\(name) \(size.width)x\(size.height) line \(row): \(line)")
            }
        }
    }

    @Test("too narrow for a bar beside a huge amount: no bar without its label")
    func noBarWithoutItsLabel() throws {
        let overview = render(Self.state(Size(width: 80, height: 24)))
        let spent = try #require(overview.lines.first { $0.contains("£999,999,999,999,999.99") })
        #expect(!spent.contains("█"), "\(spent)")
    }

    @Test func theCheckCatchesACutAmount() {
        #expect(Self.brokenAmounts("Total £999,999,999,99…").count == 1)
        #expect(Self.brokenAmounts("spent £500,000,000,000,00").count == 1)
        #expect(Self.brokenAmounts("spent £1,000 and £999,999,999,999,999.99.").isEmpty)
        #expect(Self.brokenAmounts("Q1 £ paid  Q2 £ ready").isEmpty)
        #expect(Self.brokenAmounts("Total £").count == 1)
        #expect(Self.brokenAmounts("Total £ ").count == 1)
    }

    @Test("a £500,000,000,000,000 spend fills the bar and is marked overspent, in the overview and in presentation")
    func aHugeSpendFillsTheBar() throws {
        let overview = render(Self.state(Size(width: 120, height: 40)))
        let spent = try #require(overview.lines.first { $0.contains("£500,000,000,000,000") })
        #expect(spent.contains("█████") && !spent.contains("░"), "\(spent)")
        #expect(spent.contains(">999%"))
        #expect(overview.contains("⚠ overspent £499,999,999,000,000"))
        let page = render(Self.state(Size(width: 200, height: 60)).pressing(.character("p"), .character(" ")))
        #expect(page.contains("Big Spender"))
        #expect(page.contains("⚠ OVERSPENT"))
    }
}

/// A £0 total in presentation mode: its £200 planned is "of a £0 total", not "not stated in the
/// return"; its spend is spelled out as overspent, and so is any spend past the total on the
/// overview pane.
@Suite struct ZeroTotalAndOverspendTests {
    static func zeroPage(_ size: Size) -> Frame {
        render(AmountLimitsScreenTests.state(size).pressing(.character("p"), .character("3")))
    }

    @Test(arguments: [Size(width: 200, height: 60), Size(width: 80, height: 24)])
    func aZeroTotalIsNotCalledUnstated(size: Size) throws {
        let page = Self.zeroPage(size)
        #expect(page.contains("Zero Allocation"))
        #expect(!page.contains("not stated in the return"), "\(page.text)")
        #expect(page.contains("OVERSPENT"))
    }

    @Test func theBigPageSaysWhatTheTotalIs() throws {
        let page = Self.zeroPage(Size(width: 200, height: 60))
        #expect(page.contains("Planned at Q2 · of a £0 total"))
        #expect(page.contains("Spent at Q2 · ⚠ OVERSPENT by £200"))
    }

    @Test("the overview pane marks spend past the total in a symbol and a word; within it, nothing")
    func theOverviewMarksAnOverspend() throws {
        let overview = render(AmountLimitsScreenTests.state(Size(width: 120, height: 40)))
        #expect(overview.contains("Total £0  ⚠ overspent £200"))
        let sample = render(Fixtures.state())
        #expect(!sample.contains("overspent"))
    }
}
