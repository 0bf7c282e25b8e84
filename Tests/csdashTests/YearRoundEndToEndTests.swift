import CSDashTestSupport
import Foundation
import Testing

/// A new office's first two years, as its user would run them: `init`, the areas and allocations
/// typed in (no command adds areas), the returns through `record`, a `rollover`, `check`, and the
/// dashboard on the second year.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil, "tmux is not installed"))
struct YearRoundEndToEndTests {
    @Test func initRecordRolloverCheckAndOpen() async throws {
        let scratch = InitCommandTests.Scratch()
        let folder = scratch.path("office")
        func run(_ arguments: String...) throws -> RunResult {
            let result = try csdash(arguments)
            #expect(result.status == 0, "\(result)")
            return result
        }
        _ = try run("init", folder, "--funder", "wm", "--name", "West Midlands PCC")
        try append("north,wm,North CSP,csp,,,,,\nsouth,wm,South CSP,csp,,,,,\n", to: "areas.csv", in: folder)
        try append("north,2016/17,100000,,Police main grant,,\nsouth,2016/17,50000,,Police main grant,,\n", to: "allocations.csv", in: folder)
        for (quarter, received, north, south) in [("Q1", "2016-07-20", "20000", "10000"), ("Q2", "2016-10-20", "45000", "20000"),
                                                  ("Q3", "2017-01-20", "70000", "35000"), ("Q4", "2017-04-20", "90000", "52000")] {
            _ = try run("record", folder, "--area", "north", "--year", "2016/17", "--quarter", quarter, "--received", received,
                        "--planned", "100000", "--spend", north)
            _ = try run("record", folder, "--area", "south", "--year", "2016/17", "--quarter", quarter, "--received", received,
                        "--planned", "50000", "--spend", south)
        }
        let rollover = try run("rollover", folder, "--from", "2016/17", "--allocation-from", "2016/17", "--change", "-25%",
                               "--as-of", "2017-05-15")
        #expect(rollover.stdout.contains("allocations.csv: north 2017/18  carry_forward: (empty) -> 10000"), "\(rollover)")
        #expect(rollover.stdout.contains("allocations.csv: south 2017/18  carry_forward: (empty) -> 0"), "\(rollover)")
        let check = try run("check", folder)
        // South overspent its 2016/17 total: a warning, which is why it carries nothing forward.
        #expect(check.stdout.contains(": 0 errors, 1 warning; 1 funders, 2 areas, 4 allocations, 8 returns"), "\(check)")
        #expect(check.stderr.contains("warning: spend £52,000 is above the total allocation £50,000 for 2016/17"), "\(check)")
        #expect(!check.stdout.contains("still to do"), "\(check)")

        let dashboard = try TmuxDashboard([folder, "--as-of", "2017-06-01", "--year", "2017/18"], width: 80, height: 24)
        defer { dashboard.close() }
        // North: £75,000 + £10,000 carried; South: £37,500 + nothing (it overspent).
        try await dashboard.waitFor("North CSP", "South CSP", "£85,000", "£37,500", "2017/18")
        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
    }

    private func append(_ text: String, to file: String, in folder: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder).appendingPathComponent(file))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }
}
