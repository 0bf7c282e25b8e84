import GrantModel
import GrantStore
import Testing

/// What the store hands a caller that must not see it (the dashboard): its results as GrantModel
/// values, with nothing lost that the caller shows.
@Suite struct StoreResultValuesTests {
    @Test func aFirstLookHandsOverWhatItReadAndWhatIsStillUnread() throws {
        let look = try DataFolder.firstLook(sampleDataPath)
        let contents = look.contents
        #expect(contents.unread == [FolderContents.projectsFile])
        #expect(contents.grants?.areas == look.grants?.areas)
        #expect(contents.diagnostics == look.diagnostics)
    }

    @Test func theFileAFirstLookLeavesIsTheProjectsFile() {
        #expect(DataFolder.readAfterFirstLook == [FolderContents.projectsFile])
        #expect(FileSchema.projects.fileName == FolderContents.projectsFile)
    }

    @Test func aSaveRefusedOtherThanByTheLockSaysWhatTheStoreSays() {
        let problem = Diagnostic(path: "returns.csv", line: 3, column: 2, message: "not a date")
        let conflict = EditConflict(key: "solihull 2016/17 Q2", field: "spend", expected: "111111", current: "222222",
                                    wanted: "333333", lastChange: AuditEntry(time: "2016-12-06T14:03:09Z", user: "alice", command: "record"))
        let errors: [WriteError] = [
            .invalid([problem]), .conflict([conflict, conflict]),
            .cannotCreate(path: "f/returns.csv.tmp", reason: "no space"), .refused(path: "f/returns.csv", reason: "read-only"),
            .ioError(path: "f/returns.csv", reason: "disk full"), .noFolder(.notFound(path: "gone")),
        ]
        for error in errors {
            #expect(error.saveFailure.description == error.description)
        }
        #expect(WriteError.invalid([problem]).saveFailure == .invalid([problem]))
        #expect(WriteError.conflict([conflict]).saveFailure == .conflict([conflict]))
        #expect(WriteError.locked(path: "f").saveFailure == .locked)
    }
}
