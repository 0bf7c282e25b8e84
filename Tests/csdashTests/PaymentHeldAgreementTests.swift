import Foundation
import Testing

/// `report`'s `payment_held` (JSON, CSV, table) says what the payments view and the dashboard say:
/// a payment is held while a return is overdue or queried and its instalment not paid.
struct PaymentHeldAgreementTests {
    @Test func aQueriedReturnHoldsThePaymentInTheReportAsInPayments() throws {
        let folder = try SampleDataCopy()
        let query = try csdash(["review", folder.path, "--area", "birmingham", "--year", "2016/17", "--quarter", "Q2",
                                "--query", "spend by project missing", "--date", "2016-11-01"])
        #expect(query.status == 0, "\(query)")
        let held = try csdash("payments", folder.path, "--as-of", "2016-12-06", "--status", "held")
        #expect(held.stdout.contains("queried: spend by project missing"), "\(held)")

        let report = try #require(try jsonObject(try csdash("report", folder.path, "--as-of", "2016-12-06", "--funder", "west-midlands",
                                                            "--format", "json")) as? [String: Any])
        let areas = try #require((report["funders"] as? [[String: Any]])?.first?["areas"] as? [[String: Any]])
        let heldAreas = areas.filter { $0["payment_held"] as? Bool == true }.compactMap { $0["area_id"] as? String }
        #expect(heldAreas == ["birmingham", "solihull"], "Birmingham's queried Q2 and Solihull's overdue Q2")
        #expect(areas.allSatisfy { $0["payment_held"] as? Bool == $0["payment_withheld"] as? Bool })

        let csv = try csdash("report", folder.path, "--as-of", "2016-12-06", "--funder", "west-midlands", "--format", "csv")
        let header = try #require(csv.stdoutLines.first?.components(separatedBy: ","))
        let column = try #require(header.firstIndex(of: "payment_held"))
        let birmingham = try #require(csv.stdoutLines.first { $0.hasPrefix("west-midlands,birmingham,") })
        #expect(birmingham.components(separatedBy: ",")[column] == "true", "\(csv.stdout)")
    }
}
