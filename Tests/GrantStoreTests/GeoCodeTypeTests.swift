import Foundation
import GrantModel
import GrantStore
import Testing

/// csdash's table of geoCodeTypes is the 360Giving codelist vendored in Tests/Fixtures/360giving:
/// each code keyed by its ONS entity, the last part of the codelist's documentation link.
struct GeoCodeTypeTests {
    @Test func theTableIsTheCodelist() throws {
        let url = packageRoot.appendingPathComponent("Tests/Fixtures/360giving/geoCodeType.csv")
        let records = try CSVReader.records(from: Array(try Data(contentsOf: url))).get()
        let header = try #require(records.first).fields.map(\.value)
        let code = try #require(header.firstIndex(of: "Code")), link = try #require(header.firstIndex(of: "Documentation (URL)"))
        var codelist: [String: String] = [:]
        for record in records.dropFirst() where !record.isBlank {
            let entity = String(try #require(record.fields[link].value.split(separator: "/").last))
            codelist[entity] = record.fields[code].value
        }
        #expect(codelist.count == 63)
        #expect(GeoCodeType.byEntity == codelist)
    }

    @Test func aCodeHasTheTypeOfItsEntity() {
        #expect(GeoCodeType.of("E08000025") == "MD", "Birmingham, a metropolitan district")
        #expect(GeoCodeType.of("E22000001") == "CSP")
        #expect(GeoCodeType.of("W14000001") == "CDRP")
        #expect(GeoCodeType.of("E23000001") == "PFA")
        #expect(GeoCodeType.of("W15000001") == nil, "not in the codelist")
    }

    @Test(arguments: [("E08000025", true), ("W14000001", true), ("E0800002", false), ("E080000255", false),
                      ("e08000025", false), ("X08000025", false), ("E08 00025", false)])
    func gssCodesAreALetterAndEightDigits(_ text: String, _ valid: Bool) {
        #expect(GeoCodeType.isGSSCode(text) == valid)
    }
}
