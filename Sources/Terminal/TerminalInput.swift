import Cells

/// What `CursesTerminal.nextEvent` hands back: what happened at the terminal, in cells. The
/// caller decides what each means.
public enum TerminalInput: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal's new size; the next frame is drawn on a cleared screen.
    case resized(Size)
    /// Text the user pasted (bracketed paste): text, never keys.
    case pasted(String)
    /// SIGINT, SIGTERM or SIGHUP arrived. The caller closes the terminal, then calls
    /// `Signals.reraise` so the process ends with the status the signal asked for.
    case signal(Int32)
    /// The wake descriptor the caller gave `nextEvent` became readable: the caller's own work
    /// is waiting.
    case woken
}
