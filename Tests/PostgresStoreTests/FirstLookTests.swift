#if PostgreSQL
import CSDashTestSupport
import Foundation
import GrantModel
import GrantStore
import PostgresStore
import Testing

/// A database's first look is a folder's (`DataFolder.firstLook`): every table but projects, read
/// and checked, projects named as still to read, the warnings left to the complete load.
@Suite(.enabled(if: PrivateServer.isRunning, "needs the private PostgreSQL of scripts/test.sh"))
struct FirstLookTests {
    @Test func leavesProjectsForLaterAsAFolderDoes() async throws {
        let store = try PostgresDataStore(url: PrivateServer.url(database: PrivateServer.withSampleData()))
        let first = try await offThePool { [store] in try store.load(firstLook: true) }
        let folder = try DataFolder.firstLook(sampleDataPath)
        #expect(first.unread == ["projects.csv"])
        #expect(first.unread == folder.unread)
        #expect(first.diagnostics.map(\.message) == folder.diagnostics.map(\.message))
        #expect(first.grants?.areas == folder.grants?.areas)
        #expect(first.grants?.returns == folder.grants?.returns)
        #expect(first.grants?.projects == folder.grants?.projects)

        let complete = try await offThePool { [store] in try store.load(firstLook: false) }
        #expect(complete.isComplete)
        let whole = try DataFolder.load(sampleDataPath)
        #expect(complete.grants?.projects == whole.grants?.projects)
    }

    @Test func isTheCompleteLoadWhenThereAreNoProjects() async throws {
        let database = try PrivateServer.initialised()
        let scratch = ScratchFolder()
        try FileManager.default.copyItem(atPath: sampleDataPath, toPath: scratch.path)
        try FileManager.default.removeItem(atPath: scratch.file("projects.csv"))
        let push = try csdash("db", "push", scratch.path, PrivateServer.url(database: database))
        try #require(push.status == 0, "\(push)")
        let store = try PostgresDataStore(url: PrivateServer.url(database: database))
        let first = try await offThePool { [store] in try store.load(firstLook: true) }
        #expect(first.isComplete)
        let folder = try DataFolder.load(scratch.path)
        #expect(first.diagnostics.map(\.message) == folder.diagnostics.map(\.message))
    }
}
#endif
