#if PostgreSQL
import CSDashTestSupport
import Foundation
import Testing

/// The private PostgreSQL server scripts/test.sh starts (`CSDASH_TEST_POSTGRES_DIR`, its socket
/// folder): each test makes databases and login roles of its own on it, so tests run side by side.
enum PrivateServer {
    static let directory = ProcessInfo.processInfo.environment["CSDASH_TEST_POSTGRES_DIR"].flatMap { $0.isEmpty ? nil : $0 }
    static var isRunning: Bool { directory != nil }

    static func url(database: String, user: String = "postgres") -> String {
        "postgres:///\(database)?host=\(directory ?? "/nonexistent")&user=\(user)"
    }

    /// Runs SQL as the superuser with psql, failing the test when psql does.
    @discardableResult
    static func sql(_ statement: String, database: String = "postgres", sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try psql(statement, database: database)
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func psql(_ statement: String, database: String = "postgres", user: String = "postgres") throws -> RunResult {
        try run(URL(fileURLWithPath: "/usr/bin/psql"),
                ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", directory ?? "/nonexistent", "-U", user, "-d", database, "-c", statement])
    }

    /// A new empty database, with the login roles `<name>_officer` (an editor) and `<name>_viewer`
    /// made once the schema (and with it the roles) exists: see `initialised`.
    static func freshDatabase() throws -> String {
        let name = "csdash_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        try sql("CREATE DATABASE \(name)")
        return String(name)
    }

    /// A database with csdash's schema (`csdash db init`) and the two login roles.
    static func initialised() throws -> String {
        let name = try freshDatabase()
        let result = try csdash("db", "init", url(database: name))
        #expect(result.status == 0, "\(result)")
        try sql("CREATE ROLE \(name)_officer LOGIN IN ROLE csdash_editor; CREATE ROLE \(name)_viewer LOGIN IN ROLE csdash_viewer")
        return name
    }

    /// sample-data pushed into a new database.
    static func withSampleData() throws -> String {
        let name = try initialised()
        let pushed = try csdash("db", "push", sampleDataPath, url(database: name))
        #expect(pushed.status == 0, "\(pushed)")
        return name
    }
}

/// The built csdash, run with `arguments`.
func csdash(_ arguments: String..., environment: [String: String?] = [:]) throws -> RunResult {
    try csdash(arguments, environment: environment)
}

func csdash(_ arguments: [String], environment: [String: String?] = [:]) throws -> RunResult {
    let binary = try #require(builtCSDash(), "no built csdash beside the tests")
    return try run(binary, arguments, environment: ["CSDASH_DATA": nil, "PGPASSWORD": nil, "PGHOST": nil, "PGUSER": nil].merging(environment) { $1 })
}

/// A new temporary folder's path (not made), removed with its contents by `remove`.
struct ScratchFolder: ~Copyable {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-pg-\(UUID().uuidString)").path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }
}
#endif
