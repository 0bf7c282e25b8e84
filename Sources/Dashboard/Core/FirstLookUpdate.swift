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
            switch mode {
            case .form, .reviewPayment, .search, .sinceDate: mode = .normal
            case .normal, .help, .problems: break
            }
            var then = screen
            if case .error(let shown) = then { then = shown.then }
            if let dashboard = then.dashboard { then.setDashboard(dashboard.closingDetail) }
            screen = .error(ErrorView(then: then))
            return
        }
        reload(loaded, announce: false)
    }
}
