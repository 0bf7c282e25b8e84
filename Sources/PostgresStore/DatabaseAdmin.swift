#if PostgreSQL
import Foundation
import GrantModel
import GrantStore
import PostgresNIO

/// Why `db init`, `db push` or `db pull` did nothing.
public enum DatabaseAdminError: Error, Sendable, CustomStringConvertible {
    /// The database or the folder already holds data (exit 73).
    case notEmpty(String)
    /// No csdash schema in the database yet (exit 66).
    case notInitialised(String)
    case server(source: String, problem: String, unreachable: Bool)

    public var description: String {
        switch self {
        case .notEmpty(let message), .notInitialised(let message): return message
        case .server(let source, let problem, true): return "\(source): error: cannot reach the database server: \(problem)"
        case .server(let source, let problem, false): return "\(source): error: \(problem)"
        }
    }
}

/// `csdash db init`, `db push` and `db pull`: the schema made, a folder copied into an empty
/// database in one transaction, and the database written out as a folder.
public enum DatabaseAdmin {
    /// Creates the schema and the roles, in one transaction; a database that has it is refused.
    public static func initialise(_ settings: ConnectionSettings) throws(DatabaseAdminError) {
        try run(settings) { session in
            try await session.run(sql: "BEGIN")
            if try await hasSchema(session) {
                throw DatabaseAdminError.notEmpty("\(settings.displayName): error: already holds a csdash schema; nothing was changed")
            }
            for statement in DatabaseSchema.statements { try await session.run(sql: statement) }
            try await session.run(sql: "COMMIT")
        }
    }

    /// Copies `tables` (file name to header and rows, from a folder checked first) and the audit
    /// lines into a database that holds a schema and no data, all in one transaction.
    public static func push(_ tables: [String: [[String]]], audit: [[String]], into settings: ConnectionSettings) throws(DatabaseAdminError) {
        try run(settings) { session in
            try await session.run(sql: "BEGIN")
            guard try await hasSchema(session) else {
                throw DatabaseAdminError.notInitialised("\(settings.displayName): error: no csdash schema: run `csdash db init` first; nothing was written")
            }
            let names = TableLayout.all.map(\.table) + ["audit"]
            for name in names {
                let rows = try await session.run(PostgresQuery(unsafeSQL: "SELECT 1 FROM \(name) LIMIT 1")).collect()
                guard rows.isEmpty else { throw DatabaseAdminError.notEmpty("\(settings.displayName): error: table \(name) is not empty: db push copies a folder into an empty database only; nothing was written") }
            }
            for layout in TableLayout.all {
                guard let rows = tables[layout.schema.fileName], let header = rows.first else { continue }
                try await session.execute("INSERT INTO csdash_headers (table_name, columns) VALUES (\(layout.table), \(header))")
                try await TableCopy(session: session, layout: layout).insert(header: header, rows: Array(rows.dropFirst()))
            }
            try await TableCopy.insertAudit(audit, session: session)
            try await session.run(sql: "COMMIT")
        }
    }

    /// The database's files (as `PostgresDataStore.load` reads them) and audit.csv, when the
    /// audit has rows: file name to bytes.
    public static func pull(_ settings: ConnectionSettings) throws(DatabaseAdminError) -> [String: [UInt8]] {
        try run(settings) { session in
            guard try await hasSchema(session) else {
                throw DatabaseAdminError.notInitialised("\(settings.displayName): error: no csdash schema: run `csdash db init` and `csdash db push` first")
            }
            // One snapshot of every table, as a write's transaction would see them.
            try await session.run(sql: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            var files = try await DataSetReader.read(session).files
            let audit = try await DataSetReader.auditLines(session)
            if audit.count > AuditLog.header.joined(separator: ",").utf8.count + 1 { files[AuditLog.fileName] = audit }
            try await session.run(sql: "COMMIT")
            return files
        }
    }

    private static func hasSchema(_ session: DatabaseSession) async throws -> Bool {
        let query: PostgresQuery = "SELECT to_regclass('schema_version') IS NOT NULL"
        return try await session.run(query).collect().first?.decode(Bool.self) ?? false
    }

    private static func run<T: Sendable>(_ settings: ConnectionSettings,
                                         _ work: @escaping @Sendable (DatabaseSession) async throws -> T) throws(DatabaseAdminError) -> T {
        do {
            return try blocking { try await DatabaseSession.with(settings, work) }
        } catch let error as DatabaseAdminError {
            throw error
        } catch {
            switch ServerProblem(error) {
            case .unreachable(let reason): throw .server(source: settings.displayName, problem: reason, unreachable: true)
            case .permissionDenied(let message), .refused(let message):
                throw .server(source: settings.displayName, problem: message, unreachable: false)
            case .lockTimeout: throw .server(source: settings.displayName, problem: "a lock was not had in time", unreachable: false)
            }
        }
    }
}
#endif
