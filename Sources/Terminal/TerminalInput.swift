import Dashboard

/// What `CursesTerminal.nextEvent` hands back.
public enum TerminalInput: Sendable {
    case event(Event)
    /// SIGINT, SIGTERM or SIGHUP arrived. The caller closes the terminal, then calls
    /// `Signals.reraise` so the process ends with the status the signal asked for.
    case signal(Int32)
}
