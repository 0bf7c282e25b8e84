import Foundation
import Testing

/// `csdash check`: exit codes 0 / 65 / 66 and problems on stderr as `path:line:column: error:`.
struct CheckCommandTests {
    @Test func sampleDataIsValidWithOneWarning() throws {
        let result = try csdash("check", "sample-data")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == [
            "sample-data/returns.csv:43:37: warning: planned £538,010 is above the total allocation £538,009 for 2016/17 (over-allocated by £1)",
        ])
        #expect(result.stdout.hasPrefix("sample-data: 0 errors, 1 warning; 2 funders, 14 areas, 27 allocations, 42 returns"))
    }

    @Test func brokenFolderExits65WithEveryProblem() throws {
        let folder = try SampleDataCopy()
        try folder.edit("allocations.csv", replacing: "coventry,2016/17,409728,", with: "coventry,2016/17,409728x,")
        try folder.edit("returns.csv", replacing: "dudley,2016/17,Q2,2016-10-28,", with: "dudley,2016/17,Q6,2016-10-28,")
        try folder.edit("funders.csv", replacing: "west-mercia,West Mercia Police and Crime Commissioner,GBP,30,",
                        with: "west-mercia,West Mercia Police and Crime Commissioner,GBP,thirty,")
        let result = try csdash("check", folder.path)
        #expect(result.status == 65, "\(result)")
        let errors = result.stderrLines.filter { $0.contains(": error: ") }
        #expect(errors.count == 3, "\(result)")
        #expect(errors.allSatisfy { $0.wholeMatch(of: try! Regex("^/.+\\.csv:[0-9]+:[0-9]+: error: .+$")) != nil }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("\(folder.path)/funders.csv:3:59: error: return_due_days \"thirty\"") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("\(folder.path)/allocations.csv:10:18: error: allocation \"409728x\" is not an amount of money") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("\(folder.path)/returns.csv:39:16: error: quarter \"Q6\" is not a quarter") }, "\(errors)")
        #expect(result.stderrLines.last?.hasPrefix("\(folder.path): 3 errors, ") == true, "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test func reportOnABrokenFolderExits65Too() throws {
        let folder = try SampleDataCopy()
        try folder.edit("areas.csv", replacing: "dudley,west-midlands,", with: "dudley,west-midlandz,")
        for command in ["report", "returns"] {
            let result = try csdash(command, folder.path, "--as-of", "2016-12-06")
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains("\(folder.path)/areas.csv:4:8: error: funder_id \"west-midlandz\" is not a funder_id in funders.csv; did you mean \"west-midlands\"?"), "\(result)")
            #expect(result.stdout.isEmpty, "no half-read report")
        }
    }

    @Test func euroTypoOfSeed000() throws {
        let folder = try SampleDataCopy()
        try folder.edit("decisions.csv", replacing: ",worcs-districts,200000,", with: ",worcs-districts,\"€200,000\",")
        let result = try csdash("check", folder.path)
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.contains("\(folder.path)/decisions.csv:3:98: error: amount \"€200,000\" is in € but this funder's currency is GBP (£)"), "\(result)")
    }

    @Test func missingFolderExits66() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-missing-\(UUID().uuidString)").path
        for command in ["check", "report", "returns"] {
            let result = try csdash(command, path)
            #expect(result.status == 66, "\(result)")
            #expect(result.stderr.contains("\(path): error: no such data folder"), "\(result)")
        }
    }

    @Test func folderWithoutDataFilesExits66() throws {
        let result = try csdash("check", "Sources")
        #expect(result.status == 66, "\(result)")
        #expect(result.stderr.hasPrefix("Sources: error: not a csdash data folder"))
    }

    @Test func missingRequiredFileExits65() throws {
        let folder = try SampleDataCopy()
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("returns.csv"))
        let result = try csdash("check", folder.path)
        #expect(result.status == 65, "\(result)")
        #expect(result.stderrLines.first == "\(folder.path)/returns.csv: error: missing file: a data folder needs funders.csv, areas.csv, allocations.csv, returns.csv")
    }

    @Test func aReceivedDateAfterTodayIsAWarning() throws {
        let folder = try SampleDataCopy()
        try folder.edit("returns.csv", replacing: "solihull,2016/17,Q2,,,,", with: "solihull,2016/17,Q2,2052-10-20,,,")
        let result = try csdash("check", folder.path, "--as-of", "2060-01-01")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines.contains { $0.hasPrefix("\(folder.path)/returns.csv:41:21: warning: received 2052-10-20 is after today (") }, "\(result)")
    }
}
