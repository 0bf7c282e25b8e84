#if PostgreSQL
import Foundation

/// A PostgreSQL server of one test's own (scripts/private-postgres.sh), which the test may stop
/// and start again under an open dashboard without disturbing the tests that share the suite's
/// server. Started through `CleanSpawn`, so the server holds no descriptor of the tests.
final class OwnPostgresServer {
    let directory: String

    init() throws {
        directory = try Self.script(["start"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit { _ = try? Self.script(["stop", directory]) }

    func url(database: String, user: String = "postgres") -> String {
        "postgres:///\(database)?host=\(directory)&user=\(user)"
    }

    /// Stops the server, keeping its data, as a server gone away does.
    func pause() throws { try Self.script(["pause", directory]) }

    func resume() throws { try Self.script(["resume", directory]) }

    /// Runs SQL as the superuser with psql.
    @discardableResult
    func sql(_ statement: String, database: String = "postgres") throws -> String {
        let result = try CleanSpawn.run("/usr/bin/psql", ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", directory,
                                                          "-U", "postgres", "-d", database, "-c", statement],
                                        environment: ProcessInfo.processInfo.environment)
        guard result.status == 0 else { throw EndToEndFailure(description: "psql \(statement): \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A fresh database with csdash's schema (`db init`), sample-data pushed into it (`db push`)
    /// and a login role `<database>_viewer` who may only read; returns the database's name.
    func sampleDataDatabase() throws -> String {
        let name = "csdash_e2e_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        try sql("CREATE DATABASE \(name)")
        for arguments in [["db", "init", url(database: name)], ["db", "push", sampleDataURL.path, url(database: name)]] {
            let result = try csdash(arguments)
            guard result.status == 0 else { throw EndToEndFailure(description: "\(result)") }
        }
        try sql("CREATE ROLE \(name)_viewer LOGIN IN ROLE csdash_viewer")
        return name
    }

    @discardableResult
    private static func script(_ arguments: [String]) throws -> String {
        let script = packageRoot.appendingPathComponent("scripts/private-postgres.sh").path
        let result = try CleanSpawn.run("/bin/bash", [script] + arguments, environment: ProcessInfo.processInfo.environment)
        guard result.status == 0 else {
            throw EndToEndFailure(description: "private-postgres.sh \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }
}
#endif
