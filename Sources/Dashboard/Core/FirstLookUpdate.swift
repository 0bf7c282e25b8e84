import GrantModel

/// The first frame is drawn from a first look at the folder (every file but projects.csv); the
/// complete load follows on another thread and lands here.
extension DashboardState {
    /// Whether `file` is still being read after a first look: screens that show it say so
    /// rather than show it empty.
    public func isReading(_ file: String) -> Bool { unread.contains(file) }

    mutating func finishFirstLook(_ loaded: FolderContents) {
        // A reload of changed files came first and read everything: this load is older.
        guard !unread.isEmpty else { return }
        guard loaded.grants != nil else {
            // The folder is invalid after all: the same error screen as a folder invalid at open,
            // since what the first frame showed was never the whole of it.
            unread = []
            grants = nil
            diagnostics = loaded.diagnostics
            reloadProblems = []
            form = nil
            search = nil
            detailAreaID = nil
            errorScroll = 0
            return
        }
        reload(loaded, announce: false)
    }
}
