import Foundation
import GrantModel
import GrantStore
import Testing
@testable import csdash

/// No byte of the data reaches the terminal raw through `report` or `returns` either. The reader
/// refuses control characters, so these grants are built in code with escape sequences in every
/// text a report prints; the table and Markdown show them escaped (`\e`), and JSON and HTML
/// carry them as escapes of their own, so nothing printed holds a C0 or C1 control.
@Suite struct HostileReportTests {
    static let title = "Harbourton\u{1B}]0;PWNED\u{07}"
    static let clear = "\u{1B}[2J"

    static let grants: Grants = {
        let year = FinancialYear(startYear: 2016)
        let funder = Funder(id: "pcc", name: "PCC \(clear)\u{9B}31m", returnDueDays: 30)
        let areas = [title, clear, "Bell\u{07}\u{07}", "Carriage\rreturn"].enumerated().map { index, name in
            Area(id: "a\(index)", funderID: "pcc", name: name, kind: .csp, contact: "ring \(clear)")
        }
        let allocations = areas.map { Allocation(areaID: $0.id, year: year, allocation: Money(pounds: 10_000), carryForward: Money(pounds: 500)) }
        // a0's Q2 return is missing, so its comment names the quarter carried from; a1 has none at all.
        let returns = [areas[0], areas[2], areas[3]].map {
            MonitoringReturn(areaID: $0.id, year: year, quarter: .q1, received: Day(year: 2016, month: 7, day: 20)!,
                             planned: Money(pounds: 4_000), spend: Money(pounds: 1_000))
        }
        return Grants(funders: [funder], areas: areas, allocations: allocations, returns: returns)
    }()

    static let period = ReportPeriod(year: FinancialYear(startYear: 2016), quarter: .q2, asOf: Day(year: 2016, month: 12, day: 6)!)

    /// The C0 and C1 controls of `text` other than the line feeds and tabs of its layout.
    static func controls(_ text: String) -> [UInt32] {
        text.unicodeScalars.filter { $0 != "\n" && $0 != "\t" && ControlCharacter.isControl($0) }.map(\.value)
    }

    @Test(arguments: [ReportFormat.table, .markdown], [false, true])
    func reportTablesShowControlsEscaped(format: ReportFormat, forecast: Bool) throws {
        let text = Report.render(Self.grants, period: Self.period, funder: nil, format: format,
                                 options: ReportOptions(forecastColumns: forecast))
        #expect(Self.controls(text).isEmpty, "\(Self.controls(text))")
        #expect(text.contains("Harbourton\\e]0;PWNED\\a"))
        #expect(text.contains("\\e[2J"))
        #expect(text.contains("Bell\\a\\a") && text.contains("Carriage\\rreturn"))
        #expect(text.contains("PCC \\e[2J\\u{9B}31m"))
    }

    @Test(arguments: [ReportFormat.json, .html])
    func jsonAndHTMLCarryNoRawControl(format: ReportFormat) throws {
        let text = Report.render(Self.grants, period: Self.period, funder: nil, format: format)
        #expect(Self.controls(text).isEmpty, "\(Self.controls(text))")
        if format == .json {
            // JSON's own escapes: the data survives a round trip unchanged.
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let funders = try #require(object["funders"] as? [[String: Any]])
            #expect(funders.first?["name"] as? String == "PCC \(Self.clear)\u{9B}31m")
            let names = (funders.first?["areas"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(names?.first == Self.title)
        }
    }

    @Test(arguments: [OutputFormat.table, .markdown, .json], [false, true])
    func returnsListsShowControlsEscaped(format: OutputFormat, chase: Bool) throws {
        let rows = Self.grants.returnRows(asOf: Self.period.asOf)
        let text = ReturnsOutput(rows: chase ? rows.filter { $0.status.isOutstanding } : rows, grants: Self.grants,
                                 asOf: Self.period.asOf, chase: chase).render(format)
        #expect(Self.controls(text).isEmpty, "\(Self.controls(text))")
        if format != .json {
            #expect(text.contains("\\e[2J"))
            #expect(text.contains(chase ? "ring \\e[2J" : "Harbourton\\e]0;PWNED\\a"))
        }
    }
}
