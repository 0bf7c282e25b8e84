import Dashboard
import GrantModel
import GrantStore
import Terminal

/// The shell around the pure dashboard: reads input, runs the reducer, draws the frame, and
/// carries out effects (saving through the store, reloading when files change). Polls every
/// 200 ms so that notices expire, changes on disk are seen within a second and signals promptly.
struct DashboardLoop {
    static let pollMilliseconds = 200
    /// How often a background load is looked for: a tenth of a second on a national folder, a
    /// millisecond on a PCC office's, whose projects should not wait for a longer poll.
    static let backgroundPollMilliseconds = 2

    let terminal: CursesTerminal
    var state: DashboardState
    var watcher: FolderWatcher

    init(terminal: CursesTerminal, state: DashboardState) {
        self.terminal = terminal
        self.state = state
        watcher = FolderWatcher(folder: state.folder)
    }

    mutating func run() {
        terminal.draw(render(state))
        // The first frame came from a first look: read and check the rest now that it shows.
        var completing = state.unread.isEmpty ? nil : BackgroundLoad(folder: state.folder, asRecordedOn: replayDay)
        var pending: [Event] = []
        var lastWatch = MonotonicClock.milliseconds()
        while true {
            let event: Event
            let now = MonotonicClock.milliseconds()
            if let loaded = completing?.finished() {
                completing = nil
                pending.append(.folderChecked(loaded))
            }
            // Checked by time, not only when input pauses: a held-down key must not hide a change.
            // Not while the complete load runs: it reads the files as they are, and a change
            // made meanwhile is seen at the first look after it lands.
            if pending.isEmpty && completing == nil && now - lastWatch >= DashboardLoop.pollMilliseconds {
                lastWatch = now
                if watcher.poll() { pending.append(reloaded()) }
            }
            if !pending.isEmpty {
                event = pending.removeFirst()
            } else {
                let wait = completing == nil ? DashboardLoop.pollMilliseconds : DashboardLoop.backgroundPollMilliseconds
                switch terminal.nextEvent(timeoutMilliseconds: wait) {
                case .signal(let signal):
                    terminal.close()
                    Signals.reraise(signal)
                    return
                case .key(let key):
                    event = .keyPressed(key)
                case .mouse(let mouse):
                    event = .mouse(mouse)
                case .resized(let size):
                    event = .resized(size)
                case .pasted(let text):
                    event = .pasted(text)
                case .woken, nil:
                    event = .tick(milliseconds: MonotonicClock.milliseconds())
                }
            }
            let (next, effects) = update(state, event)
            state = next
            for effect in effects {
                switch effect {
                case .quit:
                    terminal.close()
                    return
                case .save(let edits, let undoing):
                    pending.append(.saveFinished(save(edits, command: undoing ? "undo" : "dashboard"), undoing: undoing))
                }
            }
            terminal.draw(render(state))
        }
    }

    private func reloaded() -> Event {
        .dataReloaded(DashboardLoop.load(state.folder, asRecordedOn: replayDay))
    }

    /// The day whose figures are replayed as recorded (`--as-recorded`), on every load.
    private var replayDay: Day? { state.asRecorded ? state.asOf : nil }

    /// The whole folder; a folder that has gone is an error to show, not a reason to stop.
    static func load(_ folder: String, asRecordedOn replayDay: Day?) -> FolderContents {
        do {
            let loaded = try DataFolder.load(folder)
            return (replayDay.map { loaded.asRecorded(on: $0, folder: folder) } ?? loaded).contents
        } catch {
            let problem = Diagnostic(path: folder, message: error.description)
            return FolderContents(grants: nil, diagnostics: [problem])
        }
    }

    /// The same write path as `csdash record`, audited as `dashboard` (a save) or `undo`; csdash's
    /// own save is not reported as a change on disk.
    private mutating func save(_ edits: [ReturnEdit], command: String) -> SaveResult {
        do {
            let outcome = try ReturnsWriter.apply(edits, to: state.folder, command: command)
            watcher.acceptCurrent()
            return .saved(outcome.saveOutcome)
        } catch {
            return .failed(error.saveFailure)
        }
    }
}
