import Foundation
import GrantModel
import GrantStore
import Testing

/// `csdash record`, `review` and `pay` killed with SIGKILL at random moments on a large folder:
/// afterwards the folder is always valid, the file written (returns.csv or payments.csv) is exactly
/// the old file or exactly the new one, never torn, the other is untouched, and (once the
/// interrupted change is settled, as the next write does) every field that differs from the
/// original has its audit lines, and every audit line is a change that happened.
struct KillDurabilityTests {
    typealias Folder = KillDurabilityFolder

    /// returns.csv and payments.csv with their bytes: one is written, the other must be left alone.
    static func dataFiles(_ folder: URL) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for file in Folder.files { files[file] = try Folder.bytes(folder, file) }
        return files
    }

    /// `check` passes and counts every return.
    static func expectValid(_ folder: SampleDataCopy, _ context: String) throws -> RunResult {
        let check = try csdash("check", folder.path)
        #expect(check.status == 0, "\(context): \(check)")
        #expect(check.stdout.contains("\(Folder.totalReturns) returns"), "\(context): \(check)")
        return check
    }

    /// The fields of both files, parsing again only `file` when `parsed` has the others.
    static func fields(_ folder: URL, after parsed: [String: [String: String]], rewriting file: String?) throws -> [String: [String: String]] {
        var fields = parsed
        for name in Folder.files where name == file || parsed[name] == nil { fields[name] = try Folder.fields(folder, name) }
        return fields
    }

    @Test(.timeLimit(.minutes(2)))
    func killingAWriteMidWayNeverLeavesATornOrInvalidFolder() throws {
        let folder = try Folder.largeFolder()
        // Leftover temporary files from an earlier crash, not valid CSV: they must never be read as data.
        let strays = Folder.files.map { folder.url.appendingPathComponent(".\($0).csdash-99999-1.tmp") }
        for stray in strays { try Data("area_id,year\n\"unterminated".utf8).write(to: stray) }
        let first = try Self.expectValid(folder, "before any write")
        try #require(first.status == 0)
        var parsed = try Self.fields(folder.url, after: [:], rewriting: nil)
        let originalFields = parsed.values.reduce(into: [:]) { all, fields in all.merge(fields) { $1 } }

        // A second copy in which the test works out, with the real write path, what each edit gives.
        let mirror = try SampleDataCopy()
        for name in ["areas.csv", "allocations.csv"] + Folder.files {
            try FileManager.default.removeItem(at: mirror.url.appendingPathComponent(name))
            try FileManager.default.copyItem(at: folder.url.appendingPathComponent(name), to: mirror.url.appendingPathComponent(name))
        }

        // One uninterrupted run of each command, to learn how long each takes here.
        let clock = ContinuousClock()
        var runTimes: [Folder.Write.Command: Duration] = [:]
        for number in 0..<3 {
            let warmUp = Folder.write(folder.path, number)
            let started = clock.now
            let finished = try csdash(warmUp.arguments)
            runTimes[warmUp.command] = clock.now - started
            try #require(finished.status == 0, "\(finished)")
            try warmUp.apply(to: mirror.path)
            try #require(try Self.dataFiles(folder.url) == Self.dataFiles(mirror.url), "the mirror computes what csdash \(warmUp.command) writes")
        }
        for stray in strays { #expect(!FileManager.default.fileExists(atPath: stray.path), "a stray temporary file survived a successful write") }
        parsed = try Self.fields(folder.url, after: [:], rewriting: nil)

        // Each kill costs a check and a replay of the audit log besides the killed run: 50 s gives
        // 13 to 23 kills on two cores shared with other builds, and leaves the test inside its 2 minutes.
        let deadline = clock.now + .seconds(50)
        var generator = SystemRandomNumberGenerator()
        var outcomes = (old: 0, new: 0, completed: 0, duringWrite: 0, afterRename: 0)
        var kills: [Folder.Write.Command: Int] = [:]
        var iteration = 3
        while iteration < 33, clock.now < deadline {
            defer { iteration += 1 }
            let write = Folder.write(folder.path, iteration)
            let runTime = runTimes[write.command] ?? .seconds(1)
            let before = try Self.dataFiles(folder.url)
            let old = before[write.file] ?? []

            let writer = try BackgroundCSDash(write.arguments)
            let pid = writer.process.processIdentifier
            let moment: String
            // A third of the kills at a random moment of the run; a third the moment its journal or
            // temporary file appears (while it is written, synced or about to be renamed), plus up
            // to 3 ms; a third the moment the file is replaced, before its audit lines are
            // appended. The commands take turns, so each is killed all three ways.
            let path = folder.path + "/" + write.file
            let signature = Folder.signature(path)
            let giveUp = clock.now + runTime * 3
            switch (iteration / 3) % 3 {
            case 0:
                let runMilliseconds = Int(runTime.components.seconds * 1000 + runTime.components.attoseconds / 1_000_000_000_000_000)
                let delay = Int.random(in: 0...(runMilliseconds * 6 / 5 + 1), using: &generator)
                usleep(useconds_t(delay * 1000))
                moment = "after \(delay) ms"
            case 1:
                // The first sign of writing: its journal or temporary file, or the file itself
                // changing (which a writer that wrote in place would show by truncating it).
                var seen = false
                while !seen, writer.process.isRunning, clock.now < giveUp {
                    seen = Folder.signature(path) != signature
                        || ((try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
                            .contains { $0 == CommitJournal.fileName || $0.hasPrefix(".\(write.file).csdash-\(pid)-") } ?? false)
                    if !seen { usleep(200) }
                }
                let extra = Int.random(in: 0...3000, using: &generator)
                usleep(useconds_t(extra))
                if seen { outcomes.duringWrite += 1 }
                moment = seen ? "\(extra) µs after it began to write" : "after it ended"
            default:
                var replaced = false
                while !replaced, writer.process.isRunning, clock.now < giveUp {
                    replaced = Folder.signature(path) != signature
                    if !replaced { usleep(100) }
                }
                let extra = Int.random(in: 0...300, using: &generator)
                usleep(useconds_t(extra))
                if replaced { outcomes.afterRename += 1 }
                moment = replaced ? "\(extra) µs after the file was replaced" : "after it ended"
            }
            kill(pid, SIGKILL)
            kills[write.command, default: 0] += 1
            let result = try writer.finish()
            let context = "iteration \(iteration), \(write.command) killed \(moment)"
            #expect(result.status == 0 || result.status == 128 + SIGKILL, "\(context): \(result)")

            let after = try Self.dataFiles(folder.url)
            for file in Folder.files where file != write.file {
                #expect(after[file] == before[file], "\(context): \(file), which \(write.command) does not write, changed")
            }
            let now = after[write.file] ?? []
            if now == old {
                outcomes.old += 1
                #expect(result.status != 0, "\(context): csdash said it wrote but \(write.file) is the old one")
            } else {
                // Only now is the new version needed: the same edit through the same write path, on the mirror.
                for (file, bytes) in before { try Data(bytes).write(to: mirror.url.appendingPathComponent(file)) }
                try write.apply(to: mirror.path)
                let new = try Folder.bytes(mirror.url, write.file)
                #expect(now == new, "\(context): \(write.file) is neither the old nor the new file")
                outcomes.new += 1
                if result.status == 0 { outcomes.completed += 1 }
            }
            let check = try Self.expectValid(folder, context)
            let pending = FileManager.default.fileExists(atPath: folder.path + "/" + CommitJournal.fileName)
            if pending { #expect(check.stderr.contains("an interrupted change"), "\(check)") }
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
            where name.hasPrefix(".") && name != FolderLock.fileName && name != CommitJournal.fileName {
                #expect(Folder.files.contains { name.hasPrefix(".\($0).csdash-") } && name.hasSuffix(".tmp"), "stray file \(name)")
            }
            // What the next write does first; then the change and its audit are both there or neither.
            _ = try CommitJournal.settle(in: folder.path)
            #expect(try Self.dataFiles(folder.url) == after, "\(context): settling the journal changed a data file")
            // Parsed again only when the file is new: the other file keeps its bytes (above).
            parsed = try Self.fields(folder.url, after: parsed, rewriting: now == old ? nil : write.file)
            let fields = parsed.values.reduce(into: [:]) { all, fields in all.merge(fields) { $1 } }
            try Folder.expectAuditExplains(fields, from: originalFields, in: folder.path, context)
            if check.status != 0 { break }
        }
        let killed = kills.values.reduce(0, +)
        #expect(killed >= 10, "only \(killed) kills in the time allowed")
        #expect(Folder.Write.Command.allCases.allSatisfy { kills[$0, default: 0] >= 3 }, "\(kills)")
        // The report and the payments list still read the folder, whatever temporary files are left.
        let report = try csdash("report", folder.path, "--as-of", "2020-06-01", "--format", "csv")
        #expect(report.status == 0, "\(report)")
        let payments = try csdash("payments", folder.path, "--as-of", "2020-06-01", "--format", "csv")
        #expect(payments.status == 0, "\(payments)")
        // A last write of each command that runs to the end leaves no temporary file, whatever the kills left.
        for number in 1000..<1003 {
            let last = try csdash(Folder.write(folder.path, number).arguments)
            #expect(last.status == 0, "\(last)")
        }
        let hidden = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(hidden == [FolderLock.fileName], "left after a successful write: \(hidden)")
        try Folder.expectAuditExplains(try Folder.fields(folder.url), from: originalFields, in: folder.path, "after the last writes")
        let runs = Folder.Write.Command.allCases.map { "a \($0) takes \(runTimes[$0] ?? .zero)" }.joined(separator: ", ")
        print("kill -9 durability: \(killed) kills (record \(kills[.record, default: 0]), review \(kills[.review, default: 0]), pay \(kills[.pay, default: 0]); \(outcomes.duringWrite) once it began to write, \(outcomes.afterRename) once the file was replaced); old file \(outcomes.old), new file \(outcomes.new) (\(outcomes.completed) ran to the end); \(runs)")
    }
}
