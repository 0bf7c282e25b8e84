import Cells
import GrantModel

/// A save the dashboard asked for that has not finished. Saves run one at a time, in the order
/// asked, so that an undo never overtakes the save it undoes: the first of `DashboardState.saves`
/// is under way (its effect is with the shell), the rest wait their turn.
public struct PendingSave: Hashable, Sendable {
    public enum Write: Hashable, Sendable {
        /// A write to hand to the shell as it is (a `.save` effect).
        case effect(Effect)
        /// `u`: undo the last save made by the time its turn comes, so that `u` pressed while a
        /// save is under way undoes that save once it is made.
        case undoLast
    }

    public internal(set) var write: Write
    /// Handed to the shell: the first save, once no save before it is under way.
    public internal(set) var isStarted = false
    /// The shell found the folder locked by another writer and is waiting for it.
    public internal(set) var isWaitingForLock = false

    var isUndo: Bool {
        switch write {
        case .undoLast, .effect(.save(_, undoing: true)), .effect(.undoPayment): return true
        default: return false
        }
    }
}

extension DashboardState {
    static let waitingForLockText = "waiting for the lock (another editor is writing)"

    /// Queues a write; it is handed to the shell once the saves before it have finished.
    mutating func requestSave(_ write: PendingSave.Write) {
        saves.append(PendingSave(write: write))
    }

    /// The first save, handed to the shell when it has not been yet. An undo becomes the edits
    /// that undo the last save made; with none left to undo it is dropped, and so says.
    mutating func startWaitingSave() -> [Effect] {
        while let first = saves.first, !first.isStarted {
            switch first.write {
            case .effect(let effect):
                saves[0].isStarted = true
                return [effect]
            case .undoLast:
                guard let last = undoEntries.last else {
                    saves.removeFirst()
                    say("nothing to undo in this session")
                    continue
                }
                switch last.file {
                case .returns: saves[0].write = .effect(.save(last.undo, undoing: true))
                case .payments: saves[0].write = .effect(.undoPayment(last.undo))
                }
            }
        }
        return []
    }

    /// The save under way has finished. One that changed nothing (refused, or nothing to change)
    /// takes with it the undos asked for right after it: they were asked to undo it.
    mutating func dropFinishedSave(changedSomething: Bool) {
        guard !saves.isEmpty else { return }
        saves.removeFirst()
        if !changedSomething {
            while saves.first?.write == .undoLast { saves.removeFirst() }
        }
    }

    mutating func saveWaitsForTheLock() {
        guard !saves.isEmpty else { return }
        saves[0].isWaitingForLock = true
        changeSavingForm { $0.message = "saving… " + DashboardState.waitingForLockText }
    }

    /// What the status line says while saves are under way: `saving…`, and why it takes long.
    var savingStatus: String? {
        guard let first = saves.first else { return nil }
        var text = (first.isUndo ? "undoing" : "saving") + glyphs.ellipsis
        if first.isWaitingForLock { text += " " + DashboardState.waitingForLockText }
        if saves.count > 1 { text += " (\(saves.count - 1) more to do)" }
        return text
    }

    /// `q` with a save under way would leave its outcome unheard: the dashboard stays until it is
    /// done (within the lock's 2 s). Ctrl-C still quits, the shell finishing the save behind it.
    mutating func quittingAfterSaves(_ effects: [Effect], key: Key) -> [Effect] {
        guard effects.contains(.quit), !saves.isEmpty, key != .control("c") else { return effects }
        say("a save is under way: q quits once it is done")
        return []
    }
}
