#if PostgreSQL
import Foundation
import GrantModel
import GrantStore

/// Where and as whom to connect, read as libpq reads it: the URL's parts first, then PGHOST,
/// PGPORT, PGUSER, PGDATABASE, PGPASSWORD and PGSSLMODE, then libpq's defaults (the Unix socket
/// in /var/run/postgresql, port 5432, the login name as user and database); a password not given
/// is looked up in ~/.pgpass (or PGPASSFILE). The password is never part of `displayName`.
public struct ConnectionSettings: Sendable, Equatable {
    public enum SSLMode: String, Sendable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// A socket folder (starting with /) or a host name.
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    var password: String?
    public var sslMode: SSLMode

    /// The store as messages name it: `postgres://user@host:port/database`, without a password.
    /// A URL that connects to the same place (less the password): a socket folder goes in the
    /// query, as libpq writes it, where it reads as the path it is rather than percent-escaped.
    public var displayName: String {
        guard host.hasPrefix("/") else { return "postgres://\(user)@\(host):\(port)/\(database)" }
        return "postgres://\(user)@/\(database)?host=\(host)" + (port == 5432 ? "" : "&port=\(port)")
    }

    /// The socket file of a socket folder, as libpq names it.
    var socketPath: String? { host.hasPrefix("/") ? "\(host)/.s.PGSQL.\(port)" : nil }

    public var hasPassword: Bool { password != nil }

    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConnectionSettingsError) {
        guard let components = URLComponents(string: url), components.scheme == "postgres" || components.scheme == "postgresql" else {
            throw .malformed("not a postgres:// URL: write postgres://user@host:port/database")
        }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] { query[item.name] = item.value ?? "" }
        func nonEmpty(_ values: String?...) -> String? { values.compactMap { $0 }.first { !$0.isEmpty } }

        host = nonEmpty(query["host"], components.percentEncodedHost?.removingPercentEncoding, environment["PGHOST"]) ?? "/var/run/postgresql"
        let portText = nonEmpty(query["port"], components.port.map(String.init), environment["PGPORT"]) ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else { throw .malformed("port '\(portText)' is not a port number") }
        self.port = port
        let loginName = nonEmpty(environment["USER"], NSUserName()) ?? "postgres"
        user = nonEmpty(query["user"], components.user?.removingPercentEncoding, environment["PGUSER"]) ?? loginName
        let path = String(components.path.drop { $0 == "/" })
        database = nonEmpty(query["dbname"], path.removingPercentEncoding, environment["PGDATABASE"]) ?? user
        let modeText = nonEmpty(query["sslmode"], environment["PGSSLMODE"]) ?? "prefer"
        guard let mode = SSLMode(rawValue: modeText) else {
            throw .malformed("sslmode '\(modeText)' is not one of disable, allow, prefer, require, verify-ca, verify-full")
        }
        sslMode = mode
        password = nonEmpty(query["password"], components.password?.removingPercentEncoding, environment["PGPASSWORD"])
        if password == nil {
            let home = nonEmpty(environment["HOME"], NSHomeDirectory()) ?? "/"
            let file = nonEmpty(query["passfile"], environment["PGPASSFILE"]) ?? home + "/.pgpass"
            password = PasswordFile.password(in: file, host: host, port: port, database: database, user: user)
        }
    }
}

public enum ConnectionSettingsError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)

    public var description: String {
        switch self {
        case .malformed(let reason): return "csdash: error: \(reason)"
        }
    }
}
#endif
