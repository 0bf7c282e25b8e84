import Foundation
import Testing
import GrantModel
import GrantStore
@testable import Dashboard

/// No byte of the data ever reaches the terminal raw. The reader refuses control characters, so
/// these grants are built in code, with escape sequences (an OSC title change, a screen clear, a
/// C1 CSI) in every text field a screen shows; every screen, overlay and presentation page at
/// two sizes and in both glyph sets has no C0 or C1 control in any cell, and shows the escaped form.
/// (StyleTests covers the overview, board, detail and search of a renamed area; this covers the rest.)
@Suite struct HostileDataTests {
    static let title = "Harbourton\u{1B}]0;PWNED\u{07}"
    static let clear = "\u{1B}[2J"
    static let csi = "Zone\u{9B}31m red"

    static let grants: Grants = {
        let year = FinancialYear(startYear: 2016)
        let funder = Funder(id: "pcc", name: "PCC \(clear)\u{1B}[?1049l", returnDueDays: 30, notes: "notes\u{07}")
        let names = [title, clear, csi, "Tab\there", "Back\u{08}space\u{7F}"]
        let areas = names.enumerated().map { index, name in
            Area(id: "a\(index)", funderID: "pcc", name: name, kind: .csp, contact: "ring \(clear)", notes: "note \(title)")
        }
        let decision = Decision(ref: "PCC/D/\(clear)", funderID: "pcc", date: Day(year: 2016, month: 4, day: 1)!,
                                title: "Decision \(title)", areaID: "a0", amount: Money(pounds: 10_000), firstYear: year,
                                source: "Reserve \(csi)", matchPartner: "Partner \(clear)", notes: "why \u{1B}P")
        let allocations = areas.map {
            Allocation(areaID: $0.id, year: year, allocation: Money(pounds: 10_000), carryForward: Money(pounds: 500),
                       source: "Source \(clear)", decisionRef: $0.id == "a0" ? decision.ref : nil, notes: "alloc \(csi)")
        }
        var returns: [MonitoringReturn] = []
        for area in areas {
            returns.append(MonitoringReturn(areaID: area.id, year: year, quarter: .q1, received: Day(year: 2016, month: 7, day: 20)!,
                                            planned: Money(pounds: 4_000), spend: Money(pounds: 1_000), notes: "late \(title)"))
        }
        let projects = areas.map {
            Project(areaID: $0.id, year: year, projectID: "P\(clear)", title: "Project \(title)", theme: "Theme \(csi)",
                    budget: Money(pounds: 2_000), spend: Money(pounds: 100), notes: "p \(clear)")
        }
        let reserve = Reserve(funderID: "pcc", name: "Reserve \(title)", balance: Money(pounds: 50_000),
                              asOf: Day(year: 2016, month: 4, day: 1)!, notes: "r \(clear)")
        return Grants(funders: [funder], areas: areas, allocations: allocations, returns: returns,
                      projects: projects, decisions: [decision], reserves: [reserve])
    }()

    static func state(width: Int, height: Int, glyphs: Glyphs) -> DashboardState {
        DashboardState(loaded: FolderContents(grants: grants, diagnostics: []), folder: "folder\(clear)",
                       asOf: Day(year: 2016, month: 12, day: 6)!, size: Size(width: width, height: height), glyphs: glyphs)
    }

    /// Every screen the keys reach from the overview, by name.
    static func screens(_ base: DashboardState) -> [(String, DashboardState)] {
        var screens: [(String, DashboardState)] = [("overview", base)]
        for (key, name) in [("2", "outstanding"), ("3", "board"), ("4", "years"), ("5", "themes"), ("6", "decisions")] {
            let view = base.pressing(.character(Character(key)))
            screens.append((name, view))
            screens.append(("\(name) at the end", view.pressing(.end)))
        }
        screens.append(("board table 2 with forecast", base.pressing(.character("3"), .character("t"), .character("o"))))
        for index in 0..<5 {
            let detail = base.after(Array(repeating: Event.keyPressed(.right), count: index) + [.keyPressed(.enter)])
            screens.append(("detail \(index)", detail))
            screens.append(("detail \(index) scrolled", detail.pressing(.end)))
            screens.append(("form \(index)", detail.pressing(.character("e")).typing("\u{1B}[2J")))
        }
        screens.append(("help", base.pressing(.character("?"))))
        screens.append(("search", base.pressing(.character("/")).typing("harb")))
        screens.append(("funder notice", base.pressing(.character("f"))))
        var page = base.pressing(.character("p"))
        for number in 0..<8 {
            screens.append(("presentation page \(number)", page))
            page = page.pressing(.character(" "))
        }
        return screens
    }

    static func controls(_ frame: Frame) -> [[UInt32]] {
        frame.grid.cells.map(\.character).filter { $0.unicodeScalars.contains(where: ControlCharacter.isControl) }
            .map { $0.unicodeScalars.map(\.value) }
    }

    @Test(arguments: [Glyphs.unicode, .ascii], [Size(width: 120, height: 40), Size(width: 80, height: 24)])
    func noCellOfAnyScreenHoldsAControlCharacter(glyphs: Glyphs, size: Size) throws {
        let base = Self.state(width: size.width, height: size.height, glyphs: glyphs)
        var escapedSomewhere = 0
        for (name, state) in Self.screens(base) {
            let frame = render(state)
            #expect(Self.controls(frame).isEmpty, "\(name): \(Self.controls(frame))")
            if frame.text.contains("\\e") { escapedSomewhere += 1 }
        }
        #expect(escapedSomewhere >= 10, "the escaped form \\e is what shows")
    }

    @Test func theEscapedFormsShow() throws {
        let overview = render(Self.state(width: 160, height: 50, glyphs: .unicode))
        #expect(overview.contains("Harbourton\\e]0;PWNED\\a"))
        #expect(overview.contains("\\e[2J"))
        #expect(overview.contains("Zone\\u{9B}31m red"))
        #expect(overview.lines[0].contains("PCC \\e[2J\\e[?1049l"))
        let detail = render(Self.state(width: 160, height: 50, glyphs: .unicode).pressing(.enter))
        #expect(detail.contains("Project Harbourton\\e]0;PWNED\\a"))
    }

    /// Problems built in code with raw controls in their path and message: the error screen and
    /// the problems box still show them escaped.
    @Test func diagnosticsWithControlsAreShownEscaped() throws {
        let problems = [Diagnostic(path: "x\u{1B}]0;PWNED\u{07}/areas.csv", line: 2, column: 3, message: "bad \u{1B}[2J value \u{9B}"),
                        Diagnostic(path: "returns.csv", line: 4, column: 1, message: "\u{07}\u{07}\r\n")]
        let errorScreen = DashboardState(loaded: FolderContents(grants: nil, diagnostics: problems), folder: "f\u{1B}c",
                                         asOf: Day(year: 2016, month: 12, day: 6)!, size: Size(width: 120, height: 30))
        let reloaded = Self.state(width: 120, height: 30, glyphs: .unicode)
            .after([.dataReloaded(FolderContents(grants: nil, diagnostics: problems))]).pressing(.character("!"))
        for state in [errorScreen, reloaded] {
            let frame = render(state)
            #expect(Self.controls(frame).isEmpty, "\(Self.controls(frame))")
            #expect(frame.contains("x\\e]0;PWNED\\a/areas.csv:2:3: error: bad \\e[2J value \\u{9B}"))
            #expect(frame.contains("returns.csv:4:1: error: \\a\\a\\r\\n"))
        }
    }
}
