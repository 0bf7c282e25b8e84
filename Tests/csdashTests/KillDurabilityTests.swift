import Foundation
import GrantModel
import GrantStore
import Testing

/// `csdash record` killed with SIGKILL at random moments on a large folder: afterwards the folder
/// is always valid, returns.csv is exactly the old file or exactly the new one, never torn, and
/// (once the interrupted change is settled, as the next write does) every field that differs
/// from the original has its audit lines, and every audit line is a change that happened.
struct KillDurabilityTests {
    /// Synthetic West Midlands areas added to the sample data, each allocated four years with four
    /// returns a year: 250 areas give 4,000 more rows (a 180 kB returns.csv). 20,000 rows would make
    /// each run of a debug build take over 3 s, leaving too few kills in the time this test may take.
    static let syntheticAreas = 250
    static let totalReturns = 42 + syntheticAreas * 16
    static let years = 2016...2019

    static func areaID(_ number: Int) -> String { String(format: "syn-%04d", number) }

    static func yearText(_ start: Int) -> String { String(format: "%d/%02d", start, (start + 1) % 100) }

    /// A copy of sample-data with the synthetic areas, their allocations and returns.
    static func largeFolder() throws -> SampleDataCopy {
        let folder = try SampleDataCopy()
        var areas = "", allocations = "", returns = ""
        for number in 0..<syntheticAreas {
            let area = areaID(number)
            areas += "\(area),west-midlands,Synthetic Area \(number),csp,,,,,\n"
            for start in years {
                allocations += "\(area),\(yearText(start)),100000,0,Police main grant,,\n"
                let received = ["\(start)-07-20", "\(start)-10-20", "\(start + 1)-01-20", "\(start + 1)-04-20"]
                for quarter in 0..<4 {
                    returns += "\(area),\(yearText(start)),Q\(quarter + 1),\(received[quarter]),\(20_000 * (quarter + 1)),\(10_000 * (quarter + 1)),\n"
                }
            }
        }
        for (file, rows) in [("areas.csv", areas), ("allocations.csv", allocations), ("returns.csv", returns)] {
            let handle = try FileHandle(forWritingTo: folder.url.appendingPathComponent(file))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(rows.utf8))
            try handle.close()
        }
        return folder
    }

    /// The record command of iteration `number`: a different return each time, so that each run changes the file.
    static func recordArguments(_ folder: String, _ number: Int) -> (arguments: [String], edit: ReturnEdit) {
        let area = areaID((number * 37) % syntheticAreas)
        let start = years.lowerBound + number % years.count
        let quarter = Quarter.allCases[number % 4]
        let received = FinancialYear(startYear: start).lastDay(of: quarter).adding(days: 5 + number % 20)
        let planned = Money(pounds: Int64(90_000 + number)), spend = Money(pounds: Int64(50_000 + number))
        let arguments = ["record", folder, "--area", area, "--year", yearText(start), "--quarter", "\(quarter)",
                         "--received", "\(received)", "--planned", planned.plainAmount(), "--spend", spend.plainAmount()]
        let edit = ReturnEdit.recording(areaID: area, year: FinancialYear(startYear: start), quarter: quarter,
                                        received: received, planned: planned, spend: spend, note: nil)
        return (arguments, edit)
    }

    /// Inode, size and modification time: changes when the file is written in place or replaced.
    static func signature(_ path: String) -> [Int] {
        var status = stat()
        guard stat(path, &status) == 0 else { return [] }
        return [Int(status.st_ino), Int(status.st_size), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
    }

    static func returnsBytes(_ folder: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent("returns.csv")))
    }

    /// Every field of every return, by its audit key (`syn-0001 2016/17 Q1`) and column.
    static func returnFields(_ folder: URL) throws -> [String: String] {
        let table = try CSVTable.parse(path: "returns.csv", bytes: returnsBytes(folder)).get()
        var fields: [String: String] = [:]
        for record in table.records {
            let values = record.fields.map(\.value)
            let key = "\(values[0]) \(values[1]) \(values[2])"
            for (column, value) in zip(table.columnNames, values).dropFirst(3) { fields["\(key)|\(column)"] = value }
        }
        return fields
    }

    /// Expects audit.csv to account for every difference between `original` and `now`: for each
    /// field, its lines in order go from the original value to the current one, each starting where
    /// the one before ended; a field with no line is unchanged.
    static func expectAuditExplains(_ now: [String: String], from original: [String: String], in folder: String,
                                    _ context: String) throws {
        var replayed = original
        for line in try FolderBytes.auditRows(folder).dropFirst() {
            let field = "\(line[4])|\(line[5])"
            #expect((replayed[field] ?? "") == line[6], "\(context): audit line \(line) starts from \(replayed[field] ?? "nothing")")
            replayed[field] = line[7]
        }
        for field in Set(now.keys).union(original.keys) where (now[field] ?? "") != (original[field] ?? "") {
            #expect((replayed[field] ?? "") == (now[field] ?? ""),
                    "\(context): \(field) is \(now[field] ?? "absent") but its audit lines end at \(replayed[field] ?? "nothing")")
        }
        for field in replayed.keys where (replayed[field] ?? "") != (now[field] ?? "") && now[field] != nil {
            #expect(Bool(false), "\(context): the audit says \(field) became \(replayed[field]!), but it is \(now[field]!)")
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func killingARecordMidWayNeverLeavesATornOrInvalidFolder() throws {
        let folder = try Self.largeFolder()
        // A leftover temporary file from an earlier crash, not valid CSV: it must never be read as data.
        let stray = folder.url.appendingPathComponent(".returns.csv.csdash-99999-1.tmp")
        try Data("area_id,year\n\"unterminated".utf8).write(to: stray)
        let first = try csdash("check", folder.path)
        try #require(first.status == 0, "\(first)")
        let originalFields = try Self.returnFields(folder.url)
        #expect(first.stdout.contains("\(Self.totalReturns) returns"), "\(first)")

        // A second copy in which the test works out, with the real write path, what each edit gives.
        let mirror = try SampleDataCopy()
        for name in ["areas.csv", "allocations.csv", "returns.csv"] {
            try FileManager.default.removeItem(at: mirror.url.appendingPathComponent(name))
            try FileManager.default.copyItem(at: folder.url.appendingPathComponent(name), to: mirror.url.appendingPathComponent(name))
        }

        // One uninterrupted run, to learn how long a record takes here.
        let clock = ContinuousClock()
        let warmUp = Self.recordArguments(folder.path, 0)
        let started = clock.now
        let finished = try csdash(warmUp.arguments)
        let runTime = clock.now - started
        try #require(finished.status == 0, "\(finished)")
        _ = try ReturnsWriter.apply([warmUp.edit], to: mirror.path, command: "mirror")
        try #require(try Self.returnsBytes(folder.url) == Self.returnsBytes(mirror.url), "the mirror computes what csdash writes")
        #expect(!FileManager.default.fileExists(atPath: stray.path), "a stray temporary file survived a successful write")

        // Half the kills at a random moment of the run; half the moment its temporary file appears
        // (while it is written, synced or about to be renamed), plus up to 3 ms.
        let runMilliseconds = Int(runTime.components.seconds * 1000 + runTime.components.attoseconds / 1_000_000_000_000_000)
        let deadline = clock.now + .seconds(35)
        var generator = SystemRandomNumberGenerator()
        var outcomes = (old: 0, new: 0, completed: 0, duringWrite: 0)
        var iteration = 1
        while iteration <= 30, clock.now < deadline {
            defer { iteration += 1 }
            let (arguments, edit) = Self.recordArguments(folder.path, iteration)
            let old = try Self.returnsBytes(folder.url)

            let writer = try BackgroundCSDash(arguments)
            let pid = writer.process.processIdentifier
            let moment: String
            if iteration % 2 == 0 {
                let delay = Int.random(in: 0...(runMilliseconds * 6 / 5 + 1), using: &generator)
                usleep(useconds_t(delay * 1000))
                moment = "after \(delay) ms"
            } else {
                // The first sign of writing: its journal or temporary file, or returns.csv itself
                // changing (which a writer that wrote in place would show by truncating it).
                let returnsPath = folder.path + "/returns.csv"
                let before = Self.signature(returnsPath)
                let giveUp = clock.now + runTime * 3
                var seen = false
                while !seen, writer.process.isRunning, clock.now < giveUp {
                    seen = Self.signature(returnsPath) != before
                        || ((try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
                            .contains { $0 == CommitJournal.fileName || $0.hasPrefix(".returns.csv.csdash-\(pid)-") } ?? false)
                    if !seen { usleep(200) }
                }
                let extra = Int.random(in: 0...3000, using: &generator)
                usleep(useconds_t(extra))
                if seen { outcomes.duringWrite += 1 }
                moment = seen ? "\(extra) µs after it began to write" : "after it ended"
            }
            kill(pid, SIGKILL)
            let result = try writer.finish()
            #expect(result.status == 0 || result.status == 128 + SIGKILL, "\(result)")

            let now = try Self.returnsBytes(folder.url)
            if now == old {
                outcomes.old += 1
                #expect(result.status != 0, "csdash said it recorded iteration \(iteration) but returns.csv is the old one")
            } else {
                // Only now is the new version needed: the same edit through the same write path, on the mirror.
                try Data(old).write(to: mirror.url.appendingPathComponent("returns.csv"))
                _ = try ReturnsWriter.apply([edit], to: mirror.path, command: "mirror")
                let new = try Self.returnsBytes(mirror.url)
                let isNew = now == new
                #expect(isNew, "iteration \(iteration) (killed \(moment)): returns.csv is neither the old nor the new file")
                outcomes.new += 1
                if result.status == 0 { outcomes.completed += 1 }
            }
            let check = try csdash("check", folder.path)
            #expect(check.status == 0, "iteration \(iteration) (killed \(moment)): \(check)")
            #expect(check.stdout.contains("\(Self.totalReturns) returns"), "\(check)")
            let pending = FileManager.default.fileExists(atPath: folder.path + "/" + CommitJournal.fileName)
            if pending { #expect(check.stderr.contains("an interrupted change"), "\(check)") }
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
            where name.hasPrefix(".") && name != FolderLock.fileName && name != CommitJournal.fileName {
                #expect(name.hasPrefix(".returns.csv.csdash-") && name.hasSuffix(".tmp"), "stray file \(name)")
            }
            // What the next write does first; then the change and its audit are both there or neither.
            _ = try CommitJournal.settle(in: folder.path)
            try Self.expectAuditExplains(try Self.returnFields(folder.url), from: originalFields, in: folder.path,
                                         "iteration \(iteration) (killed \(moment))")
            if check.status != 0 { break }
        }
        #expect(iteration > 10, "only \(iteration - 1) kills in the time allowed")
        // The report still reads the folder, whatever temporary files are left.
        let report = try csdash("report", folder.path, "--as-of", "2020-06-01", "--format", "csv")
        #expect(report.status == 0, "\(report)")
        // A last write that runs to the end leaves no temporary file, whatever the kills left.
        let last = try csdash(Self.recordArguments(folder.path, 1000).arguments)
        #expect(last.status == 0, "\(last)")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(hidden == [FolderLock.fileName], "left after a successful write: \(hidden)")
        print("kill -9 durability: \(iteration - 1) kills (\(outcomes.duringWrite) once it began to write); old file \(outcomes.old), new file \(outcomes.new) (\(outcomes.completed) ran to the end); a record takes \(runTime)")
    }
}
