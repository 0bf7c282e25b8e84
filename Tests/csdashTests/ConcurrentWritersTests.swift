import Foundation
import GrantStore
import Testing

/// Many `csdash record` processes racing on one folder: the lock and the re-read under it mean
/// that no one's change is lost and every change is audited.
struct ConcurrentWritersTests {
    /// Twenty return keys with allocations in the sample data, none with a return yet.
    static let keys: [(area: String, year: String, quarter: String, received: String)] =
        ["birmingham", "coventry", "dudley", "sandwell", "solihull", "walsall", "wolverhampton"].flatMap { area in
            [(area, "2016/17", "Q3", "2017-01-1"), (area, "2016/17", "Q4", "2017-04-1")]
        } + ["Q1", "Q2", "Q3", "Q4"].map { ("wolverhampton", "2017/18", $0, "2018-04-1") }
          + [("telford-wrekin", "2021/22", "Q1", "2021-07-1"), ("telford-wrekin", "2021/22", "Q2", "2021-10-1")]

    static func arguments(_ folder: String, _ number: Int) -> [String] {
        let key = keys[number]
        return ["record", folder, "--area", key.area, "--year", key.year, "--quarter", key.quarter,
                "--received", key.received + "\(number % 10)", "--planned", "\(1000 + number)", "--spend", "\(500 + number)",
                "--note", "racer \(number)"]
    }

    static func row(_ number: Int) -> String {
        let key = keys[number]
        return "\n\(key.area),\(key.year),\(key.quarter),\(key.received)\(number % 10),\(1000 + number),\(500 + number),racer \(number)\n"
    }

    /// Every key's row is in returns.csv, the sample's own rows are untouched and in order, every
    /// change is in audit.csv exactly once, and the folder checks.
    static func expectEverythingRecorded(_ folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = try FolderBytes.read(folder, "returns.csv")
        for number in keys.indices {
            #expect(text.contains(row(number)), "lost: \(row(number))", sourceLocation: sourceLocation)
        }
        let original = try String(contentsOf: sampleDataURL.appendingPathComponent("returns.csv"), encoding: .utf8)
        #expect(text.hasPrefix(original), "the sample's rows were rewritten or reordered", sourceLocation: sourceLocation)
        #expect(text.components(separatedBy: "\n").count == original.components(separatedBy: "\n").count + keys.count,
                sourceLocation: sourceLocation)

        let audit = try FolderBytes.auditRows(folder, sourceLocation: sourceLocation)
        #expect(audit.filter { $0 == AuditLog.header }.count == 1, "one header", sourceLocation: sourceLocation)
        #expect(audit.count == 1 + keys.count * 4, sourceLocation: sourceLocation)
        for (number, key) in keys.enumerated() {
            let lines = audit.filter { $0[4] == "\(key.area) \(key.year) \(key.quarter)" }
            #expect(lines.map { $0[5] }.sorted() == ["notes", "planned", "received", "spend"], "\(key)", sourceLocation: sourceLocation)
            #expect(lines.allSatisfy { $0[2] == "record" }, sourceLocation: sourceLocation)
            #expect(lines.contains { $0[5] == "spend" && $0[7] == "\(500 + number)" }, sourceLocation: sourceLocation)
        }
        let check = try csdash("check", folder)
        #expect(check.status == 0, "\(check)", sourceLocation: sourceLocation)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }.isEmpty,
                sourceLocation: sourceLocation)
    }

    /// Two writers (two officers' scripts), each recording ten returns one after another, racing each
    /// other: each waits for the other's lock, none gives up, nothing is lost.
    @Test func twoWritersOfTenRecordsEachLoseNothing() async throws {
        try #require(Self.keys.count == 20)
        let folder = try SampleDataCopy()
        let path = folder.path
        async let first = Self.writer(path, numbers: Array(0..<10))
        async let second = Self.writer(path, numbers: Array(10..<20))
        let results = try await first + second
        for result in results { #expect(result.status == 0, "\(result)") }
        try Self.expectEverythingRecorded(path)
    }

    /// One writer's records, one after another, each on a thread of its own (so that waiting for a
    /// process never holds one of the few threads Swift's tasks share).
    static func writer(_ folder: String, numbers: [Int]) async throws -> [RunResult] {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                do {
                    continuation.resume(returning: try numbers.map { try BackgroundCSDash(arguments(folder, $0)).finish() })
                } catch {
                    continuation.resume(throwing: error)
                }
            }.start()
        }
    }

    /// All twenty at once. On two cores each holds the lock for a few fsyncs, so some wait longer than
    /// the contract's 2 s and exit 75: those must have written nothing, and once run again everything is there.
    @Test func twentyAtOnceEitherRecordOrExit75WritingNothing() throws {
        let folder = try SampleDataCopy()
        var pending = Array(Self.keys.indices)
        var rounds = 0
        while !pending.isEmpty, rounds < 10 {
            rounds += 1
            let processes = try pending.map { try BackgroundCSDash(Self.arguments(folder.path, $0)) }
            let results = try processes.map { try $0.finish() }
            let text = try FolderBytes.read(folder.path, "returns.csv")
            var refused: [Int] = []
            for (number, result) in zip(pending, results) {
                if result.status == 75 {
                    #expect(result.stderr.contains("another csdash"), "\(result)")
                    #expect(!text.contains(Self.row(number)), "a writer that exited 75 wrote: \(result)")
                    refused.append(number)
                } else {
                    #expect(result.status == 0, "\(result)")
                    #expect(text.contains(Self.row(number)), "recorded but lost: \(result)")
                }
            }
            pending = refused
        }
        #expect(pending.isEmpty, "still refused after \(rounds) rounds: \(pending)")
        try Self.expectEverythingRecorded(folder.path)
    }
}
