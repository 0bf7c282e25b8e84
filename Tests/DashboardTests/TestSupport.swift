import Foundation
import Testing
@_exported import Cells
@_exported import CSDashTestSupport
import GrantModel
@testable import GrantStore
@testable import Dashboard

/// Pressing keys, finding text on a rendered frame and building data in code, for the reducer tests.
enum Sample {
    /// The seven West Midlands areas of 2016/17, in areas.csv order.
    static let westMidlands = ["birmingham", "coventry", "dudley", "sandwell", "solihull", "walsall", "wolverhampton"]
    static let names = ["Birmingham CC", "Coventry CC", "Dudley MBC", "Sandwell MBC", "Solihull MBC", "Walsall MBC", "Wolverhampton CC"]

    /// A day when many returns are outstanding: every West Mercia return, the rest of West Midlands
    /// 2016/17, and 2024/25 Q4 returns only just `due`.
    static let laterDate = Day(year: 2025, month: 4, day: 15)!

    static let year2016 = FinancialYear(startYear: 2016)
}

extension DashboardState {
    /// This state after `keys`, ignoring effects.
    func pressing(_ keys: Key...) -> DashboardState { after(keys.map(Event.keyPressed)) }

    func after(_ events: [Event]) -> DashboardState { Fixtures.after(self, events).0 }

    func typing(_ text: String) -> DashboardState { after(Fixtures.typing(text)) }

    /// The effects of one more key.
    func effects(of key: Key) -> [Effect] { update(self, .keyPressed(key)).1 }

    func resized(_ width: Int, _ height: Int) -> DashboardState { after([.resized(Size(width: width, height: height))]) }

    func clicking(_ point: Point, at milliseconds: Int = 10_000, kind: MouseEvent.Kind = .press) -> DashboardState {
        after([.mouse(MouseEvent(kind: kind, position: point, milliseconds: milliseconds))])
    }

    var selectedName: String? { selectedAreaID.flatMap { grants?.area($0)?.name } }

    /// This state with `areaID` selected on the overview, by the keys a user would press.
    func selecting(_ areaID: AreaID) -> DashboardState {
        guard let index = areas.firstIndex(where: { $0.id == areaID }) else { preconditionFailure("\(areaID) is not listed") }
        return after([.keyPressed(.home)] + Array(repeating: .keyPressed(.right), count: index))
    }

    /// This presentation on `page`, by the keys a presenter would press.
    func showingPage(_ page: Presentation.Page) -> DashboardState {
        switch page {
        case .summary: return pressing(.home)
        case .sinceLastBoard: return pressing(.home)
        case .closing: return pressing(.end)
        case .area(let areaID):
            guard let index = areas.firstIndex(where: { $0.id == areaID }) else { preconditionFailure("\(areaID) is not presented") }
            return typing(String(index + 1))
        }
    }

    /// The presentation, showing or (while the folder cannot be read) waiting to.
    var presentation: Presentation? { screen.presentation }

    var showingHelp: Bool { mode == .help }

    var showingProblems: Bool { mode == .problems }

    /// The first line of the detail in view (0 when no detail is open).
    var detailScroll: Int {
        guard case .detail(let shown)? = screen.dashboard else { return 0 }
        return shown.lines.top
    }
}

extension AreaDetailScreen {
    /// The lines of the detail `state` shows.
    static func lineCount(_ state: DashboardState) -> Int {
        guard case .detail(let shown) = state.screen else { return 0 }
        return lineCount(state, shown)
    }
}

extension DocumentScreen {
    /// The document `state` shows, laid out to `width`.
    static func document(_ state: DashboardState, width: Int) -> Document {
        guard case .document(let shown) = state.screen else { return Document() }
        return document(state, shown, width: width)
    }
}

extension Frame {
    var lines: [String] { grid.lines }

    var text: String { lines.joined(separator: "\n") }

    func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    /// Where `text` starts on screen (first occurrence, top to bottom), in cells.
    func find(_ text: String, from row: Int = 0) -> Point? {
        let needle = Array(text)
        for y in row..<grid.size.height {
            let line = Array(lines[y])
            guard line.count >= needle.count else { continue }
            for x in 0...(line.count - needle.count) where Array(line[x..<(x + needle.count)]) == needle {
                return Point(x: x, y: y)
            }
        }
        return nil
    }

    /// Every position where `text` starts.
    func findAll(_ text: String) -> [Point] {
        var found: [Point] = []
        let needle = Array(text)
        for (y, string) in lines.enumerated() {
            let line = Array(string)
            guard line.count >= needle.count else { continue }
            for x in 0...(line.count - needle.count) where Array(line[x..<(x + needle.count)]) == needle {
                found.append(Point(x: x, y: y))
            }
        }
        return found
    }

    func cell(_ point: Point) -> Cell { grid[point.x, point.y] }

    /// The cells of `count` characters starting at `point`.
    func cells(from point: Point, count: Int) -> [Cell] { (0..<count).map { grid[point.x + $0, point.y] } }

    /// The line of the status bar (the last row).
    var statusLine: String { lines.last ?? "" }
}

/// Grants built in code: one funder, many areas, allocations and some returns.
enum Synthetic {
    static let funderID = "big-pcc"

    static func areaID(_ number: Int) -> AreaID { String(format: "z%03d", number) }
    static func name(_ number: Int) -> String { String(format: "Zone %03d", number) }

    /// `count` areas allocated in 2016/17; every area's Q1 return is in, every third's Q2 is missing.
    static func grants(areas count: Int, funderName: String = "Big Synthetic PCC",
                       rename: [Int: String] = [:]) -> Grants {
        let year = Sample.year2016
        let funder = Funder(id: funderID, name: funderName, returnDueDays: 30)
        let areas = (1...count).map { Area(id: areaID($0), funderID: funderID, name: rename[$0] ?? name($0), kind: .csp) }
        let allocations = (1...count).map {
            Allocation(areaID: areaID($0), year: year, allocation: Money(pounds: Int64(100_000 + $0 * 1_000)),
                       carryForward: Money(pounds: Int64($0 % 7 * 500)))
        }
        var returns: [MonitoringReturn] = []
        for number in 1...count {
            returns.append(MonitoringReturn(areaID: areaID(number), year: year, quarter: .q1, received: Day(year: 2016, month: 7, day: 20),
                                            planned: Money(pounds: 50_000), spend: Money(pounds: Int64(10_000 + number * 10))))
            if number % 3 != 0 {
                returns.append(MonitoringReturn(areaID: areaID(number), year: year, quarter: .q2, received: Day(year: 2016, month: 10, day: 20),
                                                planned: Money(pounds: 80_000), spend: Money(pounds: Int64(30_000 + number * 10))))
            }
        }
        return Grants(funders: [funder], areas: areas, allocations: allocations, returns: returns)
    }

    static func state(_ grants: Grants, width: Int = 120, height: Int = 40, glyphs: Glyphs = .unicode,
                      presenting: Bool = false) -> DashboardState {
        DashboardState(loaded: FolderContents(grants: grants, diagnostics: []), folder: "synthetic",
                       asOf: Fixtures.boardDate, size: Size(width: width, height: height), glyphs: glyphs, presenting: presenting)
    }
}

/// Failures show the screen as text, not a dump of every cell.
extension Frame: CustomTestStringConvertible {
    public var testDescription: String { "\n" + lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\ncursor: \(cursor.map { "\($0.x),\($0.y)" } ?? "none")" }
}

extension Grid: CustomTestStringConvertible {
    public var testDescription: String { "\n" + lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") }
}

extension DashboardState: CustomTestStringConvertible {
    public var testDescription: String {
        "state(\(size.width)x\(size.height) \(funderID ?? "-") \(year) \(quarter) view \(view) selected \(selectedAreaID ?? "-") detail \(detailAreaID ?? "-"))"
    }
}

extension Cell: CustomTestStringConvertible {
    public var testDescription: String { "'\(character)' \(style.role)\(style.reverse ? " reversed" : "")" }
}
