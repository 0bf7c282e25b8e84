import CNCurses
import Cells

extension CursesTerminal {
    /// The next key, mouse event, resize or quit signal, waiting at most `timeoutMilliseconds`
    /// (0: do not wait); nil when the time ran out first.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalInput? {
        guard !isClosed else { return nil }
        let deadline = MonotonicClock.milliseconds() + max(0, timeoutMilliseconds)
        while true {
            if let signal = Signals.takePending() { return .signal(signal) }
            // Inside a paste the rest of it is waited for, whatever the caller's deadline.
            let remaining = paste.isGathering ? BracketedPaste.quietMilliseconds : max(0, deadline - MonotonicClock.milliseconds())
            wtimeout(window, Int32(clamping: remaining))
            var value: wint_t = 0
            // Reading can write: curses refreshes a window that changed since the last update.
            // Not inside a paste, where nothing is drawn between reads: there the meter's two
            // reads of /proc per character would take most of a 10 KB paste's time.
            let status = paste.isGathering ? wget_wch(window, &value) : measured { wget_wch(window, &value) }
            if let signal = Signals.takePending() { return .signal(signal) }
            if status == ERR, paste.isGathering, let text = paste.finish() { return .pasted(text) }
            if status != ERR {
                let raw: RawInput = status == KEY_CODE_YES ? .keyCode(Int32(bitPattern: value)) : .character(value)
                switch paste.take(raw) {
                case .pasted(let text): return .pasted(text)
                case .gathered: continue
                case .key: if let input = input(for: raw) { return input }
                }
            }
            // A timeout, an interrupted read, or a key the dashboard does not use.
            if remaining == 0 || MonotonicClock.milliseconds() >= deadline { return nil }
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
