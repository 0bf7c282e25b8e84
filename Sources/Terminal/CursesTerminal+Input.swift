import CNCurses
import Cells

extension CursesTerminal {
    /// The next key, mouse event, resize or quit signal, waiting at most `timeoutMilliseconds`
    /// (0: do not wait); nil when the time ran out first. With `wake`, a descriptor the caller
    /// makes readable when it has work of its own (a result from another thread), the wait also
    /// ends when it becomes readable: `.woken`. The caller empties it; until then every call
    /// returns `.woken` at once, unless a key is already there.
    public func nextEvent(timeoutMilliseconds: Int, wakingOn wake: Int32? = nil) -> TerminalInput? {
        guard !isClosed else { return nil }
        let deadline = MonotonicClock.milliseconds() + max(0, timeoutMilliseconds)
        while true {
            if let signal = Signals.takePending() { return .signal(signal) }
            // Inside a paste the rest of it is waited for, whatever the caller's deadline.
            let remaining = paste.isGathering ? BracketedPaste.quietMilliseconds : max(0, deadline - MonotonicClock.milliseconds())
            if let wake, !paste.isGathering, remaining > 0 {
                // curses may hold keys it has read already (the rest of a burst): those first.
                // Only then the sleep, in poll(2), which watches the wake descriptor as well.
                let ready = read(waitingMilliseconds: 0)
                if let signal = Signals.takePending() { return .signal(signal) }
                switch ready {
                case .input(let input): return input
                case .consumed: continue
                case .nothing: break
                }
                switch InputWait.wait(input: inputDescriptor, wake: wake, milliseconds: remaining) {
                case .woken: return .woken
                case .interrupted: continue
                case .timedOut: return Signals.takePending().map(TerminalInput.signal)
                case .input: break
                }
            }
            let ready = read(waitingMilliseconds: remaining)
            if let signal = Signals.takePending() { return .signal(signal) }
            if case .input(let input) = ready { return input }
            // A timeout, an interrupted read, or a key the dashboard does not use.
            if remaining == 0 || MonotonicClock.milliseconds() >= deadline { return nil }
        }
    }

    /// What one read from curses gave.
    private enum Read {
        case input(TerminalInput)
        /// Something was read, but it is no event: part of a paste, or a key the dashboard does not use.
        case consumed
        /// Nothing came within the wait (or the read was interrupted).
        case nothing
    }

    private func read(waitingMilliseconds: Int) -> Read {
        wtimeout(window, Int32(clamping: waitingMilliseconds))
        var value: wint_t = 0
        // Reading can write: curses refreshes a window that changed since the last update.
        // Not inside a paste, where nothing is drawn between reads: there the meter's two
        // reads of /proc per character would take most of a 10 KB paste's time.
        let status = paste.isGathering ? wget_wch(window, &value) : measured { wget_wch(window, &value) }
        guard status != ERR else {
            if paste.isGathering, let text = paste.finish() { return .input(.pasted(text)) }
            return .nothing
        }
        let raw: RawInput = status == KEY_CODE_YES ? .keyCode(Int32(bitPattern: value)) : .character(value)
        switch paste.take(raw) {
        case .pasted(let text): return .input(.pasted(text))
        case .gathered: return .consumed
        case .key: return input(for: raw).map(Read.input) ?? .consumed
        }
    }

    private func input(for raw: RawInput) -> TerminalInput? {
        switch decode(raw) {
        case .key(let key):
            return .key(key)
        case .resize:
            // curses has resized its windows; the terminal's own contents are now unknown.
            shown = nil
            needsClear = true
            return .resized(size)
        case .mouse:
            var report = MEVENT()
            guard getmouse(&report) == OK, let kind = mouseKind(buttonState: report.bstate) else { return nil }
            return .mouse(MouseEvent(kind: kind, position: Point(x: Int(report.x), y: Int(report.y)),
                                     milliseconds: MonotonicClock.milliseconds()))
        case .ignored:
            return nil
        }
    }

    private func measured<Result>(_ body: () -> Result) -> Result {
        let (result, bytes) = meter.measure(body)
        bytesWritten += bytes
        return result
    }
}
