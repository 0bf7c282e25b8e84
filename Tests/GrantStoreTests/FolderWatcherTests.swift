import Foundation
import GrantStore
import Testing

/// Noticing changes on disk: in place, by an editor's replace-by-rename, a file appearing or going.
struct FolderWatcherTests {
    private func status(_ path: String) -> stat {
        var result = stat()
        #expect(stat(path, &result) == 0, "stat \(path)")
        return result
    }

    @Test func pollIsFalseWithNoChangeAndTrueOnceAfterAnInPlaceWrite() throws {
        let folder = try DataFolderFixture()
        var watcher = FolderWatcher(folder: folder.path)
        #expect(!(watcher.poll() as Bool))
        #expect(!(watcher.poll() as Bool))
        // A file that is not part of the data (the audit log, a lock, a temporary file) is no change.
        try folder.write("audit.csv", "time,user\n")
        try folder.write(".returns.csv.csdash-1-2.tmp", "junk")
        #expect(!(watcher.poll() as Bool))

        let path = folder.path + "/returns.csv"
        let inode = status(path).st_ino
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("bham,2016/17,Q2,,,,\n".utf8))
        try handle.close()
        #expect(status(path).st_ino == inode, "written in place")
        #expect((watcher.poll() as Bool))
        #expect(!(watcher.poll() as Bool), "a change is reported once")
    }

    @Test func replaceByRenameWithTheSameSizeAndModificationTimeIsNoticed() throws {
        let folder = try DataFolderFixture()
        let path = folder.path + "/returns.csv"
        var watcher = FolderWatcher(folder: folder.path)
        let old = status(path)
        let text = try folder.read("returns.csv")
        let changed = text.replacingOccurrences(of: "400,100", with: "400,101")
        #expect(changed.utf8.count == text.utf8.count && changed != text)

        // An editor's save: a new file beside the old, renamed over it, its times set back.
        let temporary = folder.path + "/.returns.csv.swp"
        try Data(changed.utf8).write(to: URL(fileURLWithPath: temporary))
        var times = [old.st_atim, old.st_mtim]
        #expect(utimensat(AT_FDCWD, temporary, &times, 0) == 0)
        #expect(rename(temporary, path) == 0)
        let new = status(path)
        #expect(new.st_size == old.st_size)
        #expect(new.st_mtim.tv_sec == old.st_mtim.tv_sec && new.st_mtim.tv_nsec == old.st_mtim.tv_nsec)
        #expect(new.st_ino != old.st_ino)

        #expect((watcher.poll() as Bool))
        #expect(!(watcher.poll() as Bool))
    }

    @Test func aFileAppearingOrGoingIsAChange() throws {
        let folder = try DataFolderFixture([.remove("projects.csv")])
        var watcher = FolderWatcher(folder: folder.path)
        try folder.write("projects.csv", DataFolderFixture.minimal["projects.csv"]!)
        #expect((watcher.poll() as Bool))
        try FileManager.default.removeItem(atPath: folder.path + "/reserves.csv")
        #expect((watcher.poll() as Bool))
        #expect(!(watcher.poll() as Bool))
    }

    @Test func acceptCurrentForgetsChangesSoFar() throws {
        let folder = try DataFolderFixture()
        var watcher = FolderWatcher(folder: folder.path)
        // csdash's own save (a replace by rename) is accepted and not reported.
        _ = try ReturnsWriter.apply([WriterFixture.edit("bham", .q2, ["received": "2016-10-20"])], to: folder.path, command: "test")
        watcher.acceptCurrent()
        #expect(!(watcher.poll() as Bool))
        // A later change still is.
        _ = try ReturnsWriter.apply([WriterFixture.edit("bham", .q2, ["spend": "5"])], to: folder.path, command: "test")
        #expect((watcher.poll() as Bool))
    }
}
