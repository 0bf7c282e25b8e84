import Dashboard
import Terminal

/// The shell around the pure dashboard: reads input, runs the reducer, draws the frame, and
/// carries out effects. Polls every 200 ms so that notices expire and signals are seen promptly.
struct DashboardLoop {
    static let pollMilliseconds = 200

    let terminal: CursesTerminal
    var state: DashboardState

    mutating func run() {
        terminal.draw(render(state))
        while true {
            let event: Event
            switch terminal.nextEvent(timeoutMilliseconds: DashboardLoop.pollMilliseconds) {
            case .signal(let signal):
                terminal.close()
                Signals.reraise(signal)
                return
            case .event(let input):
                event = input
            case nil:
                event = .tick(milliseconds: MonotonicClock.milliseconds())
            }
            let (next, effects) = update(state, event)
            state = next
            if effects.contains(.quit) {
                terminal.close()
                return
            }
            terminal.draw(render(state))
        }
    }
}
