import Foundation
import Testing

/// The real binary in tmux, with `csdash record` run by someone else meanwhile: the form never
/// writes back what the other editor saved, asks about a field both changed, and undo never
/// erases the other editor's later save.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil, "tmux is not installed"))
struct E2EFormConflictAndUndoTests {
    /// `csdash record` on Solihull's 2016/17 Q2, as another editor would run it.
    static func record(_ folder: SampleDataCopy, received: String, planned: String, spend: String, note: String? = nil) throws {
        var arguments = ["record", folder.path, "--area", "solihull", "--year", "2016/17", "--quarter", "Q2",
                         "--received", received, "--planned", planned, "--spend", spend]
        if let note { arguments += ["--note", note] }
        let result = try csdash(arguments)
        try #require(result.status == 0, "\(result)")
    }

    static func solihullQ2(_ folder: SampleDataCopy) throws -> String {
        let returns = try FolderBytes.read(folder.path, "returns.csv")
        return try #require(returns.split(separator: "\n").map(String.init).first { $0.hasPrefix("solihull,2016/17,Q2,") })
    }

    /// `command field old->new` of every audit line.
    static func audit(_ folder: SampleDataCopy) throws -> [String] {
        try FolderBytes.auditRows(folder.path).dropFirst().map { "\($0[2]) \($0[5]) \($0[6])->\($0[7])" }
    }

    /// The dashboard at the board date with the form open on Solihull's Q2.
    static func openForm(_ folder: SampleDataCopy) async throws -> TmuxDashboard {
        let dashboard = try TmuxDashboard([folder.path, "--as-of", "2016-12-06"], width: 120, height: 40)
        try await dashboard.waitFor("Solihull MBC")
        try dashboard.press("/")
        try dashboard.press("solihull")
        try await dashboard.waitFor("/solihull", "Solihull MBC · Enter keep")
        try dashboard.press("Enter")
        try await dashboard.waitForAbsence(of: "/solihull")
        try dashboard.press("e")
        try await dashboard.waitFor("Record return: Solihull MBC 2016/17 Q2")
        return dashboard
    }

    @Test func aFormSavesOnlySpendAndKeepsTheCorrectionsMadeWhileItWasOpen() async throws {
        let folder = try SampleDataCopy()
        try Self.record(folder, received: "2016-12-05", planned: "214454", spend: "150000")
        let dashboard = try await Self.openForm(folder)
        defer { dashboard.close() }
        try await dashboard.waitFor("2016-12-05", "150000")

        // Meanwhile another editor corrects received, planned and the note.
        try Self.record(folder, received: "2016-12-01", planned: "214000", spend: "150000", note: "from CLI")
        let changed = try await dashboard.waitFor("changed underneath", "2016-12-01", "214000", "from CLI", timeout: .seconds(5))
        #expect(changed.contains("Record return: Solihull MBC 2016/17 Q2"), "the form stays open")

        try dashboard.press("Tab")
        try dashboard.press("Tab")
        try dashboard.press("C-u")
        try dashboard.press("160000")
        try dashboard.press("Enter")
        try await dashboard.waitForAbsence(of: "Record return")
        #expect(try Self.solihullQ2(folder) == "solihull,2016/17,Q2,2016-12-01,214000,160000,from CLI,,,")
        #expect(try Self.audit(folder).filter { $0.hasPrefix("dashboard") } == ["dashboard spend 150000->160000"])

        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
    }

    @Test func aFieldBothChangedIsAskedAboutWithBothValues() async throws {
        let folder = try SampleDataCopy()
        let dashboard = try await Self.openForm(folder)
        defer { dashboard.close() }
        try dashboard.press("2016-12-05")
        try dashboard.press("Tab")
        try dashboard.press("214454")
        try dashboard.press("Tab")
        try dashboard.press("160000")
        try await dashboard.waitFor("2016-12-05", "214454", "160000")

        try Self.record(folder, received: "2016-12-01", planned: "214454", spend: "150000", note: "from CLI")
        let marked = try await dashboard.waitFor("changed underneath: Received, Planned, Spend, Note", timeout: .seconds(5))
        #expect(marked.components(separatedBy: "! also changed on disk: Enter asks").count == 3, "Received and Spend: \(marked)")
        let user = try #require(FolderBytes.auditRows(folder.path).last?[1])
        try dashboard.press("Enter")
        let asking = try await dashboard.waitFor("theirs: 2016-12-01 · yours: 2016-12-05", "t keep theirs · m use mine")
        #expect(asking.contains("Received was saved meanwhile by \(user) (record, "), "\(asking)")
        try dashboard.press("t")
        try await dashboard.waitFor("theirs: 150000 · yours: 160000", "Spend was saved meanwhile by \(user) (record, ")
        try dashboard.press("m")
        try await dashboard.waitForAbsence(of: "Record return")

        #expect(try Self.solihullQ2(folder) == "solihull,2016/17,Q2,2016-12-01,214454,160000,from CLI,,,")
        #expect(try Self.audit(folder).filter { $0.hasPrefix("dashboard") } == ["dashboard spend 150000->160000"])
        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
    }

    @Test func undoRefusesToEraseALaterSaveThenUndoesAndIsAuditedAsUndo() async throws {
        let folder = try SampleDataCopy()
        let dashboard = try await Self.openForm(folder)
        defer { dashboard.close() }
        try dashboard.press("2016-12-05")
        try dashboard.press("Tab")
        try dashboard.press("214454")
        try dashboard.press("Tab")
        try dashboard.press("111111")
        try dashboard.press("Enter")
        try await dashboard.waitFor("saved solihull 2016/17 Q2")

        try Self.record(folder, received: "2016-12-05", planned: "214454", spend: "222222", note: "from CLI")
        try await dashboard.waitFor("£222,222", "reloaded", timeout: .seconds(5))
        let user = try #require(FolderBytes.auditRows(folder.path).last?[1])
        try dashboard.press("u")
        try await dashboard.waitFor("not undone: spend of solihull 2016/17 Q2 is 222222 now, changed by \(user) (record, ")
        #expect(try Self.solihullQ2(folder) == "solihull,2016/17,Q2,2016-12-05,214454,222222,from CLI,,,")

        // A save of this session that nobody touched since is undone, and audited as an undo.
        try dashboard.press("e")
        try await dashboard.waitFor("Record return: Solihull MBC 2016/17 Q2")
        try dashboard.press("Tab")
        try dashboard.press("Tab")
        try dashboard.press("C-u")
        try dashboard.press("233333")
        try dashboard.press("Enter")
        try await dashboard.waitFor("saved solihull 2016/17 Q2")
        try dashboard.press("u")
        try await dashboard.waitFor("undone: solihull 2016/17 Q2")
        #expect(try Self.solihullQ2(folder) == "solihull,2016/17,Q2,2016-12-05,214454,222222,from CLI,,,")
        #expect(try Self.audit(folder).filter { !$0.hasPrefix("record") } == [
            "dashboard planned ->214454", "dashboard received ->2016-12-05", "dashboard spend ->111111",
            "dashboard spend 222222->233333", "undo spend 233333->222222",
        ])
        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
    }
}
