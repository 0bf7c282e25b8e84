import Foundation
import GrantModel
import GrantStore
import Testing

/// The lock every writer holds, and the re-read under it that keeps someone else's change.
struct FolderLockAndRereadTests {
    typealias W = WriterFixture

    @Test func aWriterGivesUpWithLockedAfterItsTimeoutWhileTheLockIsHeld() throws {
        let folder = try DataFolderFixture()
        let held = try FolderLock.acquire(in: folder.path)
        let before = try FolderBytes.snapshot(folder.path)

        let clock = ContinuousClock()
        let start = clock.now
        let error = W.writeError { () throws(WriteError) in
            try ReturnsWriter.apply([W.edit("bham", .q2, ["received": "2016-10-20"])], to: folder.path, command: "test", lockTimeout: 0.3)
        }
        let waited = clock.now - start
        guard case .locked(let path) = error else {
            Issue.record("expected .locked, got \(String(describing: error))")
            return
        }
        #expect(path.hasSuffix("/.csdash.lock"))
        #expect(waited >= .milliseconds(280), "gave up after \(waited), before its timeout")
        #expect(waited < .milliseconds(1500), "waited \(waited) for a 0.3 s timeout")
        #expect(WriteError.locked(path: path).description.contains("another csdash"))
        try FolderBytes.expectUnchanged(folder.path, since: before)

        // Once released, the same write goes through.
        held.release()
        let outcome = try ReturnsWriter.apply([W.edit("bham", .q2, ["received": "2016-10-20"])], to: folder.path, command: "test",
                                              lockTimeout: 0.3)
        #expect(outcome.changes.count == 1)
    }

    @Test func theLockIsFreedWhenItsHolderGoesAway() throws {
        let folder = try DataFolderFixture()
        do {
            let held = try FolderLock.acquire(in: folder.path)
            _ = held
        }
        let clock = ContinuousClock()
        let start = clock.now
        let again = try FolderLock.acquire(in: folder.path, timeout: 0.2)
        #expect(clock.now - start < .milliseconds(150))
        again.release()
    }

    @Test func aWriterWaitsForTheLockRatherThanFailingWhenItIsSoonReleased() throws {
        let folder = try DataFolderFixture()
        let held = try FolderLock.acquire(in: folder.path)
        let path = folder.path
        // A real thread: a blocked writer must not hold one of the few threads Swift's tasks share.
        let writers = Writers.start([W.edit("bham", .q2, ["received": "2016-10-20"])].map { [$0] }, in: path, lockTimeout: 5)
        usleep(300_000)
        // Still waiting: nothing written yet.
        #expect(try folder.load().grants?.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q2) == nil)
        held.release()
        let results = writers.wait()
        #expect(results.count == 1)
        #expect(try results.first?.get() == 1)
    }

    @Test func aChangeMadeOnDiskSinceLoadingIsNotOverwritten() throws {
        let folder = try DataFolderFixture()
        // The dashboard loaded the folder...
        let loadedEarlier = try folder.load()
        #expect(loadedEarlier.grants?.monitoringReturn(for: "solihull", in: fy("2016/17"), quarter: .q2) == nil)
        // ...then someone else recorded Solihull's Q2 with csdash, and someone edited bham's note by hand...
        _ = try ReturnsWriter.apply([W.edit("solihull", .q2, ["received": "2016-10-21", "planned": "300", "spend": "90"])],
                                    to: folder.path, command: "record")
        let text = try folder.read("returns.csv")
        try folder.write("returns.csv", text.replacingOccurrences(of: "bham,2016/17,Q1,2016-07-20,400,100,", with: "bham,2016/17,Q1,2016-07-20,400,100,by hand"))
        // ...and now the dashboard saves bham's Q2.
        _ = try ReturnsWriter.apply([W.edit("bham", .q2, ["received": "2016-10-20", "planned": "500", "spend": "200"])],
                                    to: folder.path, command: "dashboard")

        let grants = try #require(try folder.load().grants)
        #expect(grants.monitoringReturn(for: "solihull", in: fy("2016/17"), quarter: .q2)?.spend == Money(pounds: 90))
        #expect(grants.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q1)?.notes == "by hand")
        #expect(grants.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q2)?.spend == Money(pounds: 200))
    }

    @Test func writersOnManyThreadsLoseNothing() throws {
        let folder = try DataFolderFixture()
        let path = folder.path
        let keys: [(String, Quarter, String)] = [
            ("bham", .q2, "2016-10-2"), ("bham", .q3, "2017-01-2"), ("bham", .q4, "2017-04-2"),
            ("solihull", .q2, "2016-10-2"), ("solihull", .q3, "2017-01-2"), ("solihull", .q4, "2017-04-2"),
        ]
        let edits = keys.enumerated().map { number, key in
            [W.edit(key.0, key.1, ["received": key.2 + "\(number)", "planned": "\(100 + number)", "spend": "\(10 + number)"])]
        }
        let results = Writers.start(edits, in: path, lockTimeout: 20).wait()
        #expect(results.allSatisfy { (try? $0.get()) == 3 }, "\(results)")
        let loaded = try folder.load()
        let grants = try #require(loaded.grants, "\(listing(loaded))")
        for (number, key) in keys.enumerated() {
            #expect(grants.monitoringReturn(for: key.0, in: fy("2016/17"), quarter: key.1)?.spend == Money(pounds: Int64(10 + number)),
                    "\(key.0) \(key.1) lost")
        }
        #expect(try FolderBytes.auditRows(path).count == 1 + keys.count * 3)
    }
}

/// Writers on threads of their own, all started at once.
final class Writers: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: Result<Int, WriteError>] = [:]
    private let done = DispatchGroup()

    static func start(_ edits: [[ReturnEdit]], in folder: String, lockTimeout: Double) -> Writers {
        let writers = Writers()
        for (number, edit) in edits.enumerated() {
            writers.done.enter()
            let thread = Thread {
                let result: Result<Int, WriteError>
                do throws(WriteError) {
                    result = .success(try ReturnsWriter.apply(edit, to: folder, command: "thread \(number)", lockTimeout: lockTimeout).changes.count)
                } catch {
                    result = .failure(error)
                }
                writers.lock.withLock { writers.results[number] = result }
                writers.done.leave()
            }
            thread.start()
        }
        return writers
    }

    /// Every writer's result, in the order started.
    func wait() -> [Result<Int, WriteError>] {
        done.wait()
        return lock.withLock { results.sorted { $0.key < $1.key }.map(\.value) }
    }
}
