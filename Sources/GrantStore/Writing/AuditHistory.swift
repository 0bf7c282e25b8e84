import Foundation
import GrantModel

/// Reads the audit log back (`DIR/audit.csv`, or a database's audit table as its bytes), to say
/// who made a change that an edit ran into.
public enum AuditHistory {
    /// Each conflict with the last audit line of `folder` that changed its key and field.
    static func attributing(_ conflicts: [EditConflict], in folder: String) -> [EditConflict] {
        guard !conflicts.isEmpty else { return conflicts }
        guard let data = FileManager.default.contents(atPath: DataFolder.filePath(folder, AuditLog.fileName)) else { return conflicts }
        return attributing(conflicts, log: [UInt8](data))
    }

    /// Each conflict with the last line of `log` (audit.csv's bytes) that changed its key and
    /// field, when there is one. A log that cannot be read leaves the conflicts unattributed:
    /// they are refused all the same.
    public static func attributing(_ conflicts: [EditConflict], log: [UInt8]) -> [EditConflict] {
        guard !conflicts.isEmpty,
              case .success(let table) = CSVTable.parse(path: AuditLog.fileName, bytes: log) else { return conflicts }
        let index = table.columnIndex
        guard let time = index["time"], let user = index["user"], let command = index["command"],
              let key = index["key"], let field = index["field"] else { return conflicts }
        let wanted = Set(conflicts.map { [$0.key, $0.field] })
        var last: [[String]: AuditEntry] = [:]
        for record in table.records {
            let values = record.fields.map(\.value)
            guard values.count > max(time, user, command, key, field) else { continue }
            let name = [values[key], values[field]]
            guard wanted.contains(name) else { continue }
            last[name] = AuditEntry(time: values[time], user: values[user], command: values[command])
        }
        return conflicts.map { conflict in
            var attributed = conflict
            attributed.lastChange = last[[conflict.key, conflict.field]]
            return attributed
        }
    }
}
