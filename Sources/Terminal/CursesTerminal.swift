import CNCurses
import CTerminalSupport
import Cells
import Glibc

/// The terminal, through ncurses: draws frames (only the cells that changed), reads keys, mouse
/// and resizes, and gives the terminal back as it found it. The only type that calls curses.
public final class CursesTerminal {
    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    /// The descriptor curses reads keys from, which `nextEvent` polls beside a wake descriptor.
    let inputDescriptor: Int32
    /// The look of each style: the options' theme, or `.mono` when the terminal has no colours.
    let theme: Theme
    /// Nil when drawing with attributes only.
    let colorPairs: ColorPairs?
    let mouseEnabled: Bool
    let meter: WriteMeter
    /// The crash handler resets the real terminal only; a test's screen writes to /dev/null.
    let ownsCrashReset: Bool

    /// The grid on the screen now; nil forces a full repaint on the next draw.
    var shown: Grid?
    /// Set by a resize: the next draw clears the physical screen, whose contents are now unknown.
    var needsClear = false
    /// The hardware cursor's visibility as last set; nil until the first draw.
    var cursorVisible: Bool?
    /// A bracketed paste being read.
    var paste = PasteAssembler()
    /// Set while the terminal is asked to bracket pastes (the real terminal only), so that
    /// closing turns it off again.
    private var bracketsPastes = false
    private(set) var isClosed = false
    private var lastSize: Size

    /// Characters the terminal can show: Unicode under a UTF-8 locale, ASCII otherwise.
    public let glyphs: Glyphs
    /// Bytes curses has written to the terminal since it was opened, when the options asked for
    /// the count (0 otherwise, or where the kernel does not report them; see `WriteMeter`).
    public internal(set) var bytesWritten = 0

    /// The terminal's size in cells, as of the last resize event.
    public var size: Size {
        isClosed ? lastSize : Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Whether standard input and output are a terminal, as `open` needs (not a pipe, a file, cron).
    public static var standardStreamsAreTerminals: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// Takes over the terminal on standard input and output.
    public static func open(_ options: TerminalOptions) throws(TerminalError) -> CursesTerminal {
        guard standardStreamsAreTerminals else { throw .notATerminal }
        guard let name = getenv("TERM").map({ String(cString: $0) }), !name.isEmpty else {
            throw .unknownTerminal("")
        }
        let installedSignals = Signals.installIfNeeded()
        let glyphs = TerminalLocale.activate()
        cts_save_terminal_modes(STDOUT_FILENO)
        let terminal: CursesTerminal
        do {
            terminal = try start(terminal: nil, name: name, output: nc_stdout(), input: nc_stdin(),
                                 options: options, glyphs: glyphs, ownsCrashReset: true)
        } catch {
            if installedSignals { Signals.uninstall() }
            throw error
        }
        let reset = crashResetSequence(mouse: terminal.mouseEnabled)
        cts_arm_crash_reset(STDOUT_FILENO, reset, reset.count)
        terminal.bytesWritten += terminal.meter.measure { BracketedPaste.send(BracketedPaste.enable, to: STDOUT_FILENO) }.bytes
        terminal.bracketsPastes = true
        return terminal
    }

    /// Starts curses on the given streams. Tests pass a terminal type and /dev/null.
    static func start(terminal type: String?, name: String, output: UnsafeMutablePointer<FILE>,
                      input: UnsafeMutablePointer<FILE>, options: TerminalOptions, glyphs: Glyphs,
                      ownsCrashReset: Bool = false) throws(TerminalError) -> CursesTerminal {
        // Setting up writes too (keypad and mouse modes), and belongs in the count.
        let (started, bytes) = WriteMeter(isOn: options.measuresWrites).measure { () -> Result<CursesTerminal, TerminalError> in
            // newterm, unlike initscr, reports an unknown terminal instead of exiting.
            guard let screen = newterm(type, output, input) else { return .failure(.unknownTerminal(name)) }
            guard capability("cup") != nil, let window = nc_stdscr() else {
                endwin()
                delscreen(screen)
                return .failure(.cannotAddressCursor(name))
            }
            return .success(CursesTerminal(screen: screen, window: window, inputDescriptor: fileno(input), options: options,
                                           glyphs: glyphs, ownsCrashReset: ownsCrashReset))
        }
        let terminal = try started.get()
        terminal.bytesWritten += bytes
        return terminal
    }

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, inputDescriptor: Int32,
                 options: TerminalOptions, glyphs: Glyphs, ownsCrashReset: Bool) {
        self.screen = screen
        self.window = window
        self.inputDescriptor = inputDescriptor
        self.glyphs = glyphs
        self.ownsCrashReset = ownsCrashReset
        meter = WriteMeter(isOn: options.measuresWrites)
        lastSize = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))

        cbreak()
        noecho()
        // Lets curses move the cursor down with a line feed; Enter then arrives as 13.
        nonl()
        intrflush(window, false)
        keypad(window, true)
        // Esc alone would otherwise wait a second for the rest of an escape sequence.
        set_escdelay(25)
        BracketedPaste.defineMarkers()

        if options.mouse && mousemask(mouseEventMask(), nil) != 0 {
            // Report each press at once instead of waiting to see whether it becomes a click.
            mouseinterval(0)
            mouseEnabled = true
        } else {
            mouseEnabled = false
        }

        if options.theme.usesColor && has_colors() && start_color() == OK {
            theme = options.theme
            colorPairs = ColorPairs(terminalDefaults: use_default_colors() == OK)
        } else {
            theme = .mono
            colorPairs = nil
        }
    }

    deinit { close() }

    /// Whether leaving curses puts back the screen as it was before (terminfo's `rmcup`).
    var hasAlternateScreen: Bool { capability("rmcup") != nil }

    /// Gives the terminal back: the main screen, modes, cursor and mouse as they were. Idempotent.
    public func close() {
        guard !isClosed else { return }
        lastSize = size
        isClosed = true
        if ownsCrashReset { cts_disarm_crash_reset() }
        bytesWritten += meter.measure {
            // A terminal with no alternate screen (vt100, the Linux console) would keep the last
            // frame, status line and all, under the shell's prompt: it is cleared instead.
            if !hasAlternateScreen {
                werase(window)
                clearok(window, true)
                wrefresh(window)
            }
            endwin()
        }.bytes
        if bracketsPastes {
            bytesWritten += meter.measure { BracketedPaste.send(BracketedPaste.disable, to: STDOUT_FILENO) }.bytes
        }
        delscreen(screen)
    }
}
