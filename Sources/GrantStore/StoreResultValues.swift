import GrantModel

// The store's results as GrantModel values, for a caller that must not see the store: the
// dashboard is handed these by the executable, and so cannot reach the disk.

extension LoadedFolder {
    /// What was read, without the tables kept for writing.
    public var contents: FolderContents {
        FolderContents(grants: grants, diagnostics: diagnostics, unread: unread)
    }
}

extension ReturnsWriter.Outcome {
    public var saveOutcome: SaveOutcome {
        SaveOutcome(changes: changes, undo: undo, folder: folder.contents)
    }
}

extension WriteError {
    public var saveFailure: SaveFailure {
        switch self {
        case .locked: return .locked
        case .invalid(let problems): return .invalid(problems)
        case .conflict(let conflicts): return .conflict(conflicts)
        case .cannotCreate, .refused, .ioError, .noFolder, .unavailable: return .other(description)
        }
    }
}
