import Cells

/// How to open the terminal.
public struct TerminalOptions: Sendable {
    /// Report mouse presses and the wheel. Off leaves the terminal's own selection working.
    public var mouse: Bool
    /// Colours by role; a terminal without colours falls back to `.mono` whatever this says.
    public var theme: Theme
    /// Count the bytes curses writes (`CursesTerminal.bytesWritten`), for tests of what a frame
    /// costs. Off, the count stays 0 and nothing is read from /proc around each draw.
    public var measuresWrites: Bool

    public init(mouse: Bool = true, theme: Theme = .color, measuresWrites: Bool = false) {
        self.mouse = mouse
        self.theme = theme
        self.measuresWrites = measuresWrites
    }
}

/// Why the dashboard cannot run on this terminal. The caller prints the report instead.
public enum TerminalError: Error, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, cron).
    case notATerminal
    /// TERM is unset or names a terminal the terminfo database does not know.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor (TERM=dumb, an editor's shell buffer).
    case cannotAddressCursor(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard input and output must be a terminal"
        case .unknownTerminal(let name) where name.isEmpty:
            return "TERM is not set, so the terminal type is unknown"
        case .unknownTerminal(let name):
            return "unknown terminal type '\(name)' (no terminfo entry)"
        case .cannotAddressCursor(let name):
            return "terminal type '\(name)' cannot position the cursor"
        }
    }
}
