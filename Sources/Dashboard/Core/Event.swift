import Cells
import GrantModel

/// How a save that the dashboard asked for ended.
public enum SaveResult: Sendable {
    case saved(SaveOutcome)
    case failed(SaveFailure)
}

/// Everything that can happen to the dashboard. The reducer turns these into a new state.
/// What the shell's effects come back as are nouns of what happened, like the keys.
public enum Event: Sendable {
    /// The folder was read again (`Effect.reloadFolder`).
    case dataReloaded(FolderContents)
    /// The complete load that follows a first look (`DataFolder.firstLook`) finished
    /// (`Effect.loadFolder`).
    case folderChecked(FolderContents)
    /// The folder's files changed on disk (someone else's change: csdash's own saves are not
    /// reported). The reducer decides when to read it again.
    case filesChanged
    /// The shared store's server went away (the last data stays) or came back.
    case connectionChanged(lost: Bool)
    /// The save under way found the folder locked by another writer and waits for it (at most
    /// the store's lock timeout, 2 s) before it gives up.
    case saveWaiting
    /// A save asked for by `Effect.save` finished.
    case saveFinished(SaveResult, undoing: Bool)
    /// The shell read the folder's audit log again, after a load: the corrections among the
    /// changes since the last board.
    case auditRead([RecordedChange])
    case keyPressed(Key)
    /// Text the user pasted (the terminal's bracketed paste): text for a field, never keys.
    case pasted(String)
    case mouse(MouseEvent)
    case resized(Size)
    /// Time passed (milliseconds on a monotonic clock): notices expire.
    case tick(milliseconds: Int)
}
