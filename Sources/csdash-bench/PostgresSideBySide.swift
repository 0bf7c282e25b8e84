import Foundation

/// `report --format json` and the first frame with the national folder in PostgreSQL, beside the
/// same on the folder: what the shared store costs a reader. Measured only when csdash is built
/// with the PostgreSQL trait and `--postgres URL` names a server (`make bench` starts a private
/// one); the folder's figures are those already measured, or measured here (`--only postgres`).
func postgresSideBySide(_ setup: Setup, _ national: DataSet,
                        folder: (report: ProcessSamples, firstFrame: ProcessSamples)?) throws -> String {
    #if PostgreSQL
    guard let server = setup.postgres else {
        return "PostgreSQL: not measured (no --postgres URL given; make bench starts a private server)"
    }
    let folder = try folder ?? (try processTime(setup, reportArguments(national.path, national), runs: setup.runs),
                                try timeToFirstFrame(setup, national, runs: setup.runs))
    let database = BenchDatabase(server: server, name: "csdash_bench_\(getpid())", setup: setup)
    try database.create()
    defer { database.drop() }
    for arguments in [["db", "init", database.url], ["db", "push", national.path, database.url]] {
        let result = try capture(setup.csdash, arguments, environment: setup.environment)
        guard result.status == 0 else { throw BenchError(description: "csdash \(arguments[0]) \(arguments[1]) exited \(result.status)") }
    }
    let inDatabase = DataSet(name: national.name + " in PostgreSQL", path: database.url, asOf: national.asOf,
                             firstFrameText: national.firstFrameText)
    let report = try processTime(setup, reportArguments(database.url, national), runs: setup.runs)
    let firstFrame = try timeToFirstFrame(setup, inDatabase, runs: setup.runs)
    let fromFolder = try capture(setup.csdash, reportArguments(national.path, national), environment: setup.environment)
    let fromDatabase = try capture(setup.csdash, reportArguments(database.url, national), environment: setup.environment)
    let agreement = fromFolder.status == 0 && fromFolder.output == fromDatabase.output ? "identical" : "DIFFER"

    var rows = [["measurement (medians of \(setup.runs) runs)", "folder ms", "PostgreSQL ms", "PostgreSQL / folder"]]
    for (name, inFolder, inPostgres) in [("csdash report --format json, whole process", folder.report.milliseconds, report.milliseconds),
                                         ("first frame after exec (120x40 pty)", folder.firstFrame.milliseconds, firstFrame.milliseconds),
                                         ("dashboard: whole data set checked behind it", folder.firstFrame.wholeFolderMilliseconds,
                                          firstFrame.wholeFolderMilliseconds)] {
        let (ours, theirs) = (inFolder.median, inPostgres.median)
        rows.append([name, format(ours), format(theirs), format(theirs / ours)])
    }
    return aligned(rows, numeric: [1, 2, 3]) + "\nreport --format json from PostgreSQL and from the folder: \(agreement)"
    #else
    return "PostgreSQL: not measured (build with --traits PostgreSQL)"
    #endif
}

private func reportArguments(_ location: String, _ data: DataSet) -> [String] {
    ["report", location, "--as-of", data.asOf, "--format", "json"]
}

/// A database of the benchmark's own on the `--postgres` server, made and dropped with psql;
/// the URL (which may hold a password) is never printed.
private struct BenchDatabase {
    let server: String
    let name: String
    let setup: Setup

    var url: String {
        guard var components = URLComponents(string: server) else { return server }
        components.path = "/" + name
        return components.string ?? server
    }

    func create() throws {
        let result = try capture("/usr/bin/psql", ["-X", "-q", "-d", server, "-c", "DROP DATABASE IF EXISTS \(name)",
                                                   "-c", "CREATE DATABASE \(name)"], environment: setup.environment)
        guard result.status == 0 else {
            throw BenchError(description: "psql could not create the database \(name) on the --postgres server")
        }
    }

    func drop() {
        _ = try? capture("/usr/bin/psql", ["-X", "-q", "-d", server, "-c", "DROP DATABASE IF EXISTS \(name)"],
                         environment: setup.environment)
    }
}
