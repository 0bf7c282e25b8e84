import Cells
import GrantModel

/// How a save that the dashboard asked for ended.
public enum SaveResult: Sendable {
    case saved(SaveOutcome)
    case failed(SaveFailure)
}

/// Everything that can happen to the dashboard. The reducer turns these into a new state.
public enum Event: Sendable {
    /// The folder was read again (its files changed on disk).
    case dataReloaded(FolderContents)
    /// The complete load that follows a first look (`DataFolder.firstLook`) finished.
    case folderChecked(FolderContents)
    /// A save asked for by `Effect.save` finished.
    case saveFinished(SaveResult, undoing: Bool)
    case keyPressed(Key)
    /// Text the user pasted (the terminal's bracketed paste): text for a field, never keys.
    case pasted(String)
    case mouse(MouseEvent)
    case resized(Size)
    /// Time passed (milliseconds on a monotonic clock): notices expire.
    case tick(milliseconds: Int)
}
