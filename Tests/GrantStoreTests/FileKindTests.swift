import Foundation
import GrantStore
import Testing

/// Only regular files are read, and none over the size limit: a FIFO, a device or a folder in a
/// data file's place is an error naming what it is, found at once, before any byte is read.
struct FileKindTests {
    static func onlyError(_ folder: DataFolderFixture, _ file: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let loaded = try folder.load()
        let errors = loaded.errors.filter { $0.path.hasSuffix("/" + file) }
        #expect(errors.count == 1, "\(listing(loaded))", sourceLocation: sourceLocation)
        #expect(loaded.grants == nil, sourceLocation: sourceLocation)
        return errors.first?.message ?? ""
    }

    @Test(.timeLimit(.minutes(1)))
    func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        for name in ["areas.csv", "projects.csv"] {
            let folder = try DataFolderFixture([.remove(name)])
            #expect(mkfifo(folder.path + "/" + name, 0o644) == 0)
            #expect(try Self.onlyError(folder, name) == "cannot be read: is a pipe (FIFO), not a regular file")
        }
    }

    @Test func aDeviceIsRefusedRatherThanReadForever() throws {
        let folder = try DataFolderFixture([.remove("projects.csv")])
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/projects.csv", withDestinationPath: "/dev/zero")
        #expect(try Self.onlyError(folder, "projects.csv") == "cannot be read: is a device, not a regular file")
    }

    @Test func aFolderNamedLikeADataFileSaysItIsAFolder() throws {
        let folder = try DataFolderFixture([.remove("returns.csv")])
        try FileManager.default.createDirectory(atPath: folder.path + "/returns.csv", withIntermediateDirectories: false)
        #expect(try Self.onlyError(folder, "returns.csv") == "cannot be read: is a folder, not a file")
    }

    /// Sparse: 2 GiB that take no room on disk, refused from their size alone.
    @Test(arguments: ["projects.csv", "returns.csv"])
    func aFileOverTheLimitIsRefusedBeforeItIsRead(_ name: String) throws {
        let folder = try DataFolderFixture()
        let handle = try FileHandle(forWritingTo: folder.url.appendingPathComponent(name))
        try handle.truncate(atOffset: UInt64(2) << 30)
        try handle.close()
        #expect(try Self.onlyError(folder, name) == "cannot be read: it is 2 GiB, over the 1 GiB limit for a data file")
        #expect(FileBytes.sizeLimit == 1 << 30)
    }
}
