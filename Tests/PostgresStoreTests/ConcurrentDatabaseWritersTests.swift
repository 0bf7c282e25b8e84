#if PostgreSQL
import CSDashTestSupport
import Foundation
import Testing

/// Two groups of 50 csdash processes write at once, each group to its own return, each process
/// its own spend: every process either writes with its audit row or exits 75 writing nothing;
/// no change is lost, and each return ends with the last change its audit shows.
@Suite(.enabled(if: PrivateServer.isRunning, "needs the private PostgreSQL of scripts/test.sh"))
struct ConcurrentDatabaseWritersTests {
    struct Writer {
        var process: Process
        var key: String
        var spend: String
    }

    @Test func twoTimesFiftyWritersLoseNothing() throws {
        let database = try PrivateServer.withSampleData()
        let url = PrivateServer.url(database: database, user: "\(database)_officer")
        let binary = try #require(builtCSDash())
        let groups = [
            (key: "solihull 2016/17 Q2", arguments: ["--area", "solihull", "--year", "2016/17", "--quarter", "Q2", "--received", "2016-12-05",
                                                    "--planned", "214454"], base: 100_000),
            (key: "walsall 2016/17 Q1", arguments: ["--area", "walsall", "--year", "2016/17", "--quarter", "Q1", "--received", "2016-07-20",
                                                   "--planned", "300000"], base: 50_000),
        ]
        var writers: [Writer] = []
        for index in 0..<50 {
            for group in groups {
                let process = Process()
                process.executableURL = binary
                let spend = String(group.base + index)
                process.arguments = ["record", url] + group.arguments + ["--spend", spend]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                writers.append(Writer(process: process, key: group.key, spend: spend))
            }
        }
        for writer in writers { writer.process.waitUntilExit() }

        let statuses = Set(writers.map(\.process.terminationStatus))
        #expect(statuses.isSubset(of: [0, 75]), "\(statuses)")
        let audited = try PrivateServer.sql("SELECT key || '|' || new FROM audit WHERE field = 'spend' ORDER BY id", database: database)
            .split(separator: "\n").map(String.init)
        #expect(Set(audited).count == audited.count, "each spend written once")
        for writer in writers {
            let row = "\(writer.key)|\(writer.spend)"
            #expect(audited.contains(row) == (writer.process.terminationStatus == 0), "\(row): exit \(writer.process.terminationStatus)")
        }
        for group in groups {
            let landed = writers.filter { $0.key == group.key && $0.process.terminationStatus == 0 }
            #expect(!landed.isEmpty, "\(group.key): no writer landed")
            let last = audited.last { $0.hasPrefix(group.key + "|") }
            let parts = group.key.split(separator: " ")
            let stored = try PrivateServer.sql("""
                SELECT spend FROM returns WHERE area_id = '\(parts[0])' AND year = '\(parts[1])' AND quarter = '\(parts[2])'
                """, database: database)
            #expect(last == "\(group.key)|\(stored)")
        }
        let pulled = ScratchFolder()
        #expect(try csdash("db", "pull", url, pulled.path).status == 0)
        #expect(try csdash("check", pulled.path).status == 0)
    }
}
#endif
