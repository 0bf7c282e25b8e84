import CNCurses
import Foundation
import Cells
import Glibc
import Testing
@testable import Terminal

/// Draws through real ncurses into /dev/null and reads the screen back from curses' own copy.
/// curses keeps one current screen per process, so these run one at a time.
@Suite(.serialized) final class CursesTerminalTests {
    private let terminal: CursesTerminal

    init() throws {
        setlocale(LC_CTYPE, "C.UTF-8")
        terminal = try Self.open(theme: .color)
    }

    deinit { terminal.close() }

    private static func open(theme: Theme) throws -> CursesTerminal {
        try CursesTerminal.start(terminal: "xterm-256color", name: "xterm-256color",
                                 output: fopen("/dev/null", "w"), input: fopen("/dev/null", "r"),
                                 options: TerminalOptions(mouse: false, theme: theme, measuresWrites: true), glyphs: .unicode)
    }

    /// One screen row as curses holds it.
    private func row(_ y: Int) -> String {
        var buffer = [wchar_t](repeating: 0, count: terminal.size.width + 1)
        let count = mvwinnwstr(terminal.window, Int32(y), 0, &buffer, Int32(terminal.size.width))
        return String(String.UnicodeScalarView(buffer.prefix(Int(max(count, 0))).compactMap { Unicode.Scalar(UInt32($0)) }))
    }

    /// One cell's text, attributes and colour pair as curses holds them.
    private func cell(x: Int, y: Int) -> (text: String, attributes: attr_t, pair: Int16) {
        var stored = cchar_t()
        mvwin_wch(terminal.window, Int32(y), Int32(x), &stored)
        var text = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&stored, &text, &attributes, &pair, nil)
        let scalars = text.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32($0)) }
        return (String(String.UnicodeScalarView(scalars)), attributes, pair)
    }

    private func frame(_ lines: [String: Int], cursor: Point? = nil) -> Frame {
        var grid = Grid(terminal.size)
        for (text, y) in lines { grid.put(text, x: 0, y: y) }
        return Frame(grid: grid, cursor: cursor)
    }

    @Test func drawsTextThatReadsBack() {
        terminal.draw(frame(["Solihull £1,873,187 █▌─│": 0, "Q2 overdue": 3]))
        #expect(row(0).hasPrefix("Solihull £1,873,187 █▌─│ "))
        #expect(row(3).hasPrefix("Q2 overdue "))
        #expect(row(1) == String(repeating: " ", count: terminal.size.width))
    }

    @Test func theBottomRightCellIsDrawnWithoutScrolling() {
        let size = terminal.size
        var grid = Grid(size)
        grid.put("top", x: 0, y: 0)
        grid.put("£", x: size.width - 1, y: size.height - 1)
        terminal.draw(Frame(grid: grid))
        #expect(cell(x: size.width - 1, y: size.height - 1).text == "£")
        #expect(row(0).hasPrefix("top "))
    }

    @Test func stylesBecomeColourPairsAndAttributes() {
        var grid = Grid(terminal.size)
        grid.put("OVERDUE", x: 0, y: 0, style: Style(.danger))
        grid.put("plain", x: 0, y: 1)
        terminal.draw(Frame(grid: grid))
        let danger = cell(x: 0, y: 0)
        #expect(danger.pair != 0)
        #expect(danger.attributes & nc_a_bold() != 0)
        var foreground: Int16 = 0, background: Int16 = 0
        pair_content(danger.pair, &foreground, &background)
        #expect(foreground == Int16(COLOR_WHITE) && background == Int16(COLOR_RED))
        #expect(cell(x: 0, y: 1).pair == 0)
        #expect(cell(x: 0, y: 1).attributes & nc_a_bold() == 0)
    }

    @Test func theMonoThemeUsesAttributesOnly() throws {
        terminal.close()
        let mono = try Self.open(theme: .mono)
        defer { mono.close() }
        var grid = Grid(mono.size)
        grid.put("OVERDUE", x: 0, y: 0, style: Style(.danger))
        mono.draw(Frame(grid: grid))
        var stored = cchar_t()
        mvwin_wch(mono.window, 0, 0, &stored)
        var text = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&stored, &text, &attributes, &pair, nil)
        #expect(pair == 0)
        #expect(attributes & nc_a_reverse() != 0)
    }

    @Test func onlyChangedCellsAreRewritten() {
        terminal.draw(frame(["first frame": 0]))
        // A mark behind the terminal's back shows which cells the next draw touches.
        mvwaddstr(terminal.window, 0, 6, "#")
        terminal.draw(frame(["First frame": 0]))
        #expect(row(0).hasPrefix("First #rame "))
    }

    @Test func theCursorGoesWhereTheFrameSays() {
        terminal.draw(frame(["row": 0], cursor: Point(x: 3, y: 2)))
        #expect(getcury(terminal.window) == 2 && getcurx(terminal.window) == 3)
        #expect(terminal.cursorVisible == true)
        terminal.draw(frame(["row": 0]))
        #expect(terminal.cursorVisible == false)
    }

    @Test func anUnchangedFrameWritesAlmostNothing() {
        let full = frame(["Wolverhampton  £1,200,000  ████████▌░░░  Q1 ✓ Q2 ✓ Q3 ✗": 0,
                          "Solihull       £   873,187  ███▌░░░░░░░░  Q1 ✓ Q2 ✗": 1,
                          "Total          £ 2,073,187": 2])
        let start = terminal.bytesWritten
        terminal.draw(full)
        let firstDraw = terminal.bytesWritten - start
        terminal.draw(full)
        let secondDraw = terminal.bytesWritten - start - firstDraw
        #expect(firstDraw > 150)
        #expect(secondDraw < 10)
        var one = full
        one.grid.put("£", x: 50, y: 5)
        let before = terminal.bytesWritten
        terminal.draw(one)
        #expect((1...16).contains(terminal.bytesWritten - before))
    }

    @Test func writesAreCountedOnlyWhenAskedFor() throws {
        terminal.close()
        let unmetered = try CursesTerminal.start(terminal: "xterm-256color", name: "xterm-256color",
                                                 output: fopen("/dev/null", "w"), input: fopen("/dev/null", "r"),
                                                 options: TerminalOptions(mouse: false), glyphs: .unicode)
        defer { unmetered.close() }
        var grid = Grid(unmetered.size)
        grid.put("Solihull £1,873,187", x: 0, y: 0)
        unmetered.draw(Frame(grid: grid))
        #expect(unmetered.bytesWritten == 0)
    }

    @Test func movingTheCursorWritesAFewBytes() {
        terminal.draw(frame(["list": 0], cursor: Point(x: 0, y: 1)))
        let before = terminal.bytesWritten
        terminal.draw(frame(["list": 0], cursor: Point(x: 0, y: 2)))
        #expect((1...12).contains(terminal.bytesWritten - before))
    }

    @Test func theCrashResetLeavesTheAlternateScreenAndTheMouse() {
        let reset = String(decoding: crashResetSequence(mouse: true).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #expect(reset.hasPrefix("\u{1B}[?1006;1000l"))
        #expect(reset.contains("\u{1B}[?25h"))
        #expect(reset.hasSuffix("\u{1B}[?1049l\u{1B}[23;0;0t"))
        #expect(reset.contains("\u{1B}[?2004l"), "bracketed paste off")
    }

    @Test func aBracketedPasteFromTheTerminalArrivesAsOneEventAndWhatFollowsAsKeys() throws {
        terminal.close()
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let bytes = Array("\u{1B}[200~first line\rsecond q\u{1B}[201~q".utf8)
        try #require(write(ends[1], bytes, bytes.count) == bytes.count)
        let input = try #require(fdopen(ends[0], "r"))
        defer { fclose(input); close(ends[1]) }
        let pasting = try CursesTerminal.start(terminal: "xterm-256color", name: "xterm-256color", output: fopen("/dev/null", "w"),
                                               input: input, options: TerminalOptions(mouse: false, theme: .mono), glyphs: .unicode)
        defer { pasting.close() }
        guard case .pasted(let text) = pasting.nextEvent(timeoutMilliseconds: 2000) else {
            Issue.record("expected a paste")
            return
        }
        #expect(text == "first line\rsecond q")
        guard case .key(.character("q")) = pasting.nextEvent(timeoutMilliseconds: 2000) else {
            Issue.record("expected the q after the paste as a key")
            return
        }
    }

    /// A terminal reading keys from a pipe (`input`, written at `keys`), and a wake pipe beside it.
    private func pipedTerminal() throws -> (CursesTerminal, input: UnsafeMutablePointer<FILE>, keys: Int32, wake: [Int32]) {
        terminal.close()
        var keys: [Int32] = [0, 0], wake: [Int32] = [0, 0]
        try #require(pipe(&keys) == 0 && pipe(&wake) == 0)
        let input = try #require(fdopen(keys[0], "r"))
        let piped = try CursesTerminal.start(terminal: "xterm-256color", name: "xterm-256color", output: fopen("/dev/null", "w"),
                                             input: input, options: TerminalOptions(mouse: false, theme: .mono), glyphs: .unicode)
        return (piped, input, keys[1], wake)
    }

    @Test func aWakeDescriptorEndsTheWaitAtOnceAndAKeyAlreadyThereComesFirst() throws {
        let (piped, input, keys, wake) = try pipedTerminal()
        defer { piped.close(); fclose(input); close(keys); close(wake[0]); close(wake[1]) }
        #expect(piped.nextEvent(timeoutMilliseconds: 30, wakingOn: wake[0]) == nil, "nothing: the time runs out")
        try #require(write(keys, "q", 1) == 1 && write(wake[1], "!", 1) == 1)
        #expect(piped.nextEvent(timeoutMilliseconds: 5000, wakingOn: wake[0]) == .key(.character("q")))
        #expect(piped.nextEvent(timeoutMilliseconds: 5000, wakingOn: wake[0]) == .woken)
    }

    @Test func aWakeFromAnotherThreadEndsALongWait() throws {
        let (piped, input, keys, wake) = try pipedTerminal()
        defer { piped.close(); fclose(input); close(keys); close(wake[0]); close(wake[1]) }
        let writer = wake[1]
        Thread.detachNewThread {
            usleep(50_000)
            _ = write(writer, "!", 1)
        }
        let start = MonotonicClock.milliseconds()
        #expect(piped.nextEvent(timeoutMilliseconds: 10_000, wakingOn: wake[0]) == .woken)
        #expect(MonotonicClock.milliseconds() - start < 2000, "woken, not timed out")
    }

    @Test func noInputMeansNoEvent() {
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == nil)
    }

    @Test func closingTwiceIsHarmless() {
        terminal.close()
        terminal.close()
        terminal.draw(frame(["after close": 0]))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == nil)
    }

    @Test func anUnknownTerminalIsReported() {
        terminal.close()
        #expect(throws: TerminalError.self) {
            try CursesTerminal.start(terminal: "no-such-terminal", name: "no-such-terminal",
                                     output: fopen("/dev/null", "w"), input: fopen("/dev/null", "r"),
                                     options: TerminalOptions(), glyphs: .ascii)
        }
    }

    @Test func aDumbTerminalCannotAddressTheCursor() {
        terminal.close()
        do {
            _ = try CursesTerminal.start(terminal: "dumb", name: "dumb",
                                         output: fopen("/dev/null", "w"), input: fopen("/dev/null", "r"),
                                         options: TerminalOptions(), glyphs: .ascii)
            Issue.record("dumb opened")
        } catch {
            guard case .cannotAddressCursor("dumb") = error else { Issue.record("\(error)"); return }
        }
    }
}
