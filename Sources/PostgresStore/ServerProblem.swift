#if PostgreSQL
import GrantModel
import GrantStore
import PostgresNIO

/// What went wrong talking to the server, sorted into the contract's exit codes: a lock not had
/// in time (75), no permission to write (a viewer), the server's refusal of the data, and a
/// server that cannot be reached or went away (69). Never carries a password: the server's
/// messages do not, and the settings are named by `displayName`.
enum ServerProblem: Error, Sendable {
    case lockTimeout
    case permissionDenied(String)
    case refused(String)
    case unreachable(String)

    /// SQLSTATE 55P03 (lock_not_available) is lock_timeout's; 42501 insufficient_privilege.
    init(_ error: any Error) {
        if let problem = error as? ServerProblem {
            self = problem
        } else if let transaction = error as? PostgresTransactionError {
            self = ServerProblem(transaction.closureError ?? transaction.commitError ?? transaction.beginError
                                 ?? transaction.rollbackError ?? error)
        } else if let psql = error as? PSQLError, let state = psql.serverInfo?[.sqlState] {
            let message = psql.serverInfo?[.message] ?? "the server refused"
            switch state {
            case "55P03": self = .lockTimeout
            case "42501": self = .permissionDenied(message)
            default: self = .refused(message)
            }
        } else if let psql = error as? PSQLError {
            self = .unreachable(psql.underlying.map { "\($0)" } ?? "\(psql.code)")
        } else {
            self = .unreachable("\(error)")
        }
    }

    func writeError(_ name: String) -> WriteError {
        switch self {
        case .lockTimeout: return .locked(path: name)
        case .permissionDenied: return .refused(path: name, reason: ServerProblem.readOnly)
        case .refused(let message): return .invalid([Diagnostic(path: name, message: "the server refused the change: \(message)")])
        case .unreachable(let reason): return .unavailable(source: name, reason: reason)
        }
    }

    func readError(_ name: String) -> DataFolderError {
        switch self {
        case .lockTimeout: return .unreadable(path: name, reason: "a lock was not had in time")
        case .permissionDenied(let message), .refused(let message): return .unreadable(path: name, reason: message)
        case .unreachable(let reason): return .unavailable(source: name, reason: reason)
        }
    }

    static let readOnly = "read-only: connected as a viewer (a member of csdash_viewer), who may read but not write; nothing was written"
}
#endif
