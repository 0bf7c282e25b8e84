/// A data folder as read, in values alone: what the dashboard is drawn from. The store hands it
/// over without the tables it keeps for writing, so that what holds it cannot write.
public struct FolderContents: Sendable {
    /// nil when any file has an error: nothing half-read is ever shown as if it were whole.
    public var grants: Grants?
    public var diagnostics: [Diagnostic]
    /// Files present but not read yet: a first look leaves them to the complete load after it.
    public var unread: [String]

    /// The file a first look leaves unread; screens that show projects say it is being read.
    public static let projectsFile = "projects.csv"

    public init(grants: Grants?, diagnostics: [Diagnostic], unread: [String] = []) {
        self.grants = grants
        self.diagnostics = diagnostics
        self.unread = unread
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
