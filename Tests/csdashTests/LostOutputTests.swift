import Foundation
import GrantStore
import Testing

/// Output that was lost is never reported as success (exit 74, one line on stderr); a reader that
/// stops early is no failure and stays quiet; a closed or full standard error crashes nothing.
/// The redirections are made by /bin/sh, as a user's would be.
struct LostOutputTests {
    /// Runs `script` in /bin/sh, in the package root, with `$CSDASH` the binary under test.
    static func shell(_ script: String) throws -> RunResult {
        try run(URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: packageRoot,
                environment: ["CSDASH": csdashBinary.path, "CSDASH_DATA": nil, "TERM": "dumb"])
    }

    static let commands = [
        "report sample-data --as-of 2016-12-06", "report sample-data --as-of 2016-12-06 --format html",
        "returns sample-data --as-of 2016-12-06 --format json", "check sample-data",
        "export sample-data --format 360giving", "sample-data --as-of 2016-12-06", "--help",
    ]

    @Test(arguments: commands)
    func outputToAFullDeviceExits74WithOneLine(_ command: String) throws {
        let result = try Self.shell("\"$CSDASH\" \(command) > /dev/full")
        #expect(result.status == 74, "\(result)")
        let lines = result.stderrLines.filter { $0.hasPrefix("csdash:") }
        #expect(lines == ["csdash: error: cannot write standard output: No space left on device; the output is incomplete"], "\(result)")
    }

    @Test(arguments: commands)
    func aClosedStandardOutputExits74(_ command: String) throws {
        let result = try Self.shell("\"$CSDASH\" \(command) >&-")
        #expect(result.status == 74, "\(result)")
        #expect(result.stderr.contains("csdash: error: standard output is closed; the output is incomplete"), "\(result)")
    }

    @Test(arguments: commands)
    func aReaderThatStopsEarlyIsQuiet(_ command: String) throws {
        // Enough output to fill the pipe, so that csdash is still writing when head has gone.
        let result = try Self.shell("exec 3>&1; { \"$CSDASH\" \(command); echo \"status $?\" >&3; } | head -c 1 > /dev/null")
        #expect(result.stdout == "status 0\n", "\(result)")
        #expect(!result.stderr.contains("csdash:"), "\(result)")
    }

    @Test func aLargeReportToAFullDiskExits74() throws {
        let mount = try FullDisk()
        guard let mountPoint = mount.path else {
            print("skipped: a small tmpfs could not be mounted here (\(mount.refusal)); /dev/full stands in for a full disk")
            return
        }
        let result = try Self.shell("\"$CSDASH\" returns sample-data --as-of 2016-12-06 --format json > \(mountPoint)/out.json")
        #expect(result.status == 74, "\(result)")
        #expect(result.stderr.contains("No space left on device"), "\(result)")
    }

    @Test func aRecordWhoseOutputIsLostSaysTheChangeWasWritten() throws {
        let folder = try SampleDataCopy()
        let result = try Self.shell("\"$CSDASH\" record \(folder.path) --area solihull --year 2016/17 --quarter Q2 "
                                    + "--received 2016-12-05 --planned 1 --spend 1 > /dev/full")
        #expect(result.status == 74, "\(result)")
        #expect(result.stderr.contains("the change itself was written and audited"), "\(result)")
        #expect(try FolderBytes.auditRows(folder.path).count == 1 + 3)
    }

    @Test(arguments: ["2>&-", "2>/dev/full"])
    func aClosedOrFullStandardErrorCrashesNothing(_ redirection: String) throws {
        let check = try Self.shell("\"$CSDASH\" check sample-data \(redirection)")
        #expect(check.status == 0, "\(check)")
        #expect(check.stdout.contains("0 errors, 1 warning"), "\(check)")

        let folder = try SampleDataCopy()
        let record = try Self.shell("\"$CSDASH\" record \(folder.path) --area solihull --year 2016/17 --quarter Q2 "
                                    + "--received 2016-12-05 --planned 1 --spend 1 \(redirection)")
        #expect(record.status == 0, "\(record)")
        let file = try ScratchFile("q3.csv", "area_id,year,quarter,received,planned,spend\nsolihull,2016/17,Q3,2017-01-20,2,2\n")
        let imported = try Self.shell("\"$CSDASH\" import \(folder.path) \(file.path) \(redirection)")
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout.contains("3 field changes written"), "\(imported)")
        #expect(try FolderBytes.auditRows(folder.path).count == 1 + 3 + 3)
    }
}

/// A tmpfs of 8 KiB mounted for one test, removed when released; `path` nil when mounting is
/// refused (not root, or no mount permission in this container).
final class FullDisk {
    let path: String?
    let refusal: String
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let mounted = try run(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=8k", "tmpfs", folder.path])
        path = mounted.status == 0 ? folder.path : nil
        refusal = mounted.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit {
        if path != nil { _ = try? run(URL(fileURLWithPath: "/bin/umount"), [folder.path]) }
        try? FileManager.default.removeItem(at: folder)
    }
}

/// Under memory pressure a large file is refused with a clear message, not an abort.
struct MemoryPressureTests {
    @Test func aLargeFileWithoutTheMemoryToReadItIsAClearError() throws {
        let folder = try SampleDataCopy()
        let handle = try FileHandle(forWritingTo: folder.url.appendingPathComponent("returns.csv"))
        try handle.truncate(atOffset: 900 << 20)
        try handle.close()
        // 1.2 GB of address space: room for csdash itself, not for 900 MiB and its scan.
        let result = try LostOutputTests.shell("ulimit -v 1200000 && \"$CSDASH\" check \(folder.path)")
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.contains("returns.csv: error: cannot be read: not enough memory to read its 900 MiB"), "\(result)")
    }
}
