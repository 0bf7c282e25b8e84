#if PostgreSQL
import NIOSSL
import PostgresNIO

/// One connection to the server, for the length of a command or a dashboard's load or save.
struct DatabaseSession: Sendable {
    let connection: PostgresConnection
    let logger: Logger

    /// How long a write waits for another writer's row lock: the folder lock's 2 s.
    static let lockTimeout = "2s"

    static func open(_ settings: ConnectionSettings) async throws -> DatabaseSession {
        // Nothing is logged: a query's text may hold the data, and nothing of it belongs on stderr.
        var logger = Logger(label: "csdash.postgres")
        logger.logLevel = .critical
        var configuration: PostgresConnection.Configuration
        if let socket = settings.socketPath {
            configuration = .init(unixSocketPath: socket, username: settings.user, password: settings.password, database: settings.database)
        } else {
            configuration = .init(host: settings.host, port: settings.port, username: settings.user, password: settings.password,
                                  database: settings.database, tls: try tls(settings.sslMode))
        }
        configuration.options.connectTimeout = .seconds(5)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        return DatabaseSession(connection: connection, logger: logger)
    }

    /// libpq's sslmode: `prefer` and `require` encrypt without checking the certificate, as libpq
    /// does; `verify-ca` and `verify-full` check it (NIOSSL checks the name too, so both verify fully).
    static func tls(_ mode: ConnectionSettings.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        var unchecked = TLSConfiguration.makeClientConfiguration()
        unchecked.certificateVerification = .none
        switch mode {
        case .disable: return .disable
        case .allow, .prefer: return .prefer(try NIOSSLContext(configuration: unchecked))
        case .require: return .require(try NIOSSLContext(configuration: unchecked))
        case .verifyCA, .verifyFull: return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    @discardableResult
    func run(_ query: PostgresQuery) async throws -> PostgresRowSequence {
        try await connection.query(query, logger: logger)
    }

    /// Runs a statement whose rows nobody reads, to its end: a statement's error (a lock not had
    /// in time) comes with its rows, and must be seen here rather than as the next one's.
    func execute(_ query: PostgresQuery) async throws {
        _ = try await run(query).collect()
    }

    func run(sql: String) async throws {
        try await execute(PostgresQuery(unsafeSQL: sql))
    }

    func close() async {
        try? await connection.close()
    }

    /// Opens a session, runs `work` and closes the session whatever came of it.
    static func with<T: Sendable>(_ settings: ConnectionSettings, _ work: @Sendable (DatabaseSession) async throws -> T) async throws -> T {
        let session = try await open(settings)
        do {
            let result = try await work(session)
            await session.close()
            return result
        } catch {
            await session.close()
            throw error
        }
    }
}
#endif
