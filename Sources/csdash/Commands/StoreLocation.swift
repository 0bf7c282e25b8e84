import ArgumentParser
import GrantModel
import GrantStore
#if PostgreSQL
import PostgresStore
#endif

/// The store DIR names: a `postgres://` (or `postgresql://`) URL is a PostgreSQL database, as
/// libpq reads one (README, "A shared store (PostgreSQL)"); anything else is a data folder.
func dataStore(_ location: String) throws -> any GrantDataStore {
    guard isDatabaseURL(location) else { return FolderStore(path: location) }
    #if PostgreSQL
    do {
        return try PostgresDataStore(url: location)
    } catch {
        printError(error.description)
        throw ExitCode(ExitStatus.usage)
    }
    #else
    printError("csdash: error: this csdash was built without the shared store: build it with `swift build -c release --traits PostgreSQL`")
    throw ExitCode(ExitStatus.unavailable)
    #endif
}

func isDatabaseURL(_ location: String) -> Bool {
    location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
}

extension CommonOptions {
    /// The store named by DIR, else $CSDASH_DATA, else the current folder.
    func store() throws -> any GrantDataStore {
        try dataStore(folder)
    }

    /// DIR as output names it: a URL without its password (`GrantDataStore.name`).
    var shownLocation: String {
        guard isDatabaseURL(folder) else { return folder }
        #if PostgreSQL
        return (try? ConnectionSettings(url: folder))?.displayName ?? "the database"
        #else
        return "the database"
        #endif
    }
}
