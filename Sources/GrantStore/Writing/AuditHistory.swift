import Foundation
import GrantModel

/// Reads `DIR/audit.csv` back, to say who made a change that an edit ran into.
enum AuditHistory {
    /// Each conflict with the last audit line that changed its key and field, when there is one.
    /// A log that cannot be read leaves the conflicts unattributed: they are refused all the same.
    static func attributing(_ conflicts: [EditConflict], in folder: String) -> [EditConflict] {
        guard !conflicts.isEmpty else { return conflicts }
        let path = DataFolder.filePath(folder, AuditLog.fileName)
        guard let data = FileManager.default.contents(atPath: path),
              case .success(let table) = CSVTable.parse(path: path, bytes: [UInt8](data)) else { return conflicts }
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
