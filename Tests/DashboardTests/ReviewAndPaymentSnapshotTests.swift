import Foundation
import Testing
import GrantModel
@testable import Dashboard

/// The screens of a folder that reviews and pays in csdash (`ReviewedSample`, on the board date),
/// at 80x24 and 120x40: the overview's panes with each quarter's review and payment, the payments
/// view, the detail's payments table and query, a presentation page, and the three forms. On each,
/// no figure is cut.
@Suite struct ReviewAndPaymentSnapshotTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40)]

    static let views: [(String, [Event])] = [
        ("overview", []),
        ("payments", Fixtures.keys(.character("7"))),
        ("detail-dudley", Fixtures.keys(.character("/")) + Fixtures.typing("dudley") + Fixtures.keys(.enter, .enter)),
        ("detail-solihull", Fixtures.keys(.character("/")) + Fixtures.typing("solihull") + Fixtures.keys(.enter, .enter)),
        ("present-dudley", Fixtures.keys(.character("/")) + Fixtures.typing("dudley") + Fixtures.keys(.enter, .enter, .character("p"))),
        ("accept-form", Fixtures.keys(.character("7"), .character("j"), .character("j"), .character("j"), .character("A"))),
        ("query-form", Fixtures.keys(.character("7"), .character("j"), .character("j"), .character("j"), .character("Q"))),
        ("pay-form", Fixtures.keys(.character("7"), .character("P"))),
    ]

    static let cases: [(String, Int, Int)] = sizes.flatMap { size in views.map { ($0.0, size.0, size.1) } }

    static func frame(_ name: String, width: Int, height: Int, glyphs: Glyphs = .unicode) throws -> Frame {
        let sample = try WritableSample.reviewed()
        let start = DashboardState(loaded: try sample.load(), folder: "reviewed-sample", asOf: Fixtures.boardDate,
                                   size: Size(width: width, height: height), glyphs: glyphs)
        return render(Fixtures.after(start, views.first { $0.0 == name }!.1).0)
    }

    @Test(arguments: cases) func screen(name: String, width: Int, height: Int) throws {
        let frame = try Self.frame(name, width: width, height: height)
        expectSnapshot(frame, named: "reviewed-\(name)-\(width)x\(height)")
        expectNoFigureCut(frame, "\(name) \(width)x\(height)")
    }

    @Test func theOverviewInASCII() throws {
        expectSnapshot(try Self.frame("overview", width: 80, height: 24, glyphs: .ascii), named: "reviewed-overview-ascii-80x24")
    }
}
