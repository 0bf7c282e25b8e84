import Testing
@testable import Dashboard

/// A viewer of a shared store sees from the first frame that the dashboard is read-only, at every
/// size, and an editor's header does not say so.
@Suite struct ViewerHeaderTests {
    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func aViewersHeaderSaysReadOnly(width: Int, height: Int) {
        var state = Fixtures.state(width: width, height: height)
        #expect(!render(state).lines[0].contains("read-only"))
        state.connectedAsViewer = true
        #expect(render(state).lines[0].contains("read-only viewer"))
    }
}
