import Foundation
import GrantModel

/// Where a data set lives, as the commands and the dashboard see it: read whole as values,
/// changed through one audited write path, watched for other people's changes. A folder of CSV
/// files (`FolderStore`) is one; a PostgreSQL database (the PostgreSQL trait) is the other.
public protocol GrantDataStore: Sendable {
    /// The store as messages name it: the folder as typed, or a URL without its password.
    var name: String { get }
    /// The folder, when the store is one: what only a folder has (file dates).
    var folderPath: String? { get }
    /// The audit log read back (`AuditTrail`): audit.csv, or a database's audit table; money in
    /// the currencies of `grants`' funders, times turned into days in `calendar`.
    func auditTrail(for grants: Grants, calendar: Calendar) -> AuditTrail
    /// Warnings for what a replay from `trail` cannot undo: no log at all, or (a folder) a file
    /// changed after the log's last line.
    func replayWarnings(_ trail: AuditTrail) -> [Diagnostic]
    /// The whole data set, checked; `firstLook`: what a first frame needs (`DataFolder.firstLook`).
    func load(firstLook: Bool) throws(DataFolderError) -> LoadedFolder
    /// Returns changed as `ReturnsWriter.apply` changes them: all or nothing, with their audit.
    func writeReturns(_ edits: [ReturnEdit], command: String, dryRun: Bool) throws(WriteError) -> ReturnsWriter.Outcome
    /// Payments changed as `PaymentsWriter.apply` changes them.
    func writePayments(_ edits: [ReturnEdit], command: String, dryRun: Bool) throws(WriteError) -> ReturnsWriter.Outcome
    /// Tells of changes made from the moment it is made.
    func makeWatcher() -> any StoreWatcher
    /// Whether a write would wait for another writer now (the dashboard says that it waits).
    var isBusy: Bool { get }
    /// Whether whoever opened the store may change it (a database's viewer may not).
    var mayWrite: Bool { get }
}

/// Polled between the dashboard's effects: true when the data changed since the last poll.
public protocol StoreWatcher: Sendable {
    mutating func poll() -> Bool
    /// Forgets changes made so far: after this process's own save, which it need not reload.
    mutating func acceptCurrent()
    /// True while the store cannot be reached (a database's server gone away).
    var connectionLost: Bool { get }
}

extension FolderWatcher: StoreWatcher {
    /// A folder is there or not; its loads say which.
    public var connectionLost: Bool { false }
}

extension GrantDataStore {
    /// The audit log with its days in the local calendar, as `--as-of` reads days.
    public func auditTrail(for grants: Grants) -> AuditTrail {
        auditTrail(for: grants, calendar: .current)
    }
}
