import Foundation
import GrantModel
import GrantStore
import Testing

/// `AuditTrail`: audit.csv read back for `--as-recorded` and `check`, by its header names, every
/// line that cannot be read at its line and column.
struct AuditTrailTests {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static let solihullQ2 = Grants.ReturnKey(areaID: "solihull", year: fy("2016/17"), quarter: .q2)

    static func read(_ folder: DataFolderFixture) throws -> AuditTrail {
        let grants = try #require(try folder.load().grants)
        return AuditTrail.read(folder.path, for: grants, calendar: utc)
    }

    @Test func linesAreReadByTheirHeaderNamesTypedAndGroupedByWrite() throws {
        let folder = try DataFolderFixture.sampleDataCopy()
        // The columns in another order than csdash writes them, and a column more.
        try folder.write("audit.csv", """
            key,field,old,new,time,user,command,file,host
            solihull 2016/17 Q2,planned,,214454,2016-12-08T10:00:00Z,ann,record,returns.csv,pc1
            solihull 2016/17 Q2,received,,08/12/2016,2016-12-08T10:00:00Z,ann,record,returns.csv,pc1
            solihull 2016/17 Q2,spend,,"£160,000",2016-12-08T10:00:00Z,ann,record,returns.csv,pc1
            solihull 2016/17 Q2,notes,old note,new note,2016-12-08T10:00:00Z,ann,record,returns.csv,pc1
            solihull 2016/17 Q2,spend,160000,165000.50,2016-12-09T23:30:00Z,bob,dashboard,returns.csv,pc2
            solihull 2016/17 Q2,officer,,Ann,2016-12-10T09:00:00Z,bob,dashboard,returns.csv,pc2

            """)
        let trail = try Self.read(folder)
        #expect(trail.problems.isEmpty, "\(trail.problems)")
        #expect(trail.exists)
        #expect(trail.changes == [
            RecordedChange(day: d("2016-12-08"), write: 1, key: Self.solihullQ2, old: .planned(nil), new: .planned(Money(pounds: 214_454))),
            RecordedChange(day: d("2016-12-08"), write: 1, key: Self.solihullQ2, old: .received(nil), new: .received(d("2016-12-08"))),
            RecordedChange(day: d("2016-12-08"), write: 1, key: Self.solihullQ2, old: .spend(nil), new: .spend(Money(pounds: 160_000))),
            RecordedChange(day: d("2016-12-08"), write: 1, key: Self.solihullQ2, old: .notes("old note"), new: .notes("new note")),
            RecordedChange(day: d("2016-12-09"), write: 2, key: Self.solihullQ2, old: .spend(Money(pounds: 160_000)),
                           new: .spend(Money(pence: 16_500_050))),
        ], "a column the figures do not need (officer) is not replayed")
        #expect(trail.lastChange == ISO8601DateFormatter().date(from: "2016-12-10T09:00:00Z"))
    }

    @Test func aFolderWithoutALogHasNoChangesAndNoProblems() throws {
        let trail = try Self.read(try DataFolderFixture.sampleDataCopy())
        #expect(!trail.exists && trail.changes.isEmpty && trail.problems.isEmpty && trail.lastChange == nil)
    }

    @Test func everyLineThatCannotBeReadIsNamedAtItsLineAndColumn() throws {
        let folder = try DataFolderFixture.sampleDataCopy()
        try folder.write("audit.csv", """
            time,user,command,file,key,field,old,new
            yesterday,ann,record,returns.csv,solihull 2016/17 Q2,spend,,1
            2016-12-08T10:00:00Z,ann,record,returns.csv,solihull Q2,spend,,1
            2016-12-08T10:00:00Z,ann,record,returns.csv,solihull 2016/17 Q2,spend,,lots
            2016-12-08T10:00:00Z,ann,record,returns.csv,solihull 2016/17 Q2,received,2016-02-30,
            2016-12-08T10:00:00Z,ann,record,returns.csv,solihull 2016/17 Q2,spend,1

            """)
        let trail = try Self.read(folder)
        let path = folder.path + "/audit.csv"
        #expect(trail.problems.map(\.description) == [
            "\(path):2:1: error: time \"yesterday\" is not a time csdash writes: expected e.g. 2016-12-06T14:03:09Z (UTC)",
            "\(path):3:45: error: key \"solihull Q2\" does not name a return: expected area, year and quarter, e.g. solihull 2016/17 Q2",
            "\(path):4:72: error: new \"lots\" is not an amount of money (\"l\" cannot be part of an amount); write e.g. 1873187, 1873187.50, 1,873,187 or £1,873,187",
            "\(path):5:74: error: old \"2016-02-30\" is not a date that exists: February 2016 has 29 days",
            "\(path):6:71: error: this row has 7 fields but the header has 8: check for a missing or extra comma, or a comma that should be inside quotes",
        ])
        #expect(trail.changes.isEmpty)
    }

    @Test func aLogWithoutOneOfItsColumnsIsOneProblem() throws {
        let folder = try DataFolderFixture.sampleDataCopy()
        try folder.write("audit.csv", "time,user,command,file,key,field,new\n2016-12-08T10:00:00Z,ann,record,returns.csv,solihull 2016/17 Q2,spend,1\n")
        let trail = try Self.read(folder)
        #expect(trail.problems.map(\.description) == [
            "\(folder.path)/audit.csv:1:1: error: the header has no old: an audit log has the columns time,user,command,file,key,field,old,new",
        ])
    }

    @Test func aReplayOfAnUnreadableLogShowsNothing() throws {
        let folder = try DataFolderFixture.sampleDataCopy()
        try folder.write("audit.csv", "time,user,command,file,key,field,old,new\nyesterday,ann,record,returns.csv,solihull 2016/17 Q2,spend,,1\n")
        let replayed = try folder.load().asRecorded(on: d("2016-12-06"), from: FolderStore(path: folder.path), calendar: Self.utc)
        #expect(replayed.grants == nil, "figures that cannot be trusted are not shown")
        #expect(replayed.errors.map(\.line) == [2])
    }

    @Test func aReplayUndoesTheLogsLaterChanges() throws {
        let folder = try DataFolderFixture.sampleDataCopy()
        try folder.write("returns.csv", try folder.read("returns.csv").replacingOccurrences(
            of: "solihull,2016/17,Q1,2016-07-25,214454,133454,", with: "solihull,2016/17,Q1,2016-07-25,214454,140000,"))
        try folder.write("audit.csv", """
            time,user,command,file,key,field,old,new
            2016-12-08T10:00:00Z,ann,record,returns.csv,solihull 2016/17 Q1,spend,133454,140000

            """)
        let loaded = try folder.load()
        func spend(_ folder: LoadedFolder) -> Money? { folder.grants?.monitoringReturn(for: "solihull", in: fy("2016/17"), quarter: .q1)?.spend }
        #expect(spend(loaded.asRecorded(on: d("2016-12-06"), from: FolderStore(path: folder.path), calendar: Self.utc)) == Money(pounds: 133_454))
        #expect(spend(loaded.asRecorded(on: d("2016-12-08"), from: FolderStore(path: folder.path), calendar: Self.utc)) == Money(pounds: 140_000))
        #expect(spend(loaded) == Money(pounds: 140_000))
    }

    @Test func aFileChangedAfterTheLogsLastLineIsNamed() throws {
        let folder = try DataFolderFixture.sampleDataCopy()
        try folder.write("audit.csv", "time,user,command,file,key,field,old,new\n2016-12-08T10:00:00Z,ann,record,returns.csv,solihull 2016/17 Q1,notes,,x\n")
        let lastLine = try #require(ISO8601DateFormatter().date(from: "2016-12-08T10:00:00Z"))
        for name in ["funders.csv", "areas.csv", "allocations.csv", "returns.csv", "payments.csv", "projects.csv", "decisions.csv",
                     "reserves.csv"] {
            try FileManager.default.setAttributes([.modificationDate: lastLine], ofItemAtPath: folder.path + "/" + name)
        }
        try FileManager.default.setAttributes([.modificationDate: lastLine.addingTimeInterval(1)], ofItemAtPath: folder.path + "/returns.csv")
        #expect(try Self.read(folder).changesOutsideCSDash(in: folder.path).isEmpty, "a second later is csdash's own write")

        try FileManager.default.setAttributes([.modificationDate: lastLine.addingTimeInterval(3_600)], ofItemAtPath: folder.path + "/areas.csv")
        #expect(try Self.read(folder).changesOutsideCSDash(in: folder.path).map(\.description) == [
            "\(folder.path)/areas.csv: warning: changed at 2016-12-08T11:00:00Z, after the last line of audit.csv (2016-12-08T10:00:00Z): a change made outside csdash has no audit line, so --as-recorded cannot undo it",
        ])
    }

    @Test func withoutALogNoFileIsSaidToBeChangedOutsideCSDash() throws {
        let folder = try DataFolderFixture.sampleDataCopy()
        #expect(try Self.read(folder).changesOutsideCSDash(in: folder.path).isEmpty)
        let replayed = try folder.load().asRecorded(on: d("2016-12-06"), from: FolderStore(path: folder.path), calendar: Self.utc)
        #expect(replayed.warnings.map(\.description).contains(
            "\(folder.path)/audit.csv: warning: no audit log: csdash has recorded no change in this folder, so the figures are today's (returns still count from their received dates)"))
    }

    @Test func aChangesDayIsTheLocalCalendarsDay() throws {
        // 23:30 UTC on 30 June is half past midnight on 1 July in London (summer time), not in UTC.
        let folder = try DataFolderFixture.sampleDataCopy()
        try folder.write("audit.csv", """
            time,user,command,file,key,field,old,new
            2016-06-30T23:30:00Z,ann,record,returns.csv,solihull 2016/17 Q1,notes,,a
            2016-12-31T23:30:00.250Z,ann,record,returns.csv,solihull 2016/17 Q1,notes,a,b

            """)
        let grants = try #require(try folder.load().grants)
        var london = Calendar(identifier: .gregorian)
        london.timeZone = TimeZone(identifier: "Europe/London")!
        #expect(AuditTrail.read(folder.path, for: grants, calendar: london).changes.map(\.day) == [d("2016-07-01"), d("2016-12-31")])
        #expect(AuditTrail.read(folder.path, for: grants, calendar: Self.utc).changes.map(\.day) == [d("2016-06-30"), d("2016-12-31")])
        #expect(AuditTrail.read(folder.path, for: grants, calendar: Self.utc).lastChange?.timeIntervalSince1970 == 1_483_227_000.25)
    }
}
