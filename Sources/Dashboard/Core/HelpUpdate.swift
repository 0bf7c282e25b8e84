import Cells
import GrantModel

extension DashboardState {
    /// The help scrolls as a document does, where its keys and legend do not all fit.
    mutating func helpKey(_ key: Key) {
        guard let move = Viewport.Move(reading: key) else { return }
        let count = HelpOverlay.lines(glyphs: glyphs, currency: funder?.currency ?? .gbp, presenting: screen.presentation != nil).count
        let window = HelpOverlay.window(height: size.height, lineCount: count)
        helpLines.apply(move, lines: count, window: window, page: max(1, window - 1))
    }
}
