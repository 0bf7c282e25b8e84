import ArgumentParser
import Foundation
import GrantModel
import GrantStore
#if PostgreSQL
import PostgresStore
#endif

/// `csdash db init|push|pull`: a shared store in PostgreSQL (README, "A shared store (PostgreSQL)").
struct Database: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "A shared store in PostgreSQL: create its schema, copy a folder in, write it out as a folder.",
        discussion: """
        URL is postgres://user@host:port/database; PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, \
        ~/.pgpass and sslmode are read as psql reads them. Every command that takes DIR takes URL too.

        Set-up, as the database's owner (the README has the five commands, the roles and backups):
          csdash db init postgres://admin@db.example.org/grants
          csdash db push sample-data postgres://admin@db.example.org/grants
          csdash postgres://officer@db.example.org/grants
        and back to a folder: csdash db pull postgres://admin@db.example.org/grants grants-copy

        Examples:
          csdash db init --help
          csdash db push --help
        """,
        subcommands: [DatabaseInit.self, DatabasePush.self, DatabasePull.self])
}

struct DatabaseInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the tables, the schema version and the roles csdash_editor and csdash_viewer.")

    @Argument(help: ArgumentHelp("The database.", valueName: "URL"))
    var url: String

    func run() throws {
        #if PostgreSQL
        let settings = try databaseSettings(url)
        try administer { () throws(DatabaseAdminError) in try DatabaseAdmin.initialise(settings) }
        print("\(settings.displayName): schema version 1 created, with the roles csdash_editor and csdash_viewer")
        #else
        try withoutSharedStore()
        #endif
    }
}

struct DatabasePush: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Copy a valid data folder into an empty database (else nothing is written).")

    @Argument(help: ArgumentHelp("The data folder.", valueName: "DIR"))
    var directory: String

    @Argument(help: ArgumentHelp("The database.", valueName: "URL"))
    var url: String

    func run() throws {
        #if PostgreSQL
        let settings = try databaseSettings(url)
        let loaded = try loadFolder(directory)
        guard loaded.errors.isEmpty else {
            printDiagnostics(loaded.errors)
            printError("\(directory): nothing was written: db push copies a valid folder only")
            throw ExitCode(ExitStatus.dataError)
        }
        let (tables, audit) = try FolderRows.read(directory)
        try administer { () throws(DatabaseAdminError) in try DatabaseAdmin.push(tables, audit: audit, into: settings) }
        let rows = tables.values.reduce(0) { $0 + $1.count - 1 }
        print("\(directory) -> \(settings.displayName): \(tables.count) tables, \(rows) rows, \(audit.count) audit rows")
        #else
        try withoutSharedStore()
        #endif
    }
}

struct DatabasePull: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Write the database out as a data folder (a new or empty folder).")

    @Argument(help: ArgumentHelp("The database.", valueName: "URL"))
    var url: String

    @Argument(help: ArgumentHelp("The folder to write.", valueName: "DIR"))
    var directory: String

    func run() throws {
        #if PostgreSQL
        let settings = try databaseSettings(url)
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        if !existing.isEmpty {
            printError("\(directory): error: already holds files; db pull writes a new or empty folder")
            throw ExitCode(ExitStatus.cannotCreate)
        }
        let files = try administer { () throws(DatabaseAdminError) in try DatabaseAdmin.pull(settings) }
        try FolderRows.write(files, to: directory)
        print("\(settings.displayName) -> \(directory): \(files.count) files")
        #else
        try withoutSharedStore()
        #endif
    }
}

#if PostgreSQL
func databaseSettings(_ url: String) throws -> ConnectionSettings {
    do {
        return try ConnectionSettings(url: url)
    } catch {
        printError(error.description)
        throw ExitCode(ExitStatus.usage)
    }
}

/// Runs an administrative step, turning its refusal into the message and exit code of the contract.
func administer<T>(_ body: () throws(DatabaseAdminError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        printError(error.description)
        switch error {
        case .notEmpty: throw ExitCode(ExitStatus.cannotCreate)
        case .notInitialised: throw ExitCode(ExitStatus.noInput)
        case .server(_, _, let unreachable): throw ExitCode(unreachable ? ExitStatus.unavailable : ExitStatus.ioError)
        }
    }
}
#else
func withoutSharedStore() throws {
    printError("csdash: error: this csdash was built without the shared store: build it with `swift build -c release --traits PostgreSQL`")
    throw ExitCode(ExitStatus.unavailable)
}
#endif
