import Testing
import GrantModel
@testable import Dashboard

/// Every presentation page at the projector's sizes and at 80x24, where the figures fall back to
/// ordinary bold text; compared with checked-in text.
@Suite struct PresentationSnapshotTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40), (160, 50)]

    static func page(_ page: Presentation.Page, width: Int, height: Int, glyphs: Glyphs = .unicode) -> DashboardState {
        PresentationKeyTests.presenting(width: width, height: height, glyphs: glyphs).showingPage(page)
    }

    @Test(arguments: sizes) func summary(width: Int, height: Int) {
        expectSnapshot(render(Self.page(.summary, width: width, height: height)), named: "present-summary-\(width)x\(height)")
    }

    @Test(arguments: sizes) func birmingham(width: Int, height: Int) {
        expectSnapshot(render(Self.page(.area("birmingham"), width: width, height: height)), named: "present-birmingham-\(width)x\(height)")
    }

    @Test(arguments: sizes) func solihull(width: Int, height: Int) {
        expectSnapshot(render(Self.page(.area("solihull"), width: width, height: height)), named: "present-solihull-\(width)x\(height)")
    }

    @Test(arguments: sizes) func closing(width: Int, height: Int) {
        expectSnapshot(render(Self.page(.closing, width: width, height: height)), named: "present-closing-\(width)x\(height)")
    }

    @Test func solihullInAscii() {
        expectSnapshot(render(Self.page(.area("solihull"), width: 120, height: 40, glyphs: .ascii)), named: "present-solihull-ascii-120x40")
    }

    @Test(arguments: [Presentation.Page.summary, .area("solihull"), .closing]) func atTheSmallestSize(page: Presentation.Page) {
        let name: String
        switch page {
        case .summary: name = "summary"
        case .sinceLastBoard: name = "since"
        case .area(let id): name = id
        case .closing: name = "closing"
        }
        expectSnapshot(render(Self.page(page, width: 40, height: 12)), named: "present-\(name)-40x12")
    }

    @Test func helpOverAPage() {
        expectSnapshot(render(Self.page(.area("birmingham"), width: 80, height: 24).pressing(.character("?"))), named: "present-help-80x24")
    }
}
