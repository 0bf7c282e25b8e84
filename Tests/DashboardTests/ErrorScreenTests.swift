import Foundation
import Testing
import GrantModel
@testable import GrantStore
@testable import Dashboard

/// When the data cannot be shown: every problem as file:line:column, scrollable, and q/Esc quit.
@Suite struct ErrorScreenTests {
    static func diagnostics(_ count: Int) -> [Diagnostic] {
        (1...count).map { Diagnostic(path: "returns.csv", line: $0 + 1, column: 4, message: "problem number \($0)") }
    }

    static func state(_ diagnostics: [Diagnostic], width: Int = 80, height: Int = 24) -> DashboardState {
        DashboardState(loaded: FolderContents(grants: nil, diagnostics: diagnostics), folder: "broken",
                       asOf: Fixtures.boardDate, size: Size(width: width, height: height))
    }

    /// The first problem line on screen, by its number.
    static func firstShown(_ frame: Frame) -> Int? {
        for line in frame.lines {
            if let range = line.range(of: "problem number ") {
                return Int(line[range.upperBound...].prefix { $0.isNumber })
            }
        }
        return nil
    }

    @Test func problemsShowAsFileLineColumn() throws {
        let frame = render(Self.state(Self.diagnostics(3)))
        #expect(frame.contains("✗ broken has 3 problems: fix the files"))
        #expect(frame.contains("returns.csv:2:4: error: problem number 1"))
        #expect(frame.contains("returns.csv:4:4: error: problem number 3"))
        #expect(frame.lines[0].contains("no funder"))
        #expect(frame.statusLine.contains("q quit"))
        let title = try #require(frame.find("✗ broken"))
        #expect(frame.cell(title).style.role == .danger)
    }

    @Test func warningsShowBesideErrorsButAreNotCounted() throws {
        let problems = [Diagnostic(path: "areas.csv", line: 3, column: 2, message: "unknown funder"),
                        Diagnostic(path: "returns.csv", line: 7, column: 6, severity: .warning, message: "spend fell")]
        let frame = render(Self.state(problems))
        #expect(frame.contains("has 1 problem:"))
        #expect(frame.contains("areas.csv:3:2: error: unknown funder"))
        #expect(frame.contains("returns.csv:7:6: warning: spend fell"))
    }

    @Test func aBrokenFolderOnDiskOpensTheErrorScreen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-error-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "funders.csv": "funder_id,name,currency,return_due_days\nwm,West Midlands,GBP,30\n",
            "areas.csv": "area_id,funder_id,name\nsol,wm,Solihull MBC\n",
            "allocations.csv": "area_id,year,allocation\nsol,2016/17,214454\n",
            "returns.csv": "area_id,year,quarter,received,planned,spend\nsol,2016/17,Q9,2016-07-25,1,1\nsol,2016/17,Q1,not a date,1,1\n",
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let loaded = try DataFolder.load(folder.path).contents
        #expect(loaded.grants == nil)
        #expect(loaded.errors.count >= 2)
        let state = DashboardState(loaded: loaded, folder: folder.path, asOf: Fixtures.boardDate, size: Size(width: 120, height: 40))
        let frame = render(state)
        #expect(frame.contains("problems: fix the files"))
        for error in loaded.errors {
            #expect(error.line > 0 && error.column > 0, "\(error)")
            #expect(frame.contains("returns.csv:\(error.line):\(error.column): error:"), "\(error)")
        }
        #expect(frame.contains(":2:"))
        #expect(frame.contains(":3:"))
    }

    @Test(arguments: [Key.character("q"), .escape, .control("c")]) func qAndEscapeQuit(key: Key) throws {
        #expect(Self.state(Self.diagnostics(2)).effects(of: key) == [.quit])
    }

    @Test func otherKeysNeitherQuitNorLeave() throws {
        let state = Self.state(Self.diagnostics(2))
        for key: Key in [.tab, .enter, .character("f"), .character("/"), .character("1"), .character("]"), .left, .backspace] {
            let (next, effects) = update(state, .keyPressed(key))
            #expect(effects.isEmpty, "\(key)")
            #expect(next.search == nil && next.detailAreaID == nil && next.grants == nil)
            #expect(render(next) == render(state), "\(key)")
        }
        let clicked = state.clicking(Point(x: 20, y: 1))
        #expect(render(clicked) == render(state))
    }

    @Test func theListScrolls() throws {
        let state = Self.state(Self.diagnostics(40))
        let top = render(state)
        #expect(Self.firstShown(top) == 1)
        #expect(!top.contains("problem number 40"))
        let down = state.pressing(.down, .character("j"))
        #expect(Self.firstShown(render(down)) == 3)
        #expect(Self.firstShown(render(down.pressing(.up))) == 2)
        #expect(Self.firstShown(render(state.pressing(.pageDown))) ?? 0 > 10)
        #expect(Self.firstShown(render(state.pressing(.pageDown, .pageUp))) == 1)
        #expect(Self.firstShown(render(state.pressing(.up))) == 1)
    }

    @Test func scrollingStopsAtTheLastProblem() throws {
        let state = Self.state(Self.diagnostics(40))
        var end = state
        for _ in 0..<100 { end = end.pressing(.down) }
        let frame = render(end)
        #expect(frame.contains("problem number 40"))
        let last = try #require(Self.firstShown(frame))
        // One key up moves the list at once: no presses are lost past the end.
        #expect(Self.firstShown(render(end.pressing(.up))) == last - 1)
        #expect(Self.firstShown(render(end.pressing(.home))) == 1)
        #expect(Self.firstShown(render(state.pressing(.end))) == last)
        #expect(Self.firstShown(render(state.pressing(.end, .up))) == last - 1)
    }

    @Test func longProblemsWrapRatherThanRunOff() throws {
        let long = Diagnostic(path: "allocations.csv", line: 12, column: 3,
                              message: "the allocation for an area that is not in areas.csv, and a long explanation of why that matters here")
        let frame = render(Self.state([long], width: 60, height: 20))
        #expect(frame.contains("allocations.csv:12:3: error: the allocation for an area"))
        #expect(frame.contains("matters here"))
    }
}
