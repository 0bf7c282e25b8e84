import CTerminalSupport

/// Quit signals and crashes. The handlers live in C because they need static storage and must be
/// async-signal-safe: a quit signal only records its number for `nextEvent` to return, and a
/// crash writes the terminal's reset bytes before the process dies.
public enum Signals {
    /// Installs the handlers for INT, TERM and HUP (recorded, not acted on; one the process
    /// already ignores stays ignored) and for SEGV, ILL, TRAP, BUS, FPE and ABRT (reset the
    /// terminal, then die). Idempotent. `CursesTerminal.open` installs them itself, because
    /// curses puts in handlers of its own (which exit with status 1) wherever none is installed
    /// yet; call this only to catch signals from before the terminal opens.
    public static func install() {
        _ = installIfNeeded()
    }

    /// Restores the default action for `signal` and raises it, so the exit status tells the
    /// parent which signal ended the process.
    public static func reraise(_ signal: Int32) {
        cts_reraise(signal)
    }

    /// True when the handlers were not in place before.
    static func installIfNeeded() -> Bool {
        cts_install_signal_handlers() == 1
    }

    /// Back to the handlers from before `install`, so that a program that could not open the
    /// terminal (and prints a report instead) still stops at Ctrl-C.
    static func uninstall() {
        cts_uninstall_signal_handlers()
    }

    /// The quit signal that arrived since the last call, if any.
    static func takePending() -> Int32? {
        let signal = cts_take_signal()
        return signal == 0 ? nil : signal
    }
}
