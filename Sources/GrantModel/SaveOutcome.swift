/// What a save of returns did, in values alone: the fields it changed, the edits that would put
/// them back, and the folder as it stands after it.
public struct SaveOutcome: Sendable {
    public var changes: [FieldChange]
    public var undo: [ReturnEdit]
    public var folder: FolderContents

    public init(changes: [FieldChange], undo: [ReturnEdit], folder: FolderContents) {
        self.changes = changes
        self.undo = undo
        self.folder = folder
    }
}

/// Why a save of returns wrote nothing, in values alone: the refusals a caller answers
/// differently, and the store's own words for the rest.
public enum SaveFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// Another writer held the folder's lock for longer than the save would wait.
    case locked
    /// The folder would not be valid after the change.
    case invalid([Diagnostic])
    /// Someone else changed what a checked edit was made against.
    case conflict([EditConflict])
    /// A file that could not be created, replaced or written, or a folder that has gone.
    case other(String)

    public var description: String {
        switch self {
        case .locked: return "the data folder is locked by another editor"
        case .invalid(let problems): return problems.map(\.description).joined(separator: "\n")
        case .conflict(let conflicts): return conflicts.map { "returns.csv: error: \($0.description)" }.joined(separator: "\n")
        case .other(let text): return text
        }
    }
}
