import Foundation
import GrantModel
import GrantStore
import Testing

/// returns.csv as a link to a shared file is written through, in the shared file's folder; a
/// read-only returns.csv is refused, never replaced.
struct LinkedAndReadOnlyReturnsTests {
    typealias W = WriterFixture

    @Test func aLinkedReturnsFileIsWrittenThroughToItsTarget() throws {
        let folder = try DataFolderFixture()
        let shared = try DataFolderFixture([], files: [:])
        try FileManager.default.moveItem(atPath: folder.path + "/returns.csv", toPath: shared.path + "/returns.csv")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/returns.csv", withDestinationPath: shared.path + "/returns.csv")

        _ = try ReturnsWriter.apply([W.edit("bham", .q1, ["spend": "150"])], to: folder.path, command: "test")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/returns.csv")
        #expect(link == shared.path + "/returns.csv", "the link is kept")
        #expect(try shared.read("returns.csv").contains("bham,2016/17,Q1,2016-07-20,400,150,"), "the shared file is updated")
        #expect(try W.temporaryFiles(folder.path).isEmpty && W.temporaryFiles(shared.path).isEmpty)
        #expect(try FolderBytes.auditRows(folder.path).count == 2, "the audit stays with the data folder")
    }

    @Test func aReadOnlyReturnsFileIsRefusedAndLeftAlone() throws {
        let folder = try DataFolderFixture()
        #expect(chmod(folder.path + "/returns.csv", 0o444) == 0)
        let before = try FolderBytes.snapshot(folder.path)
        let error = W.writeError { () throws(WriteError) in
            try ReturnsWriter.apply([W.edit("bham", .q1, ["spend": "150"])], to: folder.path, command: "test")
        }
        guard case .refused(let path, let reason) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(path.hasSuffix("/returns.csv"))
        #expect(reason.contains("is read-only (mode 444)") && reason.contains("nothing was written"), "\(reason)")
        try FolderBytes.expectUnchanged(folder.path, since: before)
        var status = stat()
        #expect(stat(folder.path + "/returns.csv", &status) == 0 && status.st_mode & 0o777 == 0o444)
    }
}
