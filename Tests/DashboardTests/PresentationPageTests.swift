import Testing
import GrantModel
@testable import Dashboard

/// What the presentation pages say: the board tables' own figures, the outstanding returns,
/// black-and-white roles only, and whole figures at every size.
@Suite struct PresentationPageTests {
    static func page(_ page: Presentation.Page, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode,
                     asOf: Day = Fixtures.boardDate) -> DashboardState {
        Fixtures.state(width: width, height: height, glyphs: glyphs, asOf: asOf, presenting: true).showingPage(page)
    }

    @Test func everyAreaPageShowsTheBoardTablesOwnFigures() throws {
        let report = try #require(Fixtures.state().report)
        let table1 = BoardTables.allocation(report), table2 = BoardTables.spend(report)
        for (index, position) in report.positions.enumerated() {
            let frame = render(Self.page(.area(position.area.id)))
            let row1 = table1.rows[index], row2 = table2.rows[index]
            // Table 1: total, planned, remainder, % allocated; Table 2: the quarter's spend, % spend.
            for figure in [row1[3], row1[4], row1[5], row2[5]] {
                #expect(frame.contains(figure), "\(position.area.name): \(figure)\(frame.testDescription)")
            }
            #expect(frame.contains("\(row1[6]) allocated"), "\(position.area.name)")
            #expect(frame.contains("\(row2[6])  against 50% profile at Q2"), "\(position.area.name)")
            #expect(frame.contains("area \(index + 1) of 7"))
        }
    }

    @Test func wolverhamptonsOverAllocationIsTheTablesMinusOnePound() throws {
        let frame = render(Self.page(.area("wolverhampton")))
        #expect(frame.contains("Remainder (over-allocated)       -£1"))
        let large = render(Self.page(.area("wolverhampton"), width: 160, height: 50))
        #expect(large.contains("Remainder (over-allocated)"))
        #expect(large.contains("▀▀▀ ▀█▀    █"), "the minus sign drawn large before £1")
    }

    @Test func theSummaryCountsTheReportsOutstandingReturns() throws {
        let later = Self.page(.summary, width: 120, height: 40, asOf: Sample.laterDate)
        let report = try #require(later.report)
        let frame = render(later)
        #expect(frame.contains("\(report.outstandingCount) 2024/25 returns are outstanding, 15 overdue: payment held"))
        #expect(frame.contains("and 17 more: End lists every one"))
        let totals = report.totals
        #expect(render(Self.page(.summary)).contains("Total allocation  £4,294,482"))
        #expect(totals.total == Money(pounds: 1_100_000))
    }

    @Test func theClosingPageListsTheYearsOutstandingReturnsMostOverdueFirst() throws {
        let state = Self.page(.closing, width: 120, height: 40, asOf: Sample.laterDate)
        let rows = state.presentedOutstandingRows
        #expect(rows.count == 20)
        #expect(rows.allSatisfy { $0.funderID == state.funderID && $0.year == state.year })
        let days = rows.map { $0.status.daysOverdue ?? -1 }
        #expect(days == days.sorted(by: >))
        let frame = render(state)
        let first = try #require(frame.find("Herefordshire                      Q1   OVERDUE 259 DAYS   was due 30 July 2024      PAYMENT HELD"))
        let last = try #require(frame.find("Worcestershire district councils   Q4   DUE NOW            due by 30 April 2025      payment not yet held"))
        #expect(first.y < last.y)
        // Overdue rows are reversed bands; rows only due are bold.
        #expect(frame.cell(first).style.role == .presentAlert)
        #expect(frame.cell(last).style.role == .presentStrong)
    }

    @Test func aShortClosingPageSaysHowManyMore() throws {
        let frame = render(Self.page(.closing, width: 80, height: 24, asOf: Sample.laterDate))
        #expect(frame.contains("and 9 more: the dashboard's Outstanding view lists every one"))
        #expect(frame.contains("Herefordshire                     Q1  OVERDUE 259 DAYS  PAYMENT HELD"))
    }

    @Test func noOutstandingReturnsIsSaidPlainly() throws {
        // Before Q1 of 2016/17 ends, with every 2015/16 return in: the board looks at 2015/16 Q4.
        let early = Day(year: 2016, month: 5, day: 1)!
        #expect(render(Self.page(.summary, asOf: early)).contains("✓ No 2015/16 returns are outstanding"))
        #expect(render(Self.page(.closing, asOf: early)).contains("✓ No 2015/16 returns are outstanding as of 1 May 2016."))
    }

    @Test func everyCellOfAPageIsInAPresentationRole() throws {
        let presentationRoles: Set<Role> = [.present, .presentStrong, .presentAlert]
        for page: Presentation.Page in [.summary, .area("birmingham"), .area("solihull"), .closing] {
            for (width, height) in [(80, 24), (160, 50)] {
                let frame = render(Self.page(page, width: width, height: height))
                let roles = Set(frame.grid.cells.map(\.style.role))
                #expect(roles.isSubset(of: presentationRoles), "\(page) at \(width)x\(height): \(roles)")
            }
        }
        let solihull = render(Self.page(.area("solihull")))
        let alert = try #require(solihull.find("Q2 RETURN OVERDUE 37 DAYS — PAYMENT HELD"))
        #expect(solihull.cells(from: Point(x: 2, y: alert.y), count: 76).allSatisfy { $0.style.role == .presentAlert },
                "the band runs across the page")
    }

    @Test func presentationRolesAreBlackAndWhiteBoldAndReverseOnEveryTheme() throws {
        let blackAndWhite: Set<TerminalColor> = [.default, .black, .white]
        for theme in [Theme.color, .mono, .highContrast] {
            for role in [Role.present, .presentStrong, .presentAlert] {
                let look = theme.appearance(of: Style(role))
                #expect(!look.dim, "\(theme.name) \(role)")
                #expect(blackAndWhite.contains(look.foreground) && blackAndWhite.contains(look.background), "\(theme.name) \(role)")
            }
            #expect(theme.appearance(of: Style(.presentStrong)).bold)
            let alert = theme.appearance(of: Style(.presentAlert))
            #expect(alert.bold && alert.reverse, "\(theme.name)")
            #expect(theme.appearance(of: Style(.present)) != alert)
        }
    }

    @Test func theHighContrastThemeDrawsEveryRoleWhiteOnBlackWithNothingDim() throws {
        for role in Role.allCases {
            let look = Theme.highContrast.appearance(of: Style(role))
            #expect(!look.dim, "\(role)")
            #expect(look.foreground == .white && look.background == .black, "\(role)")
        }
        // Alarms stay told apart from the rest without colour.
        #expect(Theme.highContrast.appearance(of: Style(.danger)).reverse)
        #expect(!Theme.highContrast.appearance(of: Style(.normal)).reverse)
        // The themes the dashboard already had keep their looks.
        #expect(Theme.color.appearance(of: Style(.danger)) == Appearance(foreground: .white, background: .red, bold: true))
        #expect(Theme.mono.appearance(of: Style(.track)) == Appearance(dim: true))
    }

    @Test func asciiPagesAreAllAscii() throws {
        for page: Presentation.Page in [.summary, .area("solihull"), .closing] {
            for (width, height) in [(80, 24), (120, 40)] {
                let frame = render(Self.page(page, width: width, height: height, glyphs: .ascii))
                #expect(frame.lines.allSatisfy { $0.allSatisfy(\.isASCII) }, "\(page) \(width)x\(height)\(frame.testDescription)")
            }
        }
    }

    /// From the smallest usable terminal up to a projector's: the page is drawn large or plain,
    /// never with a figure cut: each amount is whole on screen in one form or the other.
    @Test func everySizeShowsTheFiguresWholeLargeOrPlain() throws {
        for width in stride(from: 40, through: 170, by: 13) {
            for height in stride(from: 12, through: 52, by: 5) {
                let frame = render(Self.page(.area("solihull"), width: width, height: height))
                let text = frame.text
                #expect(text.contains("Solihull MBC"), "\(width)x\(height)")
                #expect(text.contains("OVERDUE 37 DAYS"), "\(width)x\(height)\(frame.testDescription)")
                let large = text.contains("▄█▄▄ █▄▄▄  ▄█▄    █ ▄▀    █ ▄▄▄█    █")
                #expect(large || frame.contains("£214,454"), "\(width)x\(height)\(frame.testDescription)")
                // Below the title, whose funder name may be shortened on a narrow terminal.
                #expect(!frame.lines.dropFirst(2).contains { $0.contains("…") }, "nothing cut at \(width)x\(height)\(frame.testDescription)")
            }
        }
    }
}
