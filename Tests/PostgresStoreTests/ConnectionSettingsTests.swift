#if PostgreSQL
import Testing
@testable import PostgresStore

/// How a URL is read (libpq's conventions) and named back in messages: never with its password,
/// and as a URL that connects to the same place. No server needed.
struct ConnectionSettingsTests {
    private static let quiet = ["HOME": "/nonexistent", "USER": "officer"]

    @Test(arguments: [
        ("postgres://editor:secret@db.example.org:5433/grants", "postgres://editor@db.example.org:5433/grants"),
        ("postgres://editor@db.example.org/grants", "postgres://editor@db.example.org:5432/grants"),
        ("postgres:///grants?host=/var/run/postgresql&user=editor", "postgres://editor@/grants?host=/var/run/postgresql"),
        ("postgres:///grants?host=/tmp/csdash-postgres.1P3STG&port=6543&user=editor&password=secret",
         "postgres://editor@/grants?host=/tmp/csdash-postgres.1P3STG&port=6543"),
    ])
    func aURLIsNamedWithoutItsPasswordAsAURLToTheSamePlace(url: String, shown: String) throws {
        let settings = try ConnectionSettings(url: url, environment: Self.quiet)
        #expect(settings.displayName == shown)
        #expect(!settings.displayName.contains("secret"))
        var again = try ConnectionSettings(url: settings.displayName, environment: Self.quiet)
        again.password = settings.password
        #expect(again == settings)
    }

    @Test func theEnvironmentFillsWhatTheURLLeavesOut() throws {
        let settings = try ConnectionSettings(url: "postgres://", environment: Self.quiet.merging(
            ["PGHOST": "/srv/pg", "PGPORT": "5440", "PGUSER": "viewer", "PGDATABASE": "board", "PGPASSWORD": "pw"]) { $1 })
        #expect(settings.displayName == "postgres://viewer@/board?host=/srv/pg&port=5440")
        #expect(settings.hasPassword)
    }
}
#endif
