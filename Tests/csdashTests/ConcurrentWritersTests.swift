import Foundation
import GrantStore
import Testing

/// Many `csdash record`, `review` and `pay` processes racing on one folder: the lock and the
/// re-read under it mean that no one's change is lost and every change is audited, whichever file
/// (returns.csv or payments.csv) each writes.
struct ConcurrentWritersTests {
    static func sample(_ file: String) throws -> String {
        try String(contentsOf: sampleDataURL.appendingPathComponent(file), encoding: .utf8)
    }

    /// Every racer's row is in its file, the sample's own rows are untouched (but for the review
    /// columns of the reviewed returns) and in order, every change is in audit.csv exactly once,
    /// from empty to its value, and the folder checks.
    static func expectEverythingWritten(_ folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let texts = ["returns.csv": try FolderBytes.read(folder, "returns.csv"), "payments.csv": try FolderBytes.read(folder, "payments.csv")]
        for racer in Racer.all {
            #expect(racer.isWritten(in: texts[racer.file] ?? ""), "lost: \(racer): \(racer.row)", sourceLocation: sourceLocation)
        }
        var returns = try sample("returns.csv")
        for review in Racer.reviews {
            let row = Racer.sampleReturnRows["\(review.key.area),\(review.key.year),\(review.key.quarter)"] ?? ""
            returns = returns.replacingOccurrences(of: "\n\(row)\n", with: "\n\(review.row)\n")
        }
        let payments = try sample("payments.csv")
        for (file, original, added) in [("returns.csv", returns, Racer.records.count), ("payments.csv", payments, Racer.pays.count)] {
            let text = texts[file] ?? ""
            #expect(text.hasPrefix(original), "the sample's rows of \(file) were rewritten or reordered", sourceLocation: sourceLocation)
            #expect(text.components(separatedBy: "\n").count == original.components(separatedBy: "\n").count + added,
                    "\(file)", sourceLocation: sourceLocation)
        }

        let audit = try FolderBytes.auditRows(folder, sourceLocation: sourceLocation)
        #expect(audit.filter { $0 == AuditLog.header }.count == 1, "one header", sourceLocation: sourceLocation)
        #expect(audit.count == 1 + Racer.all.map(\.values.count).reduce(0, +), sourceLocation: sourceLocation)
        for racer in Racer.all {
            let lines = audit.filter { $0[3] == racer.file && $0[4] == racer.auditKey }
            #expect(lines.map { $0[5] }.sorted() == racer.values.keys.sorted(), "\(racer)", sourceLocation: sourceLocation)
            #expect(lines.allSatisfy { $0[2] == racer.command && $0[6].isEmpty && $0[7] == racer.values[$0[5]] },
                    "\(racer): \(lines)", sourceLocation: sourceLocation)
        }
        let check = try csdash("check", folder)
        #expect(check.status == 0, "\(check)", sourceLocation: sourceLocation)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }.isEmpty,
                sourceLocation: sourceLocation)
    }

    @Test func theRacersChangeDistinctRowsTheSampleLeavesOpen() throws {
        #expect(Racer.records.count == 20 && Racer.reviews.count == 10 && Racer.pays.count == 10 && Racer.all.count == 40)
        #expect(Set(Racer.all.map { "\($0.file) \($0.auditKey)" }).count == Racer.all.count)
        let returns = try Self.sample("returns.csv"), payments = try Self.sample("payments.csv")
        for racer in Racer.records { #expect(!returns.contains("\n\(racer.key.area),\(racer.key.year),\(racer.key.quarter),"), "\(racer)") }
        for racer in Racer.reviews {
            let row = try #require(Racer.sampleReturnRows["\(racer.key.area),\(racer.key.year),\(racer.key.quarter)"], "\(racer)")
            #expect(row.hasSuffix(",,,") && !racer.isWritten(in: returns), "\(racer): received, not reviewed")
        }
        for racer in Racer.pays { #expect(!payments.contains("\n\(racer.key.area),\(racer.key.year),\(racer.key.quarter),"), "\(racer)") }
    }

    /// Two writers (two officers' scripts), each making twenty changes one after another (records,
    /// reviews and payments in turn), racing each other: each waits for the other's lock, none
    /// gives up, nothing is lost.
    @Test func twoWritersOfTwentyChangesEachLoseNothing() async throws {
        let folder = try SampleDataCopy()
        let path = folder.path
        let racers = Racer.all
        async let first = Self.writer(path, racers.indices.filter { $0 % 2 == 0 }.map { racers[$0] })
        async let second = Self.writer(path, racers.indices.filter { $0 % 2 == 1 }.map { racers[$0] })
        let results = try await first + second
        for result in results { #expect(result.status == 0, "\(result)") }
        try Self.expectEverythingWritten(path)
    }

    /// One writer's changes, one after another, each on a thread of its own (so that waiting for a
    /// process never holds one of the few threads Swift's tasks share).
    static func writer(_ folder: String, _ racers: [Racer]) async throws -> [RunResult] {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                do {
                    continuation.resume(returning: try racers.map { try BackgroundCSDash($0.arguments(folder)).finish() })
                } catch {
                    continuation.resume(throwing: error)
                }
            }.start()
        }
    }

    /// All forty at once. On two cores each holds the lock for a few fsyncs, so some wait longer than
    /// the contract's 2 s and exit 75: those must have written nothing, and once run again everything is there.
    @Test(.timeLimit(.minutes(2)))
    func fortyAtOnceEitherWriteOrExit75WritingNothing() throws {
        let folder = try SampleDataCopy()
        var pending = Racer.all
        var rounds = 0, refusals = 0
        while !pending.isEmpty, rounds < 10 {
            rounds += 1
            let processes = try pending.map { try BackgroundCSDash($0.arguments(folder.path)) }
            let results = try processes.map { try $0.finish() }
            let texts = ["returns.csv": try FolderBytes.read(folder.path, "returns.csv"),
                         "payments.csv": try FolderBytes.read(folder.path, "payments.csv")]
            var refused: [Racer] = []
            for (racer, result) in zip(pending, results) {
                let written = racer.isWritten(in: texts[racer.file] ?? "")
                if result.status == 75 {
                    #expect(result.stderr.contains("another csdash"), "\(result)")
                    #expect(!written, "a writer that exited 75 wrote: \(result)")
                    refused.append(racer)
                } else {
                    #expect(result.status == 0, "\(result)")
                    #expect(written, "written but lost: \(result)")
                }
            }
            refusals += refused.count
            pending = refused
        }
        #expect(pending.isEmpty, "still refused after \(rounds) rounds: \(pending)")
        try Self.expectEverythingWritten(folder.path)
        print("racing writers: \(Racer.all.count) at once (\(Racer.records.count) record, \(Racer.reviews.count) review, \(Racer.pays.count) pay); \(refusals) exits 75 over \(rounds) rounds, nothing lost")
    }
}
