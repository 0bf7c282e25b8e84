/// A key as the dashboard understands it, decoded from the terminal by the Terminal layer.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case enter, escape, tab, backTab, backspace
    case pageUp, pageDown, home, end
    /// Ctrl plus a letter, e.g. `.control("c")`.
    case control(Character)
    case function(Int)
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, scrollUp, scrollDown }
    public var kind: Kind
    public var position: Point
    /// Milliseconds on a monotonic clock, so the reducer can tell a double click without a clock of its own.
    public var milliseconds: Int

    public init(kind: Kind, position: Point, milliseconds: Int) {
        self.kind = kind
        self.position = position
        self.milliseconds = milliseconds
    }
}

import GrantStore

/// How a save that the dashboard asked for ended.
public enum SaveResult: Sendable {
    case saved(ReturnsWriter.Outcome)
    case failed(WriteError)
}

/// Everything that can happen to the dashboard. The reducer turns these into a new state.
public enum Event: Sendable {
    /// The folder was read again (its files changed on disk).
    case dataReloaded(LoadedFolder)
    /// The complete load that follows a first look (`DataFolder.firstLook`) finished.
    case folderChecked(LoadedFolder)
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
