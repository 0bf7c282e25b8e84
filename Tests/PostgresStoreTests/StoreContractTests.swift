#if PostgreSQL
import CSDashTestSupport
import Foundation
import GrantModel
import GrantStore
import PostgresStore
import Testing

/// What every store does alike, run against both: a folder of CSV files and a PostgreSQL
/// database holding the same sample data. Reads, writes, refusals and the watch.
@Suite(.enabled(if: PrivateServer.isRunning, "needs the private PostgreSQL of scripts/test.sh"))
struct StoreContractTests {
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case folder, postgres
        var testDescription: String { rawValue }
    }

    /// A store holding sample-data of its own; the folder is removed with `scratch`.
    static func store(_ kind: Kind, _ scratch: borrowing ScratchFolder) throws -> any GrantDataStore {
        switch kind {
        case .folder:
            try FileManager.default.copyItem(atPath: sampleDataPath, toPath: scratch.path)
            return FolderStore(path: scratch.path)
        case .postgres:
            return try PostgresDataStore(url: PrivateServer.url(database: PrivateServer.withSampleData()))
        }
    }

    static let solihullQ2 = ReturnEdit.recording(areaID: "solihull", year: fy("2016/17"), quarter: .q2, received: d("2016-12-05"),
                                                 planned: Money(pounds: 214_454), spend: Money(pounds: 160_000), note: nil)

    @Test(arguments: Kind.allCases) func readsTheWholeDataSetAsTheFolderHasIt(_ kind: Kind) async throws {
        let scratch = ScratchFolder()
        let store = try Self.store(kind, scratch)
        let loaded = try await offThePool { [store] in try store.load(firstLook: false) }
        let folder = try DataFolder.load(sampleDataPath)
        #expect(loaded.errors.isEmpty, "\(loaded.errors)")
        #expect(loaded.grants?.areas == folder.grants?.areas)
        #expect(loaded.grants?.returns == folder.grants?.returns)
        #expect(loaded.grants?.payments == folder.grants?.payments)
        #expect(loaded.warnings.map(\.message) == folder.warnings.map(\.message))
    }

    @Test(arguments: Kind.allCases) func aWriteLandsAndIsReadBack(_ kind: Kind) async throws {
        let scratch = ScratchFolder()
        let store = try Self.store(kind, scratch)
        let outcome = try await offThePool { [store] in try store.writeReturns([Self.solihullQ2], command: "record", dryRun: false) }
        #expect(outcome.changes.map(\.field).sorted() == ["planned", "received", "spend"])
        let reread = try await offThePool { [store] in try store.load(firstLook: false) }.grants?.monitoringReturn(for: "solihull", in: fy("2016/17"), quarter: .q2)
        #expect(reread?.spend == Money(pounds: 160_000))
        #expect(reread?.received == d("2016-12-05"))
        let again = try await offThePool { [store] in try store.writeReturns([Self.solihullQ2], command: "record", dryRun: false) }
        #expect(again.changes.isEmpty)
    }

    @Test(arguments: Kind.allCases) func aDryRunWritesNothing(_ kind: Kind) async throws {
        let scratch = ScratchFolder()
        let store = try Self.store(kind, scratch)
        let outcome = try await offThePool { [store] in try store.writeReturns([Self.solihullQ2], command: "import", dryRun: true) }
        #expect(outcome.changes.count == 3)
        let reloaded = try await offThePool { [store] in try store.load(firstLook: false) }
        #expect(reloaded.grants?.monitoringReturn(for: "solihull", in: fy("2016/17"), quarter: .q2)?.spend == nil)
    }

    @Test(arguments: Kind.allCases) func anEditMadeAgainstValuesSinceChangedIsRefusedWhole(_ kind: Kind) async throws {
        let scratch = ScratchFolder()
        let store = try Self.store(kind, scratch)
        _ = try await offThePool { [store] in try store.writeReturns([Self.solihullQ2], command: "record", dryRun: false) }
        let stale = ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q2, fields: ["spend": "170000"], expected: ["spend": ""])
        let refusal = await #expect(throws: WriteError.self) { try await offThePool { [store] in try store.writeReturns([stale], command: "dashboard", dryRun: false) } }
        guard case .conflict(let conflicts) = refusal else { Issue.record("not a conflict: \(String(describing: refusal))"); return }
        #expect(conflicts.map(\.field) == ["spend"])
        #expect(conflicts.map(\.lastChange?.command) == ["record"], "who changed it, from the audit log")
        let spend = try await offThePool { [store] in try store.load(firstLook: false) }.grants?.monitoringReturn(for: "solihull", in: fy("2016/17"), quarter: .q2)?.spend
        #expect(spend == Money(pounds: 160_000))
    }

    @Test(arguments: Kind.allCases) func anEditThatWouldLeaveTheDataInvalidIsRefusedAndWritesNothing(_ kind: Kind) async throws {
        let scratch = ScratchFolder()
        let store = try Self.store(kind, scratch)
        let invalid = ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q2, fields: ["received": "2016-12-05", "spend": "lots"])
        let refusal = await #expect(throws: WriteError.self) { try await offThePool { [store] in try store.writeReturns([invalid], command: "record", dryRun: false) } }
        guard case .invalid(let problems) = refusal else { Issue.record("not invalid: \(String(describing: refusal))"); return }
        #expect(!problems.isEmpty)
        let reloaded = try await offThePool { [store] in try store.load(firstLook: false) }
        #expect(reloaded.grants?.monitoringReturn(for: "solihull", in: fy("2016/17"), quarter: .q2)?.received == nil)
    }

    @Test(arguments: Kind.allCases) func aPaymentIsWritten(_ kind: Kind) async throws {
        let scratch = ScratchFolder()
        let store = try Self.store(kind, scratch)
        let payment = ReturnEdit.paying(areaID: "solihull", year: fy("2016/17"), quarter: .q3, amount: Money(pounds: 5_000),
                                        paid: d("2016-12-06"), ref: "PO-7")
        let outcome = try await offThePool { [store] in try store.writePayments([payment], command: "pay", dryRun: false) }
        #expect(!outcome.changes.isEmpty)
        let reloaded = try await offThePool { [store] in try store.load(firstLook: false) }
        #expect(reloaded.grants?.payment(for: "solihull", in: fy("2016/17"), quarter: .q3)?.amount == Money(pounds: 5_000))
    }

    @Test(arguments: Kind.allCases) func theWatcherHearsAnotherWritersChangeWithinASecond(_ kind: Kind) async throws {
        let scratch = ScratchFolder()
        let store = try Self.store(kind, scratch)
        var watcher = store.makeWatcher()
        // The database's listener connects on a thread of its own.
        try await Task.sleep(for: .seconds(1))
        let before = watcher.poll()
        #expect(!before)
        _ = try await offThePool { [store] in try store.writeReturns([Self.solihullQ2], command: "record", dryRun: false) }
        let deadline = Date().addingTimeInterval(1)
        var heard = false
        while !heard && Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
            heard = watcher.poll()
        }
        #expect(heard)
    }

    @Test(arguments: Kind.allCases) func aCorrectionIsReadBackFromTheAuditLogAndUndoneAsRecorded(_ kind: Kind) async throws {
        let scratch = ScratchFolder()
        let store = try Self.store(kind, scratch)
        let loaded = try await offThePool { [store] in try store.load(firstLook: false) }
        let grants = try #require(loaded.grants)
        let none = try await offThePool { [store] in store.auditTrail(for: grants) }
        #expect(!none.exists, "sample-data has no audit log")
        #expect(store.replayWarnings(none).map(\.severity) == [.warning])
        let correction = ReturnEdit.recording(areaID: "birmingham", year: fy("2016/17"), quarter: .q2, received: d("2016-10-26"),
                                              planned: Money(pounds: 1_630_367), spend: Money(pounds: 600_000), note: nil)
        _ = try await offThePool { [store] in try store.writeReturns([correction], command: "record", dryRun: false) }
        let trail = try await offThePool { [store] in store.auditTrail(for: grants) }
        #expect(trail.exists && trail.problems.isEmpty, "\(trail.problems)")
        #expect(trail.changes.map(\.old) == [.spend(Money(pounds: 508_449))])
        #expect(trail.changes.map(\.new) == [.spend(Money(pounds: 600_000))])
        #expect(store.replayWarnings(trail).isEmpty)
        let today = try #require(trail.changes.first?.day)
        let corrected = try await offThePool { [store] in try store.load(firstLook: false) }
        let before = try await offThePool { [store] in corrected.asRecorded(on: today.adding(days: -1), from: store) }
        #expect(before.grants?.monitoringReturn(for: "birmingham", in: fy("2016/17"), quarter: .q2)?.spend == Money(pounds: 508_449))
        let after = try await offThePool { [store] in corrected.asRecorded(on: today, from: store) }
        #expect(after.grants?.monitoringReturn(for: "birmingham", in: fy("2016/17"), quarter: .q2)?.spend == Money(pounds: 600_000))
    }
}
#endif
