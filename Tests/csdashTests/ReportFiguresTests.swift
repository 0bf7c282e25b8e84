import Foundation
import GrantModel
import Testing
@testable import csdash

/// What every report format shows for the figures that used to mislead: a forecast share that
/// rounds to the threshold, percentages too large to mean anything, a £0 total, and the one name
/// for a held payment.
@Suite struct ReportFiguresTests {
    static let year = FinancialYear(startYear: 2016)
    static let period = ReportPeriod(year: year, quarter: .q4, asOf: Day(year: 2017, month: 6, day: 30)!)
    static let largest = Money(pence: 99_999_999_999_999_999)

    /// `near`: £1,000 total, spend £899.83 at Q4 (a 10.017% underspend); `tiny`: £0.01 total with
    /// £999,999,999,999,999.99 spent and planned; `zero`: £0 total with £200 planned and spent;
    /// `late`: no Q4 return, so it is overdue and payment is held.
    static let grants: Grants = {
        let ids = ["near", "tiny", "zero", "late"]
        let received = Day(year: 2017, month: 4, day: 5)!
        return Grants(
            funders: [Funder(id: "f", name: "Funder", returnDueDays: 30)],
            areas: ids.map { Area(id: $0, funderID: "f", name: $0.capitalized) },
            allocations: [Allocation(areaID: "near", year: year, allocation: Money(pounds: 1_000)),
                          Allocation(areaID: "tiny", year: year, allocation: Money(pence: 1)),
                          Allocation(areaID: "zero", year: year, allocation: .zero),
                          Allocation(areaID: "late", year: year, allocation: Money(pounds: 1_000))],
            returns: [MonitoringReturn(areaID: "near", year: year, quarter: .q4, received: received, planned: Money(pounds: 1_000), spend: Money(pence: 89_983)),
                      MonitoringReturn(areaID: "tiny", year: year, quarter: .q4, received: received, planned: largest, spend: largest),
                      MonitoringReturn(areaID: "zero", year: year, quarter: .q4, received: received, planned: Money(pounds: 200), spend: Money(pounds: 200)),
                      MonitoringReturn(areaID: "late", year: year, quarter: .q3, received: received, planned: Money(pounds: 10), spend: Money(pounds: 10))])
    }()

    static func render(_ format: ReportFormat, forecast: Bool = true) -> String {
        Report.render(grants, period: period, funder: nil, format: format, options: ReportOptions(forecastColumns: forecast))
    }

    @Test("10.017% flagged over 10% shows as 10.0% in the table, Markdown and HTML", arguments: [ReportFormat.table, .markdown, .html])
    func aShareAtTheThresholdShowsOneDecimal(format: ReportFormat) {
        let text = Self.render(format)
        #expect(text.contains("! underspend 10.0%"))
        #expect(!text.contains("underspend 10%"))
    }

    @Test("a percentage past any meaning is >999% in the table, Markdown, CSV and HTML", arguments: [ReportFormat.table, .markdown, .csv, .html])
    func aHugePercentageIsCapped(format: ReportFormat) {
        let text = Self.render(format, forecast: false)
        #expect(text.contains(format == .csv ? ",>999," : format == .html ? "&gt;999%" : ">999%"))
        #expect(!text.contains("9223372036854775807"))
        #expect(text.firstMatch(of: /\d{4,}%/) == nil)
    }

    @Test("JSON gives the whole percent exactly, past 64 bits")
    func jsonPercentIsExact() throws {
        let text = Self.render(.json)
        #expect(text.contains("\"pct_spend\": 9999999999999999900"))
        #expect(text.contains("\"pct_allocated\": 9999999999999999900"))
        #expect(!text.contains("9223372036854775807"))
        // A £0 total has no percent.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let areas = try #require((object["funders"] as? [[String: Any]])?.first?["areas"] as? [[String: Any]])
        let zero = try #require(areas.first { $0["area_id"] as? String == "zero" })
        #expect(zero["pct_spend"] is NSNull)
    }

    @Test("a £0 total's HTML bars are full and marked over")
    func aZeroTotalsBarIsFullAndOver() throws {
        let html = Self.render(.html, forecast: false)
        let start = try #require(html.range(of: "<span class=\"area-name\">Zero</span>"))
        let area = String(html[start.lowerBound...].prefix(900))
        #expect(area.contains("class=\"fill spend over\" style=\"width: 100%\""), "\(area)")
        #expect(area.contains("class=\"fill planned over\" style=\"width: 100%\""), "\(area)")
        #expect(area.contains("£200 over"))
    }

    @Test("one name for a held payment: payment_held, with payment_withheld kept in JSON for a release")
    func paymentHeld() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.render(.json).utf8)) as? [String: Any])
        let areas = try #require((json["funders"] as? [[String: Any]])?.first?["areas"] as? [[String: Any]])
        let late = try #require(areas.first { $0["area_id"] as? String == "late" })
        #expect(late["payment_held"] as? Bool == true)
        #expect(late["payment_withheld"] as? Bool == true, "the old key, as an alias")
        let header = Self.render(.csv).components(separatedBy: "\n")[0]
        #expect(header.contains(",payment_held,") && !header.contains("withheld"))
    }
}
