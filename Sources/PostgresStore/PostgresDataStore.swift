#if PostgreSQL
import GrantModel
import GrantStore
import PostgresNIO

/// A PostgreSQL database as a store (README, "A shared store (PostgreSQL)"): read whole and
/// checked as a folder is, each write one transaction that locks the rows it changes, re-reads
/// the data set under the locks, applies the edit, checks the result, and writes the rows that
/// changed with their audit rows; the commit announces the change to every open dashboard.
public struct PostgresDataStore: GrantDataStore {
    public let settings: ConnectionSettings

    public init(url: String) throws(ConnectionSettingsError) {
        settings = try ConnectionSettings(url: url)
    }

    public init(settings: ConnectionSettings) {
        self.settings = settings
    }

    public var name: String { settings.displayName }
    public var folderPath: String? { nil }
    /// The server's row locks make a writer wait (up to 2 s), not csdash: nothing to tell first.
    public var isBusy: Bool { false }

    public func load(firstLook: Bool) throws(DataFolderError) -> LoadedFolder {
        let reader: DataSetReader
        do {
            reader = try blocking { [settings] in
                try await DatabaseSession.with(settings) { try await DataSetReader.read($0, firstLook: firstLook) }
            }
        } catch {
            throw ServerProblem(error).readError(name)
        }
        return named(DataSetInMemory(source: name, files: reader.files).load(unread: reader.unread), reader.rowNames)
    }

    public func writeReturns(_ edits: [ReturnEdit], command: String, dryRun: Bool) throws(WriteError) -> ReturnsWriter.Outcome {
        try write(edits, to: .returns, command: command, dryRun: dryRun)
    }

    public func writePayments(_ edits: [ReturnEdit], command: String, dryRun: Bool) throws(WriteError) -> ReturnsWriter.Outcome {
        try write(edits, to: .payments, command: command, dryRun: dryRun)
    }

    public func makeWatcher() -> any StoreWatcher { ChangeListener(settings: settings) }

    /// Whether the role connected may change returns: a viewer may not, and the dashboard says so.
    public var mayWrite: Bool {
        let query: PostgresQuery = "SELECT has_table_privilege('returns', 'UPDATE')"
        let allowed = try? blocking { [settings] in
            try await DatabaseSession.with(settings) { session in
                try await session.run(query).collect().first?.decode(Bool.self) ?? false
            }
        }
        return allowed ?? true
    }

    private func write(_ edits: [ReturnEdit], to file: FileSchema, command: String, dryRun: Bool) throws(WriteError) -> ReturnsWriter.Outcome {
        let source = name
        do {
            let (outcome, rowNames) = try blocking { [settings] in
                try await DatabaseSession.with(settings) { session in
                    try await session.run(sql: "BEGIN")
                    do {
                        let result = try await RowWriter(session: session, layout: .of(file))
                            .apply(edits, source: source, command: command, dryRun: dryRun)
                        try await session.run(sql: dryRun ? "ROLLBACK" : "COMMIT")
                        return result
                    } catch {
                        try? await session.run(sql: "ROLLBACK")
                        throw error
                    }
                }
            }
            var named = outcome
            named.folder = self.named(outcome.folder, rowNames)
            named.warnings = outcome.warnings.map { rowNames.naming($0, source: source) }
            return named
        } catch let error as StagedRefusal {
            throw attributed(error.refusal)
        } catch {
            throw ServerProblem(error).writeError(name)
        }
    }

    private func named(_ loaded: LoadedFolder, _ rowNames: RowNames) -> LoadedFolder {
        var named = loaded
        named.diagnostics = loaded.diagnostics.map { rowNames.naming($0, source: name) }
        return named
    }
}
#endif
