import Dashboard
import Dispatch
import GrantModel
import GrantStore
import Synchronization

/// Carries out the dashboard's effects on one worker thread, one at a time in the order asked, and
/// posts what came of each to the inbox: the UI thread never waits on the disk, not even for a
/// save held up 2 s by another writer's lock. The folder's watcher is looked at there too, between
/// effects: never during a load (a change made meanwhile is reported after it) nor during a save
/// (whose own writes are no change to report).
final class EffectRunner: Sendable {
    /// How often the watcher looks at the folder: a change on disk shows within a second.
    static let watchMilliseconds = 200

    private let worker = DispatchQueue(label: "csdash.effects", qos: .userInitiated)
    private let inbox: EventInbox
    private let store: any GrantDataStore
    /// The day whose figures are replayed as recorded (`--as-recorded`), on every load.
    private let replayDay: Day?
    private let watcher: Mutex<any StoreWatcher>
    /// What the dashboard was last told of the store's connection.
    private let connectionLost = Mutex(false)
    /// The data as last read: the audit log's money is read in its funders' currencies.
    private let lastGrants: Mutex<Grants?>

    /// `watcher` reports changes made since it was made.
    init(store: any GrantDataStore, replayDay: Day?, grants: Grants?, watcher: any StoreWatcher, inbox: EventInbox) {
        lastGrants = Mutex(grants)
        self.store = store
        self.replayDay = replayDay
        self.inbox = inbox
        self.watcher = Mutex(watcher)
    }

    /// Looks at the folder every `watchMilliseconds` from now on, posting `filesChanged`.
    func startWatching() {
        worker.asyncAfter(deadline: .now() + .milliseconds(EffectRunner.watchMilliseconds)) { [weak self] in
            guard let self else { return }
            let (changed, lost) = watcher.withLock { ($0.poll(), $0.connectionLost) }
            if connectionLost.withLock({ known in defer { known = lost }; return known != lost }) {
                inbox.post(.connectionChanged(lost: lost))
            }
            if changed { inbox.post(.filesChanged) }
            startWatching()
        }
    }

    /// Queues `effect` behind those asked for before it. `quit` is the loop's own.
    func run(_ effect: Effect) {
        worker.async { [self] in
            switch effect {
            case .quit:
                break
            case .loadFolder:
                inbox.post(.folderChecked(load()))
                postAudit()
            case .reloadFolder:
                inbox.post(.dataReloaded(load()))
                postAudit()
            case .rememberSince(let day):
                // Where the state directory cannot be written the date still holds for this session.
                try? LastBoardMemory().remember(day, for: store.folderPath ?? store.name)
                postAudit()
            case .save(let edits, let undoing):
                inbox.post(.saveFinished(written { () throws(WriteError) in
                    try store.writeReturns(edits, command: undoing ? "undo" : "dashboard", dryRun: false)
                }, undoing: undoing))
            case .record(let change):
                inbox.post(.saveFinished(written { () throws(WriteError) in try change.write(to: store, command: "dashboard") },
                                         undoing: false))
            case .undoPayment(let edits):
                inbox.post(.saveFinished(written { () throws(WriteError) in
                    try store.writePayments(edits, command: "undo", dryRun: false)
                }, undoing: true))
            }
        }
    }

    /// Returns once every effect queued so far has been carried out.
    func waitForWhatIsQueued() {
        worker.sync {}
    }

    /// The whole folder; a folder that has gone is an error to show, not a reason to stop.
    private func load() -> FolderContents {
        do {
            let loaded = try store.load(firstLook: false)
            if let grants = loaded.grants { lastGrants.withLock { $0 = grants } }
            return (replayDay.map { loaded.asRecorded(on: $0, from: store) } ?? loaded).contents
        } catch {
            let problem = Diagnostic(path: store.name, message: error.description)
            return FolderContents(grants: nil, diagnostics: [problem])
        }
    }

    /// The audit log read again after a load or a save, for the corrections since the last board.
    private func postAudit() {
        guard let grants = lastGrants.withLock({ $0 }) else { return }
        inbox.post(.auditRead(store.auditTrail(for: grants).changes))
    }

    /// The same write path as `csdash record` (`review`, `pay`), audited as `dashboard` (a save) or
    /// `undo`; csdash's own save is not reported as a change on disk. A save that will wait for
    /// another writer's lock says so first, for the dashboard to show.
    private func written(_ write: () throws(WriteError) -> ReturnsWriter.Outcome) -> SaveResult {
        if store.isBusy { inbox.post(.saveWaiting) }
        do {
            let outcome = try write()
            watcher.withLock { $0.acceptCurrent() }
            postAudit()
            return .saved(outcome.saveOutcome)
        } catch {
            return .failed(error.saveFailure)
        }
    }
}
