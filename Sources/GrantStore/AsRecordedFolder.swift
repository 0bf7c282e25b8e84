import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GrantModel

extension LoadedFolder {
    /// The data set with its returns as they were recorded on `day` (`Grants.asRecorded`), from
    /// `store`'s audit log. A log that cannot be read is an error: the figures could not be
    /// trusted. No log, or a file changed since its last line, is a warning: that much of the
    /// history is not there to replay.
    public func asRecorded(on day: Day, from store: any GrantDataStore, calendar: Calendar = .current) -> LoadedFolder {
        guard let grants else { return self }
        let trail = store.auditTrail(for: grants, calendar: calendar)
        var replayed = self
        guard trail.problems.isEmpty else {
            replayed.grants = nil
            replayed.diagnostics += trail.problems
            return replayed
        }
        replayed.diagnostics += store.replayWarnings(trail)
        replayed.grants = grants.asRecorded(on: day, changes: trail.changes)
        return replayed
    }
}

extension AuditTrail {
    /// How much later than the log's last line a file may be written and still be csdash's own
    /// write: the log's times are whole seconds, and a write's lines are stamped as it finishes.
    static let ownWriteSeconds: TimeInterval = 2

    /// A warning for each file of `folder` changed after the log's last line: changed outside
    /// csdash (in a spreadsheet, say), so with no line to say what it was before, and a replay as
    /// recorded cannot undo it. Nothing when there is no log to compare with.
    public func changesOutsideCSDash(in folder: String) -> [Diagnostic] {
        guard let lastChange else { return [] }
        return FileSchema.all.compactMap { schema in
            let path = DataFolder.filePath(folder, schema.fileName)
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            let modified = Date(timeIntervalSince1970: TimeInterval(status.st_mtim.tv_sec) + TimeInterval(status.st_mtim.tv_nsec) / 1e9)
            guard modified.timeIntervalSince(lastChange) > AuditTrail.ownWriteSeconds else { return nil }
            return Diagnostic(path: path, severity: .warning,
                              message: "changed at \(AuditLog.timestamp(modified)), after the last line of audit.csv (\(AuditLog.timestamp(lastChange))): a change made outside csdash has no audit line, so --as-recorded cannot undo it")
        }
    }
}
