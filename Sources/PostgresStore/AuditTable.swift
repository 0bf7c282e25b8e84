#if PostgreSQL
import Foundation
import GrantModel
import GrantStore
import PostgresNIO

/// The audit table rendered as audit.csv's bytes, for the same parser (`AuditTrail.parse`), with
/// the line each row starts on, so that a row that cannot be read is named by its id:
/// `audit (id 42): error: …`, which `SELECT * FROM audit WHERE id = 42` finds.
struct AuditTable: Sendable {
    /// What the rendered bytes are called while they are parsed; diagnostics name rows instead.
    static let table = "audit"

    var bytes: [UInt8] = []
    /// Each row's first line in `bytes` and its id, in the table's order.
    var rows: [(line: Int, id: Int64)] = []

    static func read(_ session: DatabaseSession) async throws -> AuditTable {
        var table = AuditTable()
        var writer = CSVWriter()
        writer.row(AuditLog.header)
        var line = 1 + newlines(in: writer.bytes[...])
        let query: PostgresQuery = #"SELECT id, ARRAY["time", "user", command, file, key, field, old, new] FROM audit ORDER BY id"#
        for try await (id, fields) in try await session.run(query).decode((Int64, [String]).self) {
            table.rows.append((line, id))
            let start = writer.bytes.count
            writer.row(fields)
            line += newlines(in: writer.bytes[start...])
        }
        table.bytes = writer.bytes
        return table
    }

    /// The trail the rows hold, its problems named by row; a table with no row is no log, as a
    /// folder without audit.csv is.
    func trail(for grants: Grants, calendar: Calendar) -> AuditTrail {
        var trail = AuditTrail.parse(bytes, path: AuditTable.table, for: grants, calendar: calendar)
        trail.exists = !rows.isEmpty
        trail.problems = trail.problems.map(naming)
        return trail
    }

    private func naming(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.path == AuditTable.table, diagnostic.line > 0 else { return diagnostic }
        var named = diagnostic
        named.line = 0
        named.column = 0
        if let row = rows.last(where: { $0.line <= diagnostic.line }) {
            named.path = "\(AuditTable.table) (id \(row.id))"
        } else {
            named.path = "\(AuditTable.table) (columns)"
        }
        return named
    }

    private static func newlines(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}

extension PostgresDataStore {
    /// The audit table, written in the same transaction as every change it records. A server that
    /// cannot be reached makes a log that cannot be read: a replay would not be trusted.
    public func auditTrail(for grants: Grants, calendar: Calendar) -> AuditTrail {
        do {
            let table = try blocking { [settings] in try await DatabaseSession.with(settings) { try await AuditTable.read($0) } }
            return table.trail(for: grants, calendar: calendar)
        } catch {
            let reason: String
            switch ServerProblem(error) {
            case .lockTimeout: reason = "a lock was not had in time"
            case .permissionDenied(let message), .refused(let message): reason = message
            case .unreachable(let message): reason = "cannot reach the database server: \(message)"
            }
            return AuditTrail(unreadable: Diagnostic(path: "\(name) \(AuditTable.table)", message: "cannot be read: \(reason)"))
        }
    }

    /// A refused edit's conflicts, each with the audit row that last changed its field (who, with
    /// which command, when), as a folder's are; unattributed when the table cannot be read.
    func attributed(_ refusal: WriteError) -> WriteError {
        guard case .conflict(let conflicts) = refusal,
              let table = try? blocking({ [settings] in try await DatabaseSession.with(settings) { try await AuditTable.read($0) } })
        else { return refusal }
        return .conflict(AuditHistory.attributing(conflicts, log: table.bytes))
    }

    /// A database has no file dates: every change csdash makes there has its audit rows in the
    /// same transaction, so only a table with no row at all leaves the figures unreplayed.
    public func replayWarnings(_ trail: AuditTrail) -> [Diagnostic] {
        guard !trail.exists else { return [] }
        return [Diagnostic(path: AuditTable.table, severity: .warning,
                           message: "no audit rows: csdash has recorded no change in this database, so the figures are today's (returns still count from their received dates)")]
    }
}
#endif
