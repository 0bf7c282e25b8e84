import Foundation
import GrantModel
import GrantStore
import Testing

/// `AuditTrail.parse`: the log's bytes, wherever they come from (a database renders its audit
/// table as them), read as a folder's audit.csv is, problems named by the path given.
struct AuditTrailBytesTests {
    static let log = """
        time,user,command,file,key,field,old,new
        2016-12-08T10:00:00Z,ann,record,returns.csv,solihull 2016/17 Q2,spend,,160000
        yesterday,ann,record,returns.csv,solihull 2016/17 Q2,spend,160000,1

        """

    @Test func bytesAreReadAsTheFolderReadsItsLog() throws {
        let folder = try DataFolderFixture.sampleDataCopy()
        try folder.write("audit.csv", Self.log)
        let grants = try #require(try folder.load().grants)
        let fromFolder = AuditTrail.read(folder.path, for: grants, calendar: AuditTrailTests.utc)
        let fromBytes = AuditTrail.parse(Array(Self.log.utf8), path: folder.path + "/audit.csv", for: grants, calendar: AuditTrailTests.utc)
        #expect(fromBytes.changes == fromFolder.changes)
        #expect(fromBytes.lastChange == fromFolder.lastChange)
        #expect(fromBytes.problems == fromFolder.problems)
        #expect(fromBytes.exists && fromFolder.exists)
    }

    @Test func problemsAreNamedByThePathGiven() throws {
        let grants = try #require(try DataFolderFixture.sampleDataCopy().load().grants)
        let trail = AuditTrail.parse(Array(Self.log.utf8), path: "audit", for: grants, calendar: AuditTrailTests.utc)
        #expect(trail.changes.count == 1)
        #expect(trail.problems.map(\.description) == [
            "audit:3:1: error: time \"yesterday\" is not a time csdash writes: expected e.g. 2016-12-06T14:03:09Z (UTC)",
        ])
    }
}
