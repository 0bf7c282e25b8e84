import Foundation
import GrantModel

/// A data folder of CSV files as a store: the embedded default, read by `DataFolder` and
/// written by `ReturnsWriter` and `PaymentsWriter` under the folder's lock.
public struct FolderStore: GrantDataStore {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public var name: String { path }
    public var folderPath: String? { path }

    public func load(firstLook: Bool) throws(DataFolderError) -> LoadedFolder {
        try firstLook ? DataFolder.firstLook(path) : DataFolder.load(path)
    }

    public func writeReturns(_ edits: [ReturnEdit], command: String, dryRun: Bool) throws(WriteError) -> ReturnsWriter.Outcome {
        try ReturnsWriter.apply(edits, to: path, command: command, dryRun: dryRun)
    }

    public func writePayments(_ edits: [ReturnEdit], command: String, dryRun: Bool) throws(WriteError) -> ReturnsWriter.Outcome {
        try PaymentsWriter.apply(edits, to: path, command: command, dryRun: dryRun)
    }

    public func auditTrail(for grants: Grants, calendar: Calendar) -> AuditTrail {
        AuditTrail.read(path, for: grants, calendar: calendar)
    }

    public func replayWarnings(_ trail: AuditTrail) -> [Diagnostic] {
        guard trail.exists else {
            return [Diagnostic(path: DataFolder.filePath(path, AuditLog.fileName), severity: .warning,
                               message: "no audit log: csdash has recorded no change in this folder, so the figures are today's (returns still count from their received dates)")]
        }
        return trail.changesOutsideCSDash(in: path)
    }

    public func makeWatcher() -> any StoreWatcher { FolderWatcher(folder: path) }

    public var isBusy: Bool { FolderLock.isHeld(in: path) }

    /// A folder's permissions are found out when a write is tried, and refused then (exit 73).
    public var mayWrite: Bool { true }
}
