import Dashboard
import GrantStore
import Terminal

/// The shell around the pure dashboard: hands the terminal's input to the reducer as events, draws
/// each new state, and gives the reducer's effects to the runner, which carries them out on its
/// worker thread; what comes of them returns through the inbox, whose pipe wakes the input wait.
/// The wait also ends every 200 ms with a tick, so that notices expire.
struct DashboardLoop {
    static let tickMilliseconds = 200

    let terminal: CursesTerminal
    var state: DashboardState
    let store: any GrantDataStore
    /// Made with the state, so that a change on disk from then on is seen.
    let watcher: any StoreWatcher

    init(terminal: CursesTerminal, state: DashboardState, store: any GrantDataStore) {
        self.terminal = terminal
        self.state = state
        self.store = store
        watcher = store.makeWatcher()
    }

    mutating func run() {
        terminal.draw(render(state))
        // The worker is started once the first frame shows, which waits for nothing else.
        let inbox = EventInbox()
        // Every load of a replay (`--as-recorded`) shows the figures as recorded on the as-of day.
        let runner = EffectRunner(store: store, replayDay: state.asRecorded ? state.asOf : nil,
                                  grants: state.grants, watcher: watcher, inbox: inbox)
        // The first frame came from a first look: the rest is read and checked now that it shows.
        state.startingEffects.forEach(runner.run)
        runner.startWatching()
        var posted: [Event] = []
        while true {
            if posted.isEmpty { posted = inbox.take() }
            let event: Event
            if !posted.isEmpty {
                event = posted.removeFirst()
            } else {
                switch terminal.nextEvent(timeoutMilliseconds: DashboardLoop.tickMilliseconds, wakingOn: inbox.wakeDescriptor) {
                case .signal(let signal):
                    close(finishing: runner)
                    Signals.reraise(signal)
                    return
                case .woken:
                    continue
                case .key(let key):
                    event = .keyPressed(key)
                case .mouse(let mouse):
                    event = .mouse(mouse)
                case .resized(let size):
                    event = .resized(size)
                case .pasted(let text):
                    event = .pasted(text)
                case nil:
                    event = .tick(milliseconds: MonotonicClock.milliseconds())
                }
            }
            let (next, effects) = update(state, event)
            state = next
            for effect in effects {
                if effect == .quit {
                    close(finishing: runner)
                    return
                }
                runner.run(effect)
            }
            terminal.draw(render(state))
        }
    }

    /// Gives the terminal back at once; a save under way is then finished (or refused, within the
    /// lock's 2 s) before the process ends, as when saves ran on this thread.
    private func close(finishing runner: EffectRunner) {
        terminal.close()
        if !state.saves.isEmpty { runner.waitForWhatIsQueued() }
    }
}
