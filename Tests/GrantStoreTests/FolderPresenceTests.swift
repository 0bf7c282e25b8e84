import Foundation
import GrantStore
import Testing

/// No folder, not a data folder, a required file missing.
struct FolderPresenceTests {
    @Test func missingFolderThrowsNotFound() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-none-\(UUID().uuidString)").path
        #expect(throws: DataFolderError.notFound(path: path)) { try DataFolder.load(path) }
    }

    @Test func aFileIsNotAFolder() throws {
        let folder = try DataFolderFixture()
        let file = folder.path + "/areas.csv"
        #expect(throws: DataFolderError.notFound(path: file)) { try DataFolder.load(file) }
    }

    @Test func folderWithNoneOfTheRequiredFilesThrowsNotADataFolder() throws {
        let folder = try DataFolderFixture([], files: ["decisions.csv": "decision_ref\n", "notes.txt": "hello\n"])
        do {
            _ = try DataFolder.load(folder.path)
            Issue.record("expected notADataFolder")
        } catch {
            #expect(error == .notADataFolder(path: folder.path,
                                             missing: ["funders.csv", "areas.csv", "allocations.csv", "returns.csv"]))
            #expect(error.description.hasPrefix("\(folder.path): error: not a csdash data folder"))
        }
    }

    @Test func emptyFolderIsNotADataFolder() throws {
        let folder = try DataFolderFixture([], files: [:])
        #expect(throws: DataFolderError.self) { try DataFolder.load(folder.path) }
        do { _ = try DataFolder.load(folder.path) } catch {
            if case .notADataFolder = error {} else { Issue.record("expected notADataFolder, got \(error)") }
        }
    }

    @Test(arguments: ["funders.csv", "areas.csv", "allocations.csv", "returns.csv"])
    func missingRequiredFileIsADiagnostic(_ name: String) throws {
        let folder = try DataFolderFixture([.remove(name)])
        let loaded = try folder.load()
        #expect(loaded.grants == nil)
        let prefix = "\(folder.path)/\(name): error: missing file: a data folder needs funders.csv, areas.csv, allocations.csv, returns.csv"
        // One error: the rows that refer to the missing file are not each blamed for it.
        #expect(loaded.errors.count == 1, "\(listing(loaded))")
        #expect(loaded.errors.first?.description == prefix, "\(listing(loaded))")
    }

    @Test func trailingSlashInTheFolderNameDoesNotDoubleIt() throws {
        let folder = try DataFolderFixture([.remove("returns.csv")])
        let loaded = try DataFolder.load(folder.path + "/")
        #expect(loaded.errors.contains { $0.path == folder.path + "/returns.csv" }, "\(listing(loaded))")
    }
}
