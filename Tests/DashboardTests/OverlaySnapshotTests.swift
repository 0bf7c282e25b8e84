import Foundation
import Testing
import GrantModel
@testable import Dashboard

/// The screens that had no snapshot: the error screen, the problems overlay (`!` after a reload
/// that found errors) and a search being typed, at 80x24 and 120x40; on each, no figure is cut.
@Suite struct OverlaySnapshotTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40)]

    @Test(arguments: sizes) func theErrorScreen(width: Int, height: Int) {
        let problems = ErrorScreenTests.diagnostics(30)
        let frame = render(ErrorScreenTests.state(problems, width: width, height: height))
        expectSnapshot(frame, named: "error-\(width)x\(height)")
    }

    @Test(arguments: sizes) func theProblemsOverlay(width: Int, height: Int) throws {
        let problems = ErrorScreenTests.diagnostics(3)
        let state = Fixtures.state(width: width, height: height)
            .after([.dataReloaded(FolderContents(grants: nil, diagnostics: problems))])
        let frame = render(state.pressing(.character("!")))
        expectSnapshot(frame, named: "problems-\(width)x\(height)")
        expectNoFigureCut(frame, "problems \(width)x\(height)")
    }

    @Test(arguments: sizes) func aSearchBeingTyped(width: Int, height: Int) {
        let state = Fixtures.state(width: width, height: height).pressing(.character("/")).typing("sol")
        let frame = render(state)
        expectSnapshot(frame, named: "search-\(width)x\(height)")
        expectNoFigureCut(frame, "search \(width)x\(height)")
    }
}
